package org.reservoir.assessment.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.assessment.application.AppraisalCycles;
import org.reservoir.assessment.domain.AppraisalScope;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.TransactionBuffers;
import org.reservoir.infrastructure.events.VersionedProjection;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * Assessment's projections of recruitment's campaigns and candidates (contracts:
 * docs/events/recruitment.campaign.v1.schema.json, recruitment.candidate.v1.schema.json). Every event on both topics
 * carries the aggregate's whole snapshot, so every type is applied the same way; the newest version wins.
 */
public final class RecruitmentProjections {

    public static final String CAMPAIGN_TOPIC = "recruitment.campaign.v1";
    public static final String CANDIDATE_TOPIC = "recruitment.candidate.v1";
    private static final String CAMPAIGN_TYPES = "reservoir.recruitment.campaign.";
    private static final String CANDIDATE_TYPES = "reservoir.recruitment.candidate.";

    private RecruitmentProjections() {
    }

    @ApplicationScoped
    public static class Campaigns implements EventHandler {

        private final VersionedProjection projection;

        public Campaigns(VersionedProjection projection) {
            this.projection = projection;
        }

        @Override
        public String topic() {
            return CAMPAIGN_TOPIC;
        }

        @Override
        public void handle(EventEnvelope event) {
            if (!event.type().startsWith(CAMPAIGN_TYPES)) {
                return;
            }
            JsonNode d = VersionedProjection.require(event, "campaignId", "countyCode", "name", "status", "version");
            projection.upsert("campaign_projection", "campaign_id", row("campaign_id", UUID.fromString(d.get("campaignId").asText()),
                    "county_code", d.get("countyCode").asText(), "scope_code", text(d, "scopeCode"), "name", d.get("name").asText(),
                    "status", d.get("status").asText(), "version", d.get("version").asLong()));
        }
    }

    /**
     * Also adds a reserve who enters scope after their county's cycle opened to that cycle (same transaction). Each event
     * takes its county's scope lock at once and its row is written with the batch's others at the end (one statement per
     * 1,000 rows instead of one per event), before any event of another topic is handled; then the candidates whose
     * newest snapshot of the batch is in scope are checked against their county's open cycles.
     */
    @ApplicationScoped
    public static class Candidates implements EventHandler {

        private static final String PENDING = Candidates.class.getName() + ".pending";

        private final VersionedProjection projection;
        private final AppraisalCycles cycles;
        private final TransactionBuffers buffers;

        public Candidates(VersionedProjection projection, AppraisalCycles cycles, TransactionBuffers buffers) {
            this.projection = projection;
            this.cycles = cycles;
            this.buffers = buffers;
        }

        @Override
        public String topic() {
            return CANDIDATE_TOPIC;
        }

        @Override
        public void handle(EventEnvelope event) {
            if (!event.type().startsWith(CANDIDATE_TYPES)) {
                return;
            }
            JsonNode d = VersionedProjection.require(event, "candidateId", "campaignId", "name", "countyCode", "townshipCode",
                    "villageCode", "status", "track", "version");
            cycles.lockScope(d.get("countyCode").asText());
            buffers.<Map<String, Object>>list(PENDING).add(row("candidate_id", UUID.fromString(d.get("candidateId").asText()),
                    "campaign_id", UUID.fromString(d.get("campaignId").asText()), "name", d.get("name").asText(),
                    "county_code", d.get("countyCode").asText(), "township_code", d.get("townshipCode").asText(),
                    "village_code", d.get("villageCode").asText(), "status", d.get("status").asText(), "track", d.get("track").asText(),
                    "version", d.get("version").asLong()));
        }

        @Override
        public void afterBatch() {
            List<Map<String, Object>> rows = buffers.take(PENDING);
            if (rows.isEmpty()) {
                return;
            }
            projection.upsertAll("candidate_projection", "candidate_id", rows);
            // A status out of scope is either what the projection now holds or older than it (its newer event came first).
            VersionedProjection.newestByKey("candidate_id", rows).values().stream().filter(r -> AppraisalScope.inScope((String) r.get("status")))
                    .forEach(r -> cycles.includeLate((UUID) r.get("candidate_id")));
        }
    }
}
