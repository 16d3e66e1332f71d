package org.reservoir.reporting.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.reporting.events.CultivationTopics;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.reporting.consumers.AppraisalProjectionHandler.uuid;

/** training.attendance.v1 and training.practice.v1 → hours_credit_projection and practice_projection (newest version wins). */
public final class TrainingProjectionHandlers {

    private TrainingProjectionHandlers() {
    }

    /** Hours credited once per reserve and session: keyed by the attendance. */
    @ApplicationScoped
    public static class Attendance implements EventHandler {

        private final VersionedProjection projection;

        public Attendance(VersionedProjection projection) {
            this.projection = projection;
        }

        @Override
        public String topic() {
            return CultivationTopics.ATTENDANCE;
        }

        @Override
        public void handle(EventEnvelope event) {
            if (!CultivationTopics.HOURS_CREDITED.equals(event.type())) {
                return;
            }
            JsonNode d = VersionedProjection.require(event, "attendanceId", "candidateId", "programmeKind", "hours", "attendedOn",
                    "countyCode", "townshipCode", "villageCode", "version");
            projection.upsert("hours_credit_projection", "attendance_id", row("attendance_id", uuid(d, "attendanceId"),
                    "candidate_id", uuid(d, "candidateId"), "programme_kind", d.get("programmeKind").asText(),
                    "hours", new BigDecimal(d.get("hours").asText()), "attended_on", LocalDate.parse(d.get("attendedOn").asText()),
                    "county_code", d.get("countyCode").asText(), "township_code", d.get("townshipCode").asText(),
                    "village_code", d.get("villageCode").asText(), "version", d.get("version").asLong()));
        }
    }

    /** A practice post's snapshot, started or ended. */
    @ApplicationScoped
    public static class Practice implements EventHandler {

        private final VersionedProjection projection;

        public Practice(VersionedProjection projection) {
            this.projection = projection;
        }

        @Override
        public String topic() {
            return CultivationTopics.PRACTICE;
        }

        @Override
        public void handle(EventEnvelope event) {
            if (!event.type().startsWith(CultivationTopics.PRACTICE_TYPE_PREFIX)) {
                return;
            }
            JsonNode d = VersionedProjection.require(event, "assignmentId", "candidateId", "postKind", "postVillageCode", "startOn",
                    "endOn", "status", "countyCode", "townshipCode", "villageCode", "version");
            String village = d.get("villageCode").asText();
            String postVillage = d.get("postVillageCode").asText();
            projection.upsert("practice_projection", "assignment_id", row("assignment_id", uuid(d, "assignmentId"),
                    "candidate_id", uuid(d, "candidateId"), "post_kind", d.get("postKind").asText(), "post_village_code", postVillage,
                    "cross_village", d.path("crossVillage").asBoolean(!village.equals(postVillage)),
                    "start_on", LocalDate.parse(d.get("startOn").asText()), "end_on", LocalDate.parse(d.get("endOn").asText()),
                    "status", d.get("status").asText(), "evaluation_grade", d.path("evaluation").path("grade").asText(null),
                    "county_code", d.get("countyCode").asText(), "township_code", d.get("townshipCode").asText(),
                    "village_code", village, "version", d.get("version").asLong()));
        }
    }
}
