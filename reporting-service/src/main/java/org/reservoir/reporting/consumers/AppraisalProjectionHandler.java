package org.reservoir.reporting.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.TransactionBuffers;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.reporting.application.Alerts;
import org.reservoir.reporting.events.CultivationTopics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.reservoir.infrastructure.events.VersionedProjection.row;

/**
 * assessment.appraisal.v1 → appraisal_projection and proposal_projection. An appraisal's newest version wins; a proposal goes
 * OPEN → ACCEPTED | DISMISSED once, so a decision is never undone by an older or repeated snapshot. Each event re-evaluates
 * the reserve's village's alerts (an overdue appraisal raises one; grading it resolves it).
 */
@Singleton
public class AppraisalProjectionHandler extends AlertingProjection {

    private final VersionedProjection projection;
    private final EntityManager em;

    public AppraisalProjectionHandler(VersionedProjection projection, EntityManager em, Alerts alerts, Clock clock,
            TransactionBuffers buffers) {
        super(alerts, clock, buffers);
        this.projection = projection;
        this.em = em;
    }

    @Override
    public String topic() {
        return CultivationTopics.APPRAISAL;
    }

    @Override
    protected Set<String> apply(EventEnvelope event) {
        return apply(projection, em, event) ? Set.of(event.data().get("villageCode").asText()) : Set.of();
    }

    /** Applies one event; true when it is an appraisal event this version knows (also used by tests of redelivery). */
    public static boolean apply(VersionedProjection projection, EntityManager em, EventEnvelope event) {
        switch (event.type()) {
            case CultivationTopics.APPRAISAL_GRADED -> {
                JsonNode d = VersionedProjection.require(event, "appraisalId", "cycleId", "candidateId", "period", "grade", "total",
                        "proposals", "countyCode", "townshipCode", "villageCode", "version");
                projection.upsert("appraisal_projection", "appraisal_id", row("appraisal_id", uuid(d, "appraisalId"),
                        "cycle_id", uuid(d, "cycleId"), "candidate_id", uuid(d, "candidateId"), "period", d.get("period").asText(),
                        "grade", d.get("grade").asText(), "total", new BigDecimal(d.get("total").asText()), "overdue_deadline", null,
                        "county_code", d.get("countyCode").asText(), "township_code", d.get("townshipCode").asText(),
                        "village_code", d.get("villageCode").asText(), "version", d.get("version").asLong()));
                for (JsonNode p : d.get("proposals")) {
                    proposal(em, UUID.fromString(p.get("proposalId").asText()), d, p.get("kind").asText(), p.get("status").asText());
                }
            }
            case CultivationTopics.PROPOSAL_DECIDED -> {
                JsonNode d = VersionedProjection.require(event, "proposalId", "appraisalId", "candidateId", "kind", "status",
                        "countyCode", "townshipCode", "villageCode", "version");
                proposal(em, uuid(d, "proposalId"), d, d.get("kind").asText(), d.get("status").asText());
            }
            case CultivationTopics.APPRAISAL_OVERDUE -> {
                JsonNode d = VersionedProjection.require(event, "appraisalId", "cycleId", "candidateId", "deadline",
                        "countyCode", "townshipCode", "villageCode", "version");
                // Newest wins: an overdue notice older than the grade (lower version) changes nothing.
                projection.upsert("appraisal_projection", "appraisal_id", row("appraisal_id", uuid(d, "appraisalId"),
                        "cycle_id", uuid(d, "cycleId"), "candidate_id", uuid(d, "candidateId"), "period", null, "grade", null,
                        "total", null, "overdue_deadline", LocalDate.parse(d.get("deadline").asText()),
                        "county_code", d.get("countyCode").asText(), "township_code", d.get("townshipCode").asText(),
                        "village_code", d.get("villageCode").asText(), "version", d.get("version").asLong()));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void proposal(EntityManager em, UUID id, JsonNode d, String kind, String status) {
        em.createNativeQuery("""
                        insert into proposal_projection (proposal_id, appraisal_id, candidate_id, kind, status, county_code, township_code,
                                                         village_code, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now())
                        on conflict (proposal_id) do update set status = excluded.status, updated_at = now()
                        where proposal_projection.status = 'OPEN' and excluded.status <> 'OPEN'""")
                .setParameter(1, id).setParameter(2, uuid(d, "appraisalId")).setParameter(3, uuid(d, "candidateId"))
                .setParameter(4, kind).setParameter(5, status).setParameter(6, d.get("countyCode").asText())
                .setParameter(7, d.get("townshipCode").asText()).setParameter(8, d.get("villageCode").asText()).executeUpdate();
    }

    static UUID uuid(JsonNode d, String field) {
        return UUID.fromString(d.get(field).asText());
    }
}
