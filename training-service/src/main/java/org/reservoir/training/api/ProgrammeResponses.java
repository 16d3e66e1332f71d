package org.reservoir.training.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.training.domain.Attendance;
import org.reservoir.training.domain.AttendanceMethod;
import org.reservoir.training.domain.EducationLevel;
import org.reservoir.training.domain.EducationRecord;
import org.reservoir.training.domain.EducationStatus;
import org.reservoir.training.domain.Enrolment;
import org.reservoir.training.domain.EnrolmentAction;
import org.reservoir.training.domain.EnrolmentStatus;
import org.reservoir.training.domain.Hours;
import org.reservoir.training.domain.HoursRequirement;
import org.reservoir.training.domain.PostKind;
import org.reservoir.training.domain.PracticeAction;
import org.reservoir.training.domain.PracticeAssignment;
import org.reservoir.training.domain.PracticeGrade;
import org.reservoir.training.domain.PracticeStatus;
import org.reservoir.training.domain.EducationAction;
import org.reservoir.training.domain.Programme;
import org.reservoir.training.domain.ProgrammeKind;
import org.reservoir.training.domain.TrainingHistory;
import org.reservoir.training.domain.TrainingSession;
import org.reservoir.training.persistence.ShortfallQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies: small, so a phone on a slow connection gets what it shows and no more. */
public final class ProgrammeResponses {

    private ProgrammeResponses() {
    }

    @Schema(name = "Programme")
    public record ProgrammeView(UUID id, ProgrammeKind kind, String title, String description, String scopeCode, String countyCode, int year,
                                long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.id, p.kind, p.title, p.description, p.scopeCode, p.countyCode, p.year, p.version, p.createdAt, p.updatedAt);
        }
    }

    @Schema(name = "TrainingSession", description = "A session; the check-in code to show in the room only to the officers who run it")
    public record SessionView(UUID id, UUID programmeId, OffsetDateTime startsAt, OffsetDateTime endsAt, String place, BigDecimal hours,
                              int capacity, String trainer,
                              @Schema(description = "Only for the county admin or township officer who runs the programme; for "
                                      + "anyone else (viewers, machine clients, a township reading its county's programme) it is null") String checkInCode,
                              OffsetDateTime checkInOpensAt, OffsetDateTime checkInClosesAt, long version) {
        /** The code credits hours to whoever types it while check-in is open: only those who run the session see it. */
        static SessionView of(TrainingSession s, boolean runsIt) {
            return new SessionView(s.id, s.programmeId, s.startsAt, s.endsAt, s.place, s.hours, s.capacity, s.trainer,
                    runsIt ? s.checkInCode : null, s.window().opensAt(), s.window().closesAt(), s.version);
        }
    }

    @Schema(name = "MySession", description = "A session of a programme the reserve is enrolled in (no check-in code: that is shown in the room)")
    public record MySessionView(UUID sessionId, UUID programmeId, String programmeTitle, ProgrammeKind programmeKind, OffsetDateTime startsAt,
                                OffsetDateTime endsAt, String place, BigDecimal hours, String trainer, OffsetDateTime checkInOpensAt,
                                OffsetDateTime checkInClosesAt, boolean attended) {
        static MySessionView of(TrainingSession s, Programme p, boolean attended) {
            return new MySessionView(s.id, p.id, p.title, p.kind, s.startsAt, s.endsAt, s.place, s.hours, s.trainer, s.window().opensAt(),
                    s.window().closesAt(), attended);
        }
    }

    @Schema(name = "Enrolment")
    public record EnrolmentView(UUID id, UUID programmeId, UUID candidateId, String townshipCode, String villageCode, EnrolmentStatus status,
                                List<EnrolmentAction> allowedActions, long version, OffsetDateTime enrolledAt, OffsetDateTime updatedAt) {
        static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.id, e.programmeId, e.candidateId, e.townshipCode, e.villageCode, e.status(),
                    Enrolment.TABLE.allowedFrom(e.status()), e.version(), e.enrolledAt, e.updatedAt());
        }
    }

    @Schema(name = "EnrolmentResult")
    public record EnrolmentResult(List<EnrolmentView> enrolled, List<UUID> alreadyEnrolled) {
    }

    @Schema(name = "Attendance")
    public record AttendanceView(UUID id, UUID sessionId, UUID programmeId, ProgrammeKind programmeKind, UUID candidateId, AttendanceMethod method,
                                 BigDecimal hours, LocalDate attendedOn, OffsetDateTime recordedAt, long version) {
        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.id, a.sessionId, a.programmeId, a.programmeKind, a.candidateId, a.method, a.hours, a.attendedOn,
                    a.recordedAt, a.version);
        }
    }

    @Schema(name = "RollCallResult")
    public record RollCallResult(List<AttendanceView> credited, List<UUID> alreadyAttended) {
    }

    @Schema(name = "Hours", description = "A reserve's training hours in a year against the county's required minimum")
    public record HoursView(UUID candidateId, int year, BigDecimal hours, BigDecimal required, BigDecimal shortfall) {
        static HoursView of(UUID candidateId, Hours h) {
            return new HoursView(candidateId, h.year(), h.hours(), h.required(), h.shortfall());
        }
    }

    @Schema(name = "HoursShortfall")
    public record ShortfallView(UUID candidateId, String name, String townshipCode, String villageCode, BigDecimal hours, BigDecimal required,
                                BigDecimal shortfall) {
        static ShortfallView of(ShortfallQuery.Row r) {
            return new ShortfallView(r.candidateId(), r.name(), r.townshipCode(), r.villageCode(), r.hours().hours(), r.hours().required(),
                    r.hours().shortfall());
        }
    }

    @Schema(name = "HoursRequirement")
    public record RequirementView(String countyCode, int year, BigDecimal minimumHours, long version, OffsetDateTime updatedAt) {
        static RequirementView of(HoursRequirement r) {
            return new RequirementView(r.key.countyCode(), r.key.year(), r.minimumHours, r.version, r.updatedAt);
        }
    }

    @Schema(name = "PracticeEvaluationView")
    public record EvaluationView(PracticeGrade grade, String comment) {
    }

    @Schema(name = "PracticeAssignment")
    public record PracticeView(UUID id, UUID candidateId, String villageCode, PostKind postKind, String postVillageCode, boolean crossVillage,
                               String duties, LocalDate startOn, LocalDate endOn, String supervisor, PracticeStatus status,
                               List<PracticeAction> allowedActions, EvaluationView evaluation, LocalDate endedOn, long version,
                               OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static PracticeView of(PracticeAssignment a) {
            return new PracticeView(a.id, a.candidateId, a.villageCode, a.postKind, a.postVillageCode, a.crossVillage(), a.duties, a.startOn,
                    a.endOn, a.supervisor, a.status(), PracticeAssignment.TABLE.allowedFrom(a.status()),
                    a.evaluationGrade == null ? null : new EvaluationView(a.evaluationGrade, a.evaluationComment), a.endedOn, a.version(),
                    a.createdAt, a.updatedAt());
        }
    }

    @Schema(name = "EducationRecord")
    public record EducationView(UUID id, UUID candidateId, String villageCode, UUID programmeId, String school, String major,
                                EducationLevel targetLevel, LocalDate startedOn, LocalDate expectedCompletion, EducationStatus status,
                                List<EducationAction> allowedActions, EducationLevel achievedLevel, LocalDate completedOn, long version,
                                OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static EducationView of(EducationRecord r) {
            return new EducationView(r.id, r.candidateId, r.villageCode, r.programmeId, r.school, r.major, r.targetLevel, r.startedOn,
                    r.expectedCompletion, r.status(), EducationRecord.TABLE.allowedFrom(r.status()), r.achievedLevel, r.completedOn, r.version(),
                    r.createdAt, r.updatedAt());
        }
    }

    @Schema(name = "TrainingHistoryLine")
    public record HistoryView(String action, String from, String to, String actor, String role, String reason, Map<String, Object> details,
                              OffsetDateTime at) {
        static HistoryView of(TrainingHistory h) {
            return new HistoryView(h.action(), h.fromStatus(), h.toStatus(), h.actor(), h.actorRole(), h.reason(), h.details(), h.at());
        }
    }
}
