package org.reservoir.recruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.HistoryLine;

import java.util.UUID;

/** One line of a campaign's history: a transition ({@link Campaign.Action}) with who, when and why. */
@Entity
@Table(name = "campaign_history")
public class CampaignHistory extends HistoryLine {

    @Column(name = "campaign_id")
    public UUID campaignId;

    public static CampaignHistory of(UUID campaignId, AuditLine line) {
        CampaignHistory h = new CampaignHistory();
        h.campaignId = campaignId;
        h.record(line);
        return h;
    }
}
