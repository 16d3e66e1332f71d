package org.reservoir.assessment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Assessment's read-only copy of a recruitment candidate (recruitment.candidate.v1, no ID number), written only by
 * {@link org.reservoir.assessment.consumers.RecruitmentProjections}. {@code candidateId} is the reserve's identity in
 * every context; {@code status} is recruitment's CandidateStatus name.
 */
@Entity
@Table(name = "candidate_projection")
public class CandidateProjection extends PanacheEntityBase {

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    public String name;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "township_code", columnDefinition = "char(12)")
    public String townshipCode;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    public String status;

    /** FULL_TIME or PART_TIME. */
    public String track;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
