package org.reservoir.recruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.transitions.AuditedEntity;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A candidate and, once admitted, a reserve (后备力量). The ID number is kept only as a keyed hash and
 * ciphertext (see {@link PiiProtector}); {@code idNumberMasked} is what most callers see.
 */
@Entity
@Table(name = "candidate")
public class Candidate extends AuditedEntity<CandidateStatus> {

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

    /** An appraisal's open EXIT proposal (from assessment), shown here until the county decides it in assessment. */
    public record ExitRecommendation(String appraisalId, String grade, String reason, OffsetDateTime receivedAt) {
    }

    /** 重点培养: the county accepted an appraisal's key-cultivation proposal (in assessment); the newest acceptance is kept. */
    public record KeyCultivation(String proposalId, String appraisalId, String reason, OffsetDateTime markedAt) {
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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_cultivation")
    public KeyCultivation keyCultivation;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    public boolean eligible() {
        return eligibility.stream().allMatch(Screening::satisfied);
    }

    // ---------------------------------------------------------------- registration

    /** A registration's check: the parsed ID number, or why the registration is refused. */
    public sealed interface Registering {
        record Accepted(IdNumber idNumber) implements Registering {
        }

        record Refused(Refusal refusal) implements Registering {
        }
    }

    /**
     * Checks a registration into an open {@code campaign}: the village inside the actor's region (403), then every broken
     * profile rule at once (422). {@code village} is the region the registration names, if it exists.
     */
    public static Registering checkRegistration(Registration r, Campaign campaign, Region village, Actor actor, LocalDate today) {
        if (r.villageCode() != null && DivisionCode.isWellFormed(r.villageCode()) && !actor.covers(r.villageCode())) {
            return new Registering.Refused(Refusal.forbidden("out-of-jurisdiction", r.villageCode(), actor.regionCode()));
        }
        List<Violation> violations = new ArrayList<>();
        IdNumber id = null;
        IdNumber.Result parsed = IdNumber.parse(r.idNumber(), today);
        if (parsed instanceof IdNumber.Valid v) {
            id = v.id();
        } else if (parsed instanceof IdNumber.Invalid inv) {
            violations.add(new Violation("idNumber", inv.rule(), inv.detail()));
        }
        if (id != null && r.birthDate() != null && !id.birthDate().equals(r.birthDate())) {
            violations.add(new Violation("birthDate", "id-number-birth-date-mismatch", r.birthDate(), id.birthDate()));
        }
        if (id != null && r.gender() != null && id.gender() != r.gender()) {
            violations.add(new Violation("gender", "id-number-gender-mismatch", r.gender(), id.gender()));
        }
        if (village == null || village.level != RegionLevel.VILLAGE || !village.active
                || !new DivisionCode(campaign.scopeCode).covers(new DivisionCode(village.code))) {
            violations.add(new Violation("villageCode", "village-in-scope", r.villageCode(), campaign.scopeCode));
        }
        if (campaign.quota(r.track()) == 0) {
            violations.add(new Violation("track", "track-not-offered", r.track()));
        } else if (r.track() == Track.FULL_TIME && !campaign.vacancies.contains(new Campaign.Vacancy(r.villageCode(), r.targetPost()))) {
            violations.add(new Violation("targetPost", "no-such-vacancy", r.villageCode(), r.targetPost()));
        }
        if (!campaign.sourceGroups.contains(r.sourceGroup())) {
            violations.add(new Violation("sourceGroup", "source-not-accepted", r.sourceGroup()));
        }
        if (!campaign.channels.contains(r.channel())) {
            violations.add(new Violation("channel", "channel-not-accepted", r.channel()));
        }
        if (r.channel().needsDetail() && (r.channelDetail() == null || r.channelDetail().isBlank())) {
            violations.add(new Violation("channelDetail", "channel-detail-required", r.channel()));
        }
        boolean member = isMember(r.politicalStatus());
        if (member && r.partyJoinDate() == null) {
            violations.add(new Violation("partyJoinDate", "party-join-date-required", r.politicalStatus()));
        }
        if (!member && r.partyJoinDate() != null) {
            violations.add(new Violation("partyJoinDate", "party-join-date-not-member", r.politicalStatus()));
        }
        if (id != null && joinedBeforeEighteen(id.birthDate(), r.partyJoinDate())) {
            violations.add(new Violation("partyJoinDate", "party-join-date-too-early", r.partyJoinDate()));
        }
        List<Job> jobs = r.workHistory() == null ? List.of() : r.workHistory();
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            if (j.from() == null || (j.to() != null && j.to().isBefore(j.from()))) {
                violations.add(new Violation("workHistory[" + i + "].to", "job-dates", j.from(), j.to()));
            }
        }
        return violations.isEmpty() ? new Registering.Accepted(id) : new Registering.Refused(Refusal.unprocessable(violations));
    }

    /** A checked registration as a REGISTERED candidate, screened against the campaign's rules at {@code now}. */
    public static Candidate registered(UUID id, Registration r, Campaign campaign, IdNumber idNumber, String idNumberHash,
                                       String idNumberCipher, OffsetDateTime now, LocalDate today) {
        Candidate c = new Candidate();
        c.id = id;
        c.campaignId = campaign.id;
        c.countyCode = campaign.countyCode;
        c.villageCode = r.villageCode();
        c.townshipCode = new DivisionCode(r.villageCode()).township().value();
        c.targetPost = r.targetPost();
        c.track = r.track();
        c.name = r.name().strip();
        c.gender = idNumber.gender();
        c.ethnicity = r.ethnicity().strip();
        c.birthDate = idNumber.birthDate();
        c.idNumberHash = idNumberHash;
        c.idNumberCipher = idNumberCipher;
        c.idNumberMasked = idNumber.masked();
        c.phone = r.phone();
        c.educationLevel = r.educationLevel();
        c.major = r.major();
        c.school = r.school();
        c.politicalStatus = r.politicalStatus();
        c.partyJoinDate = r.partyJoinDate();
        c.workHistory = r.workHistory() == null ? new ArrayList<>() : new ArrayList<>(r.workHistory());
        c.workYears = r.workYears() != null ? r.workYears() : yearsOf(c.workHistory, today);
        c.fitForDuty = !Boolean.FALSE.equals(r.fitForDuty());
        c.healthNote = r.healthNote();
        c.local = Boolean.TRUE.equals(r.local());
        c.homeVillageCode = r.homeVillageCode();
        c.occupation = r.occupation();
        c.sourceGroup = r.sourceGroup();
        c.channel = r.channel();
        c.channelDetail = r.channelDetail();
        c.status = CandidateStatus.REGISTERED;
        c.screen(campaign.eligibility, today);
        c.registeredAt = now;
        c.updatedAt = now;
        return c;
    }

    static int yearsOf(List<Job> jobs, LocalDate today) {
        long months = jobs.stream().filter(j -> j.from() != null)
                .mapToLong(j -> Math.max(0, Period.between(j.from(), j.to() == null ? today : j.to()).toTotalMonths())).sum();
        return (int) (months / 12);
    }

    /** The Party admits from the 18th birthday (党章: 年满十八岁), so an earlier join date is a typing error. */
    private static boolean joinedBeforeEighteen(LocalDate birthDate, LocalDate joined) {
        return joined != null && Period.between(birthDate, joined).getYears() < 18;
    }

    private static boolean isMember(PoliticalStatus status) {
        return status == PoliticalStatus.PARTY_MEMBER || status == PoliticalStatus.PROBATIONARY_MEMBER;
    }

    /**
     * Changes the profile (null leaves a field as it is); refused once the candidate's file is closed, or when a member
     * lacks a join date or names one before the 18th birthday (the registration's rules).
     */
    /** Whether {@code p} names a value the file does not hold already: a change that changes nothing leaves no trace. */
    public boolean changedBy(ProfileChanges p) {
        return differs(p.phone(), phone) || differs(p.educationLevel(), educationLevel) || differs(p.major(), major)
                || differs(p.school(), school) || differs(p.politicalStatus(), politicalStatus) || differs(p.partyJoinDate(), partyJoinDate)
                || differs(p.workYears(), workYears) || differs(p.fitForDuty(), fitForDuty) || differs(p.healthNote(), healthNote)
                || differs(p.local(), local) || differs(p.occupation(), occupation);
    }

    private static boolean differs(Object given, Object held) {
        return given != null && !given.equals(held);
    }

    public Optional<Refusal> updateProfile(ProfileChanges p) {
        if (status.isTerminal()) {
            return Optional.of(Refusal.conflict("candidate-closed", Map.of("currentState", status.name()), status));
        }
        PoliticalStatus newStatus = p.politicalStatus() != null ? p.politicalStatus() : politicalStatus;
        LocalDate joined = p.partyJoinDate() != null ? p.partyJoinDate() : partyJoinDate;
        boolean member = isMember(newStatus);
        if (member && joined == null) {
            return Optional.of(Refusal.unprocessable("partyJoinDate", "party-join-date-required", newStatus));
        }
        // Only a date the change names: a file holding an earlier one still takes unrelated changes (training's upgrades).
        if (member && joinedBeforeEighteen(birthDate, p.partyJoinDate())) {
            return Optional.of(Refusal.unprocessable("partyJoinDate", "party-join-date-too-early", p.partyJoinDate()));
        }
        phone = p.phone() != null ? p.phone() : phone;
        educationLevel = p.educationLevel() != null ? p.educationLevel() : educationLevel;
        major = p.major() != null ? p.major() : major;
        school = p.school() != null ? p.school() : school;
        politicalStatus = newStatus;
        partyJoinDate = member ? joined : null;
        workYears = p.workYears() != null ? p.workYears() : workYears;
        fitForDuty = p.fitForDuty() != null ? p.fitForDuty() : fitForDuty;
        healthNote = p.healthNote() != null ? p.healthNote() : healthNote;
        local = p.local() != null ? p.local() : local;
        occupation = p.occupation() != null ? p.occupation() : occupation;
        return Optional.empty();
    }

    // ---------------------------------------------------------------- rules: each returns the new state or a refusal

    /** The township's preliminary review (初审): a rejection needs a written reason; an approval an eligible candidate. */
    public Decision<CandidateStatus> townshipReview(boolean approve, String reason) {
        if (!approve && (reason == null || reason.isBlank())) {
            return Decision.refuse(Refusal.unprocessable("reason", "rejection-reason-required"));
        }
        if (approve && !eligible()) {
            return Decision.refuse(Refusal.conflict("not-eligible",
                    Map.of("failedRules", eligibility.stream().filter(s -> !s.satisfied()).map(Screening::rule).toList()), id));
        }
        return Decision.moveTo(approve ? CandidateStatus.TOWNSHIP_APPROVED : CandidateStatus.TOWNSHIP_REJECTED, reason, Map.of());
    }

    /** The county opens the joint review (联审) with the departments that must each return a verdict. */
    public Decision<CandidateStatus> openJointReview(List<String> departments) {
        reviewDepartments = departments.stream().map(String::strip).distinct().sorted().toList();
        return Decision.moveTo(CandidateStatus.IN_JOINT_REVIEW, null, Map.of("departments", departments));
    }

    /**
     * A department's pass or veto, in any order: one veto rejects (一票否决), a veto needs a written reason, a department
     * named in the review answers once, and when every department has passed the candidate is vetted.
     */
    public Decision<CandidateStatus> recordVerdict(String department, ReviewVerdict.Verdict verdict, String reason,
                                                   Map<String, ReviewVerdict.Verdict> recorded) {
        if (verdict == ReviewVerdict.Verdict.VETO && (reason == null || reason.isBlank())) {
            return Decision.refuse(Refusal.unprocessable("reason", "veto-reason-required"));
        }
        if (department == null || !reviewDepartments.contains(department)) {
            return Decision.refuse(Refusal.forbidden("department-not-in-review", String.valueOf(department), reviewDepartments));
        }
        if (recorded.containsKey(department)) {
            return Decision.refuse(Refusal.conflict("verdict-exists", department));
        }
        Map<String, Object> details = Map.of("verdict", verdict.name(), "department", department);
        if (verdict == ReviewVerdict.Verdict.VETO) {
            return Decision.moveTo(CandidateStatus.JOINT_REVIEW_REJECTED, reason, details);
        }
        long passes = 1 + recorded.values().stream().filter(v -> v == ReviewVerdict.Verdict.PASS).count();
        return Decision.moveTo(passes >= reviewDepartments.size() ? CandidateStatus.VETTED : CandidateStatus.IN_JOINT_REVIEW, reason, details);
    }

    /** Whether assessment's result is still taken: scores are settled once the candidate is past evaluation. */
    public boolean takesEvaluation() {
        return !EvaluationRules.settled(status);
    }

    /** Assessment's scores, kept whatever the status: assessment's plan decided pass/fail, recruitment takes its word. */
    public void recordScores(Scores scores) {
        writtenTestScore = scores.written();
        interviewScore = scores.interview();
        fieldVisitScore = scores.fieldVisit();
        compositeScore = scores.composite();
    }

    /** A vetted candidate's evaluation (笔试+面试+实地考察) passes or fails it. */
    public Decision<CandidateStatus> evaluate(Scores scores) {
        return Decision.moveTo(scores.passed() ? CandidateStatus.EVALUATED : CandidateStatus.EVALUATION_FAILED, null,
                Map.of("composite", scores.composite(), "passed", scores.passed()));
    }

    /** The county's admission: full-time candidates await probation, part-time ones enter the pool. */
    public Decision<CandidateStatus> admission(boolean admit, String reason) {
        if (!admit) {
            return Decision.moveTo(CandidateStatus.NOT_ADMITTED, reason, Map.of());
        }
        return Decision.moveTo(track == Track.FULL_TIME ? CandidateStatus.ADMITTED : CandidateStatus.IN_POOL, reason, Map.of());
    }

    /** Probation (试岗) lasts the campaign's months from {@code start}. */
    public Decision<CandidateStatus> startProbation(LocalDate start, int months) {
        probationStart = start;
        probationPlannedEnd = Probation.plannedEnd(start, months);
        return Decision.moveTo(CandidateStatus.ON_PROBATION, null, Map.of("start", start.toString()));
    }

    /** A pass before the planned end needs a county admin and a written reason. */
    public Decision<CandidateStatus> probationOutcome(boolean passed, String reason, LocalDate today, boolean byCountyAdmin) {
        if (passed && !Probation.mayPass(probationPlannedEnd, today, byCountyAdmin, reason)) {
            return Decision.refuse(Refusal.conflict("probation-not-over", Map.of("plannedEnd", probationPlannedEnd.toString()),
                    probationPlannedEnd));
        }
        return Decision.moveTo(passed ? CandidateStatus.PROBATION_PASSED : CandidateStatus.PROBATION_FAILED, reason,
                Map.of("passed", passed));
    }

    /** The statutory election; 一肩挑 when one person becomes both party secretary and committee director. */
    public Decision<CandidateStatus> election(boolean elected, List<CommitteePost> posts, String reason) {
        Map<String, Object> details = Map.of("elected", elected, "posts", posts == null ? List.of() : posts.stream().map(Enum::name).toList());
        if (!elected) {
            return Decision.moveTo(CandidateStatus.NOT_ELECTED, reason, details);
        }
        if (posts == null || posts.isEmpty()) {
            return Decision.refuse(Refusal.unprocessable("posts", "posts-required"));
        }
        electedPosts = posts.stream().distinct().toList();
        secretaryDirectorOnePerson = electedPosts.contains(CommitteePost.PARTY_SECRETARY) && electedPosts.contains(CommitteePost.COMMITTEE_DIRECTOR);
        return Decision.moveTo(CandidateStatus.ELECTED, reason, details);
    }

    public Decision<CandidateStatus> appoint(String reason) {
        return Decision.moveTo(CandidateStatus.APPOINTED, reason, Map.of());
    }

    /** A part-time reserve called on for a current vacancy in an active village of its county, inside the actor's region. */
    public Decision<CandidateStatus> moveToFullTime(Region village, String villageCode, CommitteePost post, String reason, Actor actor) {
        if (village == null || village.level != RegionLevel.VILLAGE || !village.active
                || !new DivisionCode(countyCode).covers(new DivisionCode(village.code))) {
            return Decision.refuse(Refusal.unprocessable("villageCode", "village-in-scope", villageCode, countyCode));
        }
        if (!actor.covers(villageCode)) {
            return Decision.refuse(Refusal.forbidden("out-of-jurisdiction", villageCode, actor.regionCode()));
        }
        track = Track.FULL_TIME;
        this.villageCode = villageCode;
        townshipCode = new DivisionCode(villageCode).township().value();
        targetPost = post;
        return Decision.moveTo(CandidateStatus.ADMITTED, reason, Map.of("villageCode", villageCode, "post", post.name()));
    }

    public Decision<CandidateStatus> returnToPool(String reason) {
        track = Track.PART_TIME;
        return Decision.moveTo(CandidateStatus.IN_POOL, reason, Map.of());
    }

    /** Leaving the pool settles every pending exit recommendation. */
    public Decision<CandidateStatus> exit(ExitReason why, String note) {
        exitReason = why;
        exitRecommendations = new ArrayList<>();
        return Decision.moveTo(CandidateStatus.EXITED, note, Map.of("exitReason", why.name()));
    }

    /**
     * The quota (专职/兼职 places): a step that makes the candidate hold a place it did not hold on this track is refused
     * when {@code takenByOthers} already fill the campaign's {@code quota}.
     */
    public Optional<Refusal> quotaRefusal(CandidateStatus from, Track fromTrack, CandidateStatus to, int quota, long takenByOthers) {
        if (Quota.takesNewPlace(from, fromTrack, to, track) && !Quota.hasRoom(quota, takenByOthers)) {
            return Optional.of(Refusal.conflict("quota-full", track, quota));
        }
        return Optional.empty();
    }

    /** assessment-service's result of the selection evaluation. */
    public record Scores(BigDecimal written, BigDecimal interview, BigDecimal fieldVisit, BigDecimal composite, boolean passed) {
    }

    // ---------------------------------------------------------------- screening and profile

    /**
     * Screens against the campaign's rules at {@code today} (eligibility at review: the township reviews what is screened
     * now), keeping earlier overrides of rules that still fail.
     */
    public void screen(EligibilityRuleSet rules, LocalDate today) {
        Eligibility.Facts facts = new Eligibility.Facts(birthDate, educationLevel, politicalStatus, partyJoinDate, workYears, fitForDuty, local);
        Map<String, Screening> overrides = new HashMap<>();
        eligibility.stream().filter(Screening::overridden).forEach(s -> overrides.put(s.rule(), s));
        eligibility = Eligibility.screen(rules, facts, today).stream().map(o -> {
            Screening kept = overrides.get(o.rule());
            return !o.passed() && kept != null
                    ? new Screening(o.rule(), false, o.actual(), o.required(), true, kept.overrideReason(), kept.overriddenBy(), kept.overriddenAt())
                    : new Screening(o.rule(), o.passed(), o.actual(), o.required(), false, null, null, null);
        }).toList();
    }

    /** A township officer (or the county) accepts a failed rule with a written reason, only before the township review. */
    public Optional<Refusal> overrideRule(String rule, String reason, String by, OffsetDateTime at) {
        if (status != CandidateStatus.REGISTERED) {
            return Optional.of(Refusal.conflict("override-after-review", Map.of("currentState", status.name()), status));
        }
        Optional<Screening> failed = eligibility.stream().filter(s -> s.rule().equals(rule)).findFirst();
        if (failed.isEmpty()) {
            return Optional.of(Refusal.notFound("eligibility rule", rule));
        }
        if (failed.get().passed() || failed.get().overridden()) {
            return Optional.of(Refusal.conflict("rule-not-failed", rule));
        }
        if (!Eligibility.overridable(failed.get().rule(), failed.get().actual())) {
            return Optional.of(Refusal.conflict("rule-not-overridable", rule, Eligibility.LEGAL_MIN_AGE));
        }
        eligibility = eligibility.stream().map(s -> s.rule().equals(rule)
                ? new Screening(s.rule(), false, s.actual(), s.required(), true, reason.strip(), by, at) : s).toList();
        return Optional.empty();
    }

    /** An appraisal's recommendation to adjust the reserve out, kept for the county's decision; false when there is nothing to keep. */
    public boolean recommendExit(ExitRecommendation recommendation) {
        if (status.isTerminal() || exitRecommendations.stream().anyMatch(r -> r.appraisalId().equals(recommendation.appraisalId()))) {
            return false;
        }
        List<ExitRecommendation> pending = new ArrayList<>(exitRecommendations);
        pending.add(recommendation);
        exitRecommendations = pending;
        return true;
    }

    /** Marks the reserve a key cultivation target (重点培养); false when its file is closed or this proposal is already applied. */
    public boolean markKeyCultivation(KeyCultivation mark) {
        if (status.isTerminal() || keyCultivation != null && keyCultivation.proposalId().equals(mark.proposalId())) {
            return false;
        }
        keyCultivation = mark;
        return true;
    }

    /** The county kept the reserve despite an appraisal's exit proposal; false when there is no such recommendation. */
    public boolean dismissExitRecommendation(String appraisalId) {
        if (exitRecommendations.stream().noneMatch(r -> r.appraisalId().equals(appraisalId))) {
            return false;
        }
        exitRecommendations = exitRecommendations.stream().filter(r -> !r.appraisalId().equals(appraisalId)).toList();
        return true;
    }

    @Override
    public String jurisdiction() {
        return villageCode;
    }

}
