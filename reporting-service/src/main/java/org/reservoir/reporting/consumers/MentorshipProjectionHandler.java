package org.reservoir.reporting.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.TransactionBuffers;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.reporting.application.Alerts;
import org.reservoir.reporting.events.CultivationTopics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;
import static org.reservoir.reporting.consumers.AppraisalProjectionHandler.uuid;

/**
 * training.mentorship.v1 → mentor_pair_projection (newest version wins), mentor_followup_projection (per task, newest wins)
 * and mentor_silent_month (once per pair and month). Each event re-evaluates the reserve's village's alerts: a silent month
 * raises a silent-pair alert; a later follow-up or the pair's end resolves it.
 */
@Singleton
public class MentorshipProjectionHandler extends AlertingProjection {

    private final VersionedProjection projection;
    private final EntityManager em;

    public MentorshipProjectionHandler(VersionedProjection projection, EntityManager em, Alerts alerts, Clock clock,
            TransactionBuffers buffers) {
        super(alerts, clock, buffers);
        this.projection = projection;
        this.em = em;
    }

    @Override
    public String topic() {
        return CultivationTopics.MENTORSHIP;
    }

    @Override
    protected Set<String> apply(EventEnvelope event) {
        return apply(projection, em, event) ? Set.of(event.data().get("villageCode").asText()) : Set.of();
    }

    public static boolean apply(VersionedProjection projection, EntityManager em, EventEnvelope event) {
        switch (event.type()) {
            case CultivationTopics.PAIR_STARTED, CultivationTopics.PAIR_ENDED -> {
                JsonNode d = VersionedProjection.require(event, "pairId", "mentorId", "candidateId", "startedOn", "endsOn", "status",
                        "countyCode", "townshipCode", "villageCode", "version");
                projection.upsert("mentor_pair_projection", "pair_id", row("pair_id", uuid(d, "pairId"), "mentor_id", uuid(d, "mentorId"),
                        "candidate_id", uuid(d, "candidateId"), "status", d.get("status").asText(),
                        "started_on", LocalDate.parse(d.get("startedOn").asText()), "ends_on", LocalDate.parse(d.get("endsOn").asText()),
                        "ended_on", d.hasNonNull("endedOn") ? LocalDate.parse(d.get("endedOn").asText()) : null,
                        "end_reason", text(d, "endReason"), "county_code", d.get("countyCode").asText(),
                        "township_code", d.get("townshipCode").asText(), "village_code", d.get("villageCode").asText(),
                        "version", d.get("version").asLong()));
            }
            case CultivationTopics.FOLLOWUP_RECORDED -> {
                JsonNode d = VersionedProjection.require(event, "pairId", "candidateId", "taskId", "month", "countyCode",
                        "townshipCode", "villageCode", "version");
                projection.upsert("mentor_followup_projection", "task_id", row("task_id", uuid(d, "taskId"), "pair_id", uuid(d, "pairId"),
                        "candidate_id", uuid(d, "candidateId"), "month", month(d), "rating", d.hasNonNull("rating") ? d.get("rating").asInt() : null,
                        "county_code", d.get("countyCode").asText(), "township_code", d.get("townshipCode").asText(),
                        "village_code", d.get("villageCode").asText(), "version", d.get("version").asLong()));
            }
            case CultivationTopics.PAIR_SILENT -> {
                JsonNode d = VersionedProjection.require(event, "pairId", "candidateId", "mentorId", "month", "countyCode",
                        "townshipCode", "villageCode", "version");
                em.createNativeQuery("""
                                insert into mentor_silent_month (pair_id, month, candidate_id, village_code) values (?1, ?2, ?3, ?4)
                                on conflict do nothing""")
                        .setParameter(1, uuid(d, "pairId")).setParameter(2, month(d)).setParameter(3, uuid(d, "candidateId"))
                        .setParameter(4, d.get("villageCode").asText()).executeUpdate();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** YYYY-MM, checked: the silent-pair rule compares months as text. */
    private static String month(JsonNode d) {
        String month = d.get("month").asText();
        if (!month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new IllegalArgumentException("month " + month + " is not YYYY-MM");
        }
        return month;
    }
}
