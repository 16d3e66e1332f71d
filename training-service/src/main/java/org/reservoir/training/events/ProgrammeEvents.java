package org.reservoir.training.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.training.domain.Attendance;
import org.reservoir.training.domain.EducationRecord;
import org.reservoir.training.domain.PracticeAssignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events of training programmes, practice posts and education upgrades. Payloads carry the reserve's region codes and
 * the aggregate's version, never an ID number. Contracts: docs/events/training.attendance.v1.schema.json,
 * training.practice.v1.schema.json, training.education.v1.schema.json.
 */
public final class ProgrammeEvents {

    /** Keyed by candidateId: a reserve's hours stay in order. */
    public static final String ATTENDANCE_TOPIC = "training.attendance.v1";
    public static final String HOURS_CREDITED = "reservoir.training.hours.credited";

    /** Keyed by assignmentId. */
    public static final String PRACTICE_TOPIC = "training.practice.v1";
    public static final String PRACTICE_STARTED = "reservoir.training.practice.started";
    public static final String PRACTICE_ENDED = "reservoir.training.practice.ended";

    /** Keyed by candidateId: recruitment applies completions in order. */
    public static final String EDUCATION_TOPIC = "training.education.v1";
    public static final String EDUCATION_COMPLETED = "reservoir.training.education.completed";

    private ProgrammeEvents() {
    }

    @Schema(name = "HoursCredited", description = "Payload of reservoir.training.hours.credited")
    public record HoursCredited(UUID attendanceId, UUID candidateId, UUID programmeId, UUID sessionId, String programmeKind,
                                BigDecimal hours, LocalDate attendedOn, String method, String countyCode, String townshipCode,
                                String villageCode, long version) {

        public static HoursCredited of(Attendance a) {
            return new HoursCredited(a.id, a.candidateId, a.programmeId, a.sessionId, a.programmeKind.name(), a.hours, a.attendedOn,
                    a.method.name(), a.countyCode, a.townshipCode, a.villageCode, a.version);
        }
    }

    public record Evaluation(String grade, String comment) {
    }

    @Schema(name = "PracticeSnapshot", description = "Payload of reservoir.training.practice.started/ended")
    public record PracticeSnapshot(UUID assignmentId, UUID candidateId, String postKind, String postVillageCode, boolean crossVillage,
                                   LocalDate startOn, LocalDate endOn, LocalDate endedOn, String supervisor, String status,
                                   Evaluation evaluation, String countyCode, String townshipCode, String villageCode, long version) {

        public static PracticeSnapshot of(PracticeAssignment a) {
            return new PracticeSnapshot(a.id, a.candidateId, a.postKind.name(), a.postVillageCode, a.crossVillage(), a.startOn, a.endOn,
                    a.endedOn, a.supervisor, a.status().name(),
                    a.evaluationGrade == null ? null : new Evaluation(a.evaluationGrade.name(), a.evaluationComment),
                    a.countyCode, a.townshipCode, a.villageCode, a.version());
        }
    }

    @Schema(name = "EducationCompleted", description = "Payload of reservoir.training.education.completed")
    public record EducationCompleted(UUID recordId, UUID candidateId, String educationLevel, String school, String major,
                                     LocalDate completedOn, String countyCode, String townshipCode, String villageCode, long version) {

        public static EducationCompleted of(EducationRecord r) {
            return new EducationCompleted(r.id, r.candidateId, r.achievedLevel.name(), r.school, r.major, r.completedOn, r.countyCode,
                    r.townshipCode, r.villageCode, r.version());
        }
    }
}
