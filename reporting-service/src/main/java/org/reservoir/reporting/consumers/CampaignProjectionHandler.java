package org.reservoir.reporting.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.reporting.events.RecruitmentTopics;

import java.util.UUID;

import static org.reservoir.infrastructure.events.VersionedProjection.row;

/** recruitment.campaign.v1 → campaign_projection (newest version wins). */
@ApplicationScoped
public class CampaignProjectionHandler implements EventHandler {

    private final VersionedProjection projection;

    public CampaignProjectionHandler(VersionedProjection projection) {
        this.projection = projection;
    }

    @Override
    public String topic() {
        return RecruitmentTopics.CAMPAIGN;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.type().startsWith(RecruitmentTopics.CAMPAIGN_TYPE_PREFIX)) {
            apply(projection, event);
        }
    }

    /** Writes one campaign snapshot; also used by the projection rebuild. */
    public static void apply(VersionedProjection projection, EventEnvelope event) {
        JsonNode d = VersionedProjection.require(event, "campaignId", "name", "scopeCode", "countyCode", "status", "version");
        projection.upsert("campaign_projection", "campaign_id", row("campaign_id", UUID.fromString(d.get("campaignId").asText()),
                "name", d.get("name").asText(), "scope_code", d.get("scopeCode").asText(), "county_code", d.get("countyCode").asText(),
                "status", d.get("status").asText(), "full_time_quota", integer(d, "fullTimeQuota"), "part_time_quota", integer(d, "partTimeQuota"),
                "probation_months", integer(d, "probationMonths"), "max_age", integer(d, "maxAge"), "version", d.get("version").asLong()));
    }

    static Integer integer(JsonNode d, String field) {
        return d.hasNonNull(field) ? d.get(field).asInt() : null;
    }
}
