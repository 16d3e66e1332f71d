package org.reservoir.recruitment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reservoir.infrastructure.transitions.AuditLine;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One line of a campaign's history: a transition with who, when and why. */
@Entity
@Table(name = "campaign_history")
public class CampaignHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    public Campaign.Action action;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;

    public OffsetDateTime at;

    public static CampaignHistory of(UUID campaignId, Campaign.Action action, AuditLine line) {
        CampaignHistory h = new CampaignHistory();
        h.campaignId = campaignId;
        h.action = action;
        h.fromStatus = line.from();
        h.toStatus = line.to();
        h.actor = line.actor();
        h.actorRole = line.role();
        h.reason = line.reason();
        h.details = line.details();
        h.at = line.at();
        return h;
    }
}
