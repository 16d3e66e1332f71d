package org.reservoir.recruitment.domain;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A recruitment campaign (招募计划) of a county or a township: the vacancies it fills, quotas per track,
 * accepted sources and channels, entry standards, how assessment weighs the selection evaluation and
 * where its pass line is, and how long full-time reserves are on probation.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Schema(name = "CampaignStatus", extensions = @Extension(name = "x-label-type", value = "Campaign.Status"))
    public enum Status {
        DRAFT, OPEN, CLOSED
    }

    /** A named current vacancy on a village's two committees, filled through the full-time track. */
    public record Vacancy(String villageCode, CommitteePost post) {
    }

    @Id
    public UUID id;

    public String name;

    @Column(name = "scope_code", columnDefinition = "char(12)")
    public String scopeCode;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Vacancy> vacancies;

    @Column(name = "full_time_quota")
    public int fullTimeQuota;

    @Column(name = "part_time_quota")
    public int partTimeQuota;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_groups")
    public Set<SourceGroup> sourceGroups;

    @JdbcTypeCode(SqlTypes.JSON)
    public Set<Channel> channels;

    @JdbcTypeCode(SqlTypes.JSON)
    public EligibilityRuleSet eligibility;

    @Column(name = "weight_written")
    public int weightWritten;

    @Column(name = "weight_interview")
    public int weightInterview;

    @Column(name = "weight_field_visit")
    public int weightFieldVisit;

    @Column(name = "pass_line")
    public BigDecimal passLine;

    @Column(name = "probation_months")
    public int probationMonths;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public int quota(Track track) {
        return track == Track.FULL_TIME ? fullTimeQuota : partTimeQuota;
    }
}
