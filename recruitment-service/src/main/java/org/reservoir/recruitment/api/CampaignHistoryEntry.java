package org.reservoir.recruitment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.recruitment.domain.Campaign;
import org.reservoir.recruitment.domain.CampaignHistory;

import java.time.OffsetDateTime;
import java.util.Map;

@Schema(name = "CampaignHistoryEntry", description = "A campaign's creation or transition: who, when, why")
public record CampaignHistoryEntry(Campaign.Action action, Campaign.Status fromStatus, Campaign.Status toStatus, String actor,
                                   String actorRole, String reason, Map<String, Object> details, OffsetDateTime at) {

    static CampaignHistoryEntry of(CampaignHistory h) {
        return new CampaignHistoryEntry(Campaign.Action.valueOf(h.action()), status(h.fromStatus()), status(h.toStatus()), h.actor(),
                h.actorRole(), h.reason(), h.details(), h.at());
    }

    private static Campaign.Status status(String name) {
        return name == null ? null : Campaign.Status.valueOf(name);
    }
}
