package org.reservoir.recruitment.domain;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A candidate and, once admitted, a reserve (后备力量). The ID number is kept only as a keyed hash and
 * ciphertext (see {@link PiiProtector}); {@code idNumberMasked} is what most callers see.
 */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {

    /** One job in the work history. */
    public record Job(LocalDate from, LocalDate to, String employer, String position) {
    }

    /** A rule's screening outcome, and the township's override of a failed one (with its written reason). */
    public record Screening(String rule, boolean passed, String actual, String required, boolean overridden,
                            String overrideReason, String overriddenBy, OffsetDateTime overriddenAt) {

        public boolean satisfied() {
            return passed || overridden;
        }
    }

    /** An appraisal's recommendation to adjust the reserve out (from assessment), awaiting a decision here. */
    public record ExitRecommendation(String appraisalId, String grade, String reason, OffsetDateTime receivedAt) {
    }

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "township_code", columnDefinition = "char(12)")
    public String townshipCode;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_post")
    public CommitteePost targetPost;

    @Enumerated(EnumType.STRING)
    public Track track;

    public String name;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public String ethnicity;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "id_number_hash")
    public String idNumberHash;

    @Column(name = "id_number_cipher")
    public String idNumberCipher;

    @Column(name = "id_number_masked")
    public String idNumberMasked;

    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    public EducationLevel educationLevel;

    public String major;

    public String school;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_status")
    public PoliticalStatus politicalStatus;

    @Column(name = "party_join_date")
    public LocalDate partyJoinDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "work_history")
    public List<Job> workHistory = new ArrayList<>();

    @Column(name = "work_years")
    public int workYears;

    @Column(name = "fit_for_duty")
    public boolean fitForDuty;

    @Column(name = "health_note")
    public String healthNote;

    @Column(name = "local_talent")
    public boolean local;

    @Column(name = "home_village_code", columnDefinition = "char(12)")
    public String homeVillageCode;

    public String occupation;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_group")
    public SourceGroup sourceGroup;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "channel_detail")
    public String channelDetail;

    @Enumerated(EnumType.STRING)
    public CandidateStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Screening> eligibility = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "review_departments")
    public List<String> reviewDepartments = new ArrayList<>();

    @Column(name = "written_test_score")
    public BigDecimal writtenTestScore;

    @Column(name = "interview_score")
    public BigDecimal interviewScore;

    @Column(name = "field_visit_score")
    public BigDecimal fieldVisitScore;

    @Column(name = "composite_score")
    public BigDecimal compositeScore;

    @Column(name = "probation_start")
    public LocalDate probationStart;

    @Column(name = "probation_planned_end")
    public LocalDate probationPlannedEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "elected_posts")
    public List<CommitteePost> electedPosts = new ArrayList<>();

    @Column(name = "secretary_director_one_person")
    public Boolean secretaryDirectorOnePerson;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason")
    public ExitReason exitReason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exit_recommendations")
    public List<ExitRecommendation> exitRecommendations = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean eligible() {
        return eligibility.stream().allMatch(Screening::satisfied);
    }
}
