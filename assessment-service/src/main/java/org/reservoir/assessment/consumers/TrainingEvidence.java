package org.reservoir.assessment.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.RefusedEvent;
import org.reservoir.infrastructure.events.VersionedProjection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * Evidence for appraisals from training-service (contracts in helpers' contracts-w3 and docs/events once training
 * documents them): {@value #ATTENDANCE_TOPIC} {@value #HOURS_CREDITED} and {@value #MENTORSHIP_TOPIC}
 * {@value #FOLLOWUP_RECORDED}. Other types on those topics are not evidence and are ignored.
 */
public final class TrainingEvidence {

    public static final String ATTENDANCE_TOPIC = "training.attendance.v1";
    public static final String HOURS_CREDITED = "reservoir.training.hours.credited";
    public static final String MENTORSHIP_TOPIC = "training.mentorship.v1";
    public static final String FOLLOWUP_RECORDED = "reservoir.training.mentorship.followup-recorded";

    private static final Pattern MONTH = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])$");

    private TrainingEvidence() {
    }

    /** Hours credited per attendance, newest version wins. */
    @ApplicationScoped
    public static class Hours implements EventHandler {

        private final VersionedProjection projection;

        public Hours(VersionedProjection projection) {
            this.projection = projection;
        }

        @Override
        public String topic() {
            return ATTENDANCE_TOPIC;
        }

        @Override
        public void handle(EventEnvelope e) {
            if (!HOURS_CREDITED.equals(e.type())) {
                return;
            }
            JsonNode d = VersionedProjection.require(e, "attendanceId", "candidateId", "hours", "attendedOn", "version");
            if (!d.get("hours").isNumber() || d.get("hours").decimalValue().signum() < 0) {
                throw new RefusedEvent(e.type() + " " + e.id() + ": hours must be a number of at least 0");
            }
            projection.upsert("evidence_training_hours", "attendance_id", row(
                    "attendance_id", uuid(e, d, "attendanceId"), "candidate_id", uuid(e, d, "candidateId"),
                    "programme_id", text(d, "programmeId"),
                    "programme_kind", text(d, "programmeKind"), "hours", d.get("hours").decimalValue(),
                    "attended_on", LocalDate.parse(d.get("attendedOn").asText()), "version", d.get("version").asLong()));
        }
    }

    /** Mentorship follow-ups, one per pair, task and month, newest version wins. */
    @ApplicationScoped
    public static class FollowUps implements EventHandler {

        private final VersionedProjection projection;

        public FollowUps(VersionedProjection projection) {
            this.projection = projection;
        }

        @Override
        public String topic() {
            return MENTORSHIP_TOPIC;
        }

        @Override
        public void handle(EventEnvelope e) {
            if (!FOLLOWUP_RECORDED.equals(e.type())) {
                return;
            }
            JsonNode d = VersionedProjection.require(e, "pairId", "candidateId", "month", "version");
            String month = d.get("month").asText();
            if (!MONTH.matcher(month).matches()) {
                throw new RefusedEvent(e.type() + " " + e.id() + ": month " + month + " is not YYYY-MM");
            }
            Integer rating = d.hasNonNull("rating") ? d.get("rating").asInt() : null;
            String task = text(d, "taskId");
            UUID pair = uuid(e, d, "pairId");
            projection.upsert("evidence_mentorship_followup", "followup_key", row(
                    "followup_key", pair + "/" + (task == null ? "-" : task) + "/" + month, "pair_id", pair,
                    "candidate_id", uuid(e, d, "candidateId"), "task_id", task, "month", month, "rating", rating,
                    "recorded_at", d.hasNonNull("recordedAt") ? OffsetDateTime.parse(d.get("recordedAt").asText()) : null,
                    "version", d.get("version").asLong()));
        }
    }

    private static UUID uuid(EventEnvelope e, JsonNode d, String field) {
        try {
            return UUID.fromString(d.get(field).asText());
        } catch (IllegalArgumentException bad) {
            throw new RefusedEvent(e.type() + " " + e.id() + ": " + field + " is not a UUID");
        }
    }
}
