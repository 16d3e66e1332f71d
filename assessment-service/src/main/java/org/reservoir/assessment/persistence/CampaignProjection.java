package org.reservoir.assessment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Assessment's read-only copy of a recruitment campaign (recruitment.campaign.v1), written only by
 * {@link org.reservoir.assessment.consumers.RecruitmentProjections}: evaluation plans belong to a campaign.
 */
@Entity
@Table(name = "campaign_projection")
public class CampaignProjection extends PanacheEntityBase {

    @Id
    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    /** The campaign's region: a county, or one township for a township campaign. */
    @Column(name = "scope_code", columnDefinition = "char(12)")
    public String scopeCode;

    public String name;

    /** Recruitment's CampaignStatus name (DRAFT, OPEN, CLOSED). */
    public String status;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
