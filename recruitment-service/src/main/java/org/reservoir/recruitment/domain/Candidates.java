package org.reservoir.recruitment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.recruitment.events.RecruitmentEvents.CandidateSnapshot;
import org.reservoir.recruitment.events.RecruitmentEvents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Candidate use cases: registration with eligibility screening, overrides, and every pipeline step.
 * Each step goes through {@link #apply}, which checks the {@link Pipeline} table, the caller's role and
 * region and the version read, then records history and publishes the event in the same transaction.
 */
@ApplicationScoped
public class Candidates {

    /** Statuses that count as places taken in a campaign (admitted onwards, not exited). */
    static final Set<CandidateStatus> ADMITTED_STATUSES = Quota.PLACE_HOLDING;

    private final Outbox outbox;
    private final PiiProtector pii;
    private final EntityManager em;
    private final Clock clock;

    public Candidates(Outbox outbox, PiiProtector pii, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.pii = pii;
        this.em = em;
        this.clock = clock;
    }

    /** A registration as the API and the roster import receive it. */
    public record Registration(UUID campaignId, String villageCode, CommitteePost targetPost, Track track, String name, Gender gender,
                               String ethnicity, LocalDate birthDate, String idNumber, String phone, EducationLevel educationLevel,
                               String major, String school, PoliticalStatus politicalStatus, LocalDate partyJoinDate,
                               List<Candidate.Job> workHistory, Integer workYears, Boolean fitForDuty, String healthNote, Boolean local,
                               String homeVillageCode, String occupation, SourceGroup sourceGroup, Channel channel, String channelDetail) {
    }

    // ---------------------------------------------------------------- registration

    @Transactional
    public Candidate register(Registration r, Actor actor) {
        Campaign campaign = Campaign.findById(r.campaignId());
        if (campaign == null || !actor.relatedTo(campaign.scopeCode)) {
            throw ProblemException.unprocessable("campaignId", "campaign-missing", r.campaignId());
        }
        if (campaign.status != Campaign.Status.OPEN) {
            throw new ProblemException(409, "campaign-not-open", List.of(), Map.of("currentState", campaign.status.name()), campaign.id);
        }
        if (r.villageCode() != null && DivisionCode.isWellFormed(r.villageCode()) && !actor.covers(r.villageCode())) {
            throw new ProblemException(403, "out-of-jurisdiction", r.villageCode(), actor.region().value());
        }
        List<Violation> violations = new ArrayList<>();
        IdNumber id = checkProfile(r, campaign, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        String hash = pii.lookupHash(id.value());
        // Registrations of one person queue here, so the loser of a race gets the same 409 as a later caller.
        AdvisoryLocks.lock(em, "candidate", campaign.countyCode, hash);
        Candidate existing = Candidate.find("countyCode = ?1 and idNumberHash = ?2", campaign.countyCode, hash).firstResult();
        if (existing != null && actor.covers(existing.villageCode)) {
            throw new ProblemException(409, "candidate-exists", List.of(), Map.of("existingCandidateId", existing.id.toString()),
                    existing.id);
        }
        if (existing != null) {
            // Naming a record the caller may not read would tell it where (and that) the person is registered.
            throw new ProblemException(409, "candidate-exists-elsewhere");
        }
        Candidate c = new Candidate();
        c.id = UUID.randomUUID();
        c.campaignId = campaign.id;
        c.countyCode = campaign.countyCode;
        c.villageCode = r.villageCode();
        c.townshipCode = r.villageCode().substring(0, 9) + "000";
        c.targetPost = r.targetPost();
        c.track = r.track();
        c.name = r.name().strip();
        c.gender = id.gender();
        c.ethnicity = r.ethnicity().strip();
        c.birthDate = id.birthDate();
        c.idNumberHash = hash;
        c.idNumberCipher = pii.encrypt(id.value());
        c.idNumberMasked = id.masked();
        c.phone = r.phone();
        c.educationLevel = r.educationLevel();
        c.major = r.major();
        c.school = r.school();
        c.politicalStatus = r.politicalStatus();
        c.partyJoinDate = r.partyJoinDate();
        c.workHistory = r.workHistory() == null ? new ArrayList<>() : new ArrayList<>(r.workHistory());
        c.workYears = r.workYears() != null ? r.workYears() : yearsOf(c.workHistory, today());
        c.fitForDuty = !Boolean.FALSE.equals(r.fitForDuty());
        c.healthNote = r.healthNote();
        c.local = Boolean.TRUE.equals(r.local());
        c.homeVillageCode = r.homeVillageCode();
        c.occupation = r.occupation();
        c.sourceGroup = r.sourceGroup();
        c.channel = r.channel();
        c.channelDetail = r.channelDetail();
        c.status = CandidateStatus.REGISTERED;
        c.eligibility = screen(campaign, c, List.of(), today());
        c.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.updatedAt = c.registeredAt;
        c.persistAndFlush();
        history(c, "REGISTER", null, actor, Roles.TOWNSHIP_OFFICER, null, Map.of("eligible", c.eligible()));
        outbox.publish(RecruitmentEvents.CANDIDATE_TOPIC, RecruitmentEvents.CANDIDATE_REGISTERED, c.id.toString(), CandidateSnapshot.of(c, null));
        return c;
    }

    /** The profile rules a registration must meet; returns the parsed ID number when it is valid. */
    private IdNumber checkProfile(Registration r, Campaign campaign, List<Violation> violations) {
        IdNumber id = null;
        IdNumber.Result parsed = IdNumber.parse(r.idNumber(), today());
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
        Region village = Region.findById(r.villageCode());
        if (village == null || village.level != RegionLevel.VILLAGE || !village.active || !r.villageCode().startsWith(prefixOf(campaign.scopeCode))) {
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
        boolean member = r.politicalStatus() == PoliticalStatus.PARTY_MEMBER || r.politicalStatus() == PoliticalStatus.PROBATIONARY_MEMBER;
        if (member && r.partyJoinDate() == null) {
            violations.add(new Violation("partyJoinDate", "party-join-date-required", r.politicalStatus()));
        }
        if (!member && r.partyJoinDate() != null) {
            violations.add(new Violation("partyJoinDate", "party-join-date-not-member", r.politicalStatus()));
        }
        if (id != null && r.partyJoinDate() != null && Period.between(id.birthDate(), r.partyJoinDate()).getYears() < 18) {
            violations.add(new Violation("partyJoinDate", "party-join-date-too-early", r.partyJoinDate()));
        }
        List<Candidate.Job> jobs = r.workHistory() == null ? List.of() : r.workHistory();
        for (int i = 0; i < jobs.size(); i++) {
            Candidate.Job j = jobs.get(i);
            if (j.from() == null || (j.to() != null && j.to().isBefore(j.from()))) {
                violations.add(new Violation("workHistory[" + i + "].to", "job-dates", j.from(), j.to()));
            }
        }
        return id;
    }

    private static String prefixOf(String code) {
        return new DivisionCode(code).prefix();
    }

    static int yearsOf(List<Candidate.Job> jobs, LocalDate today) {
        long months = jobs.stream().filter(j -> j.from() != null)
                .mapToLong(j -> Math.max(0, Period.between(j.from(), j.to() == null ? today : j.to()).toTotalMonths())).sum();
        return (int) (months / 12);
    }

    /** Screens against the campaign's rules, keeping earlier overrides of rules that still fail. */
    private static List<Candidate.Screening> screen(Campaign campaign, Candidate c, List<Candidate.Screening> earlier, LocalDate today) {
        Eligibility.Facts facts = new Eligibility.Facts(c.birthDate, c.educationLevel, c.politicalStatus, c.partyJoinDate, c.workYears,
                c.fitForDuty, c.local);
        Map<String, Candidate.Screening> overrides = new HashMap<>();
        earlier.stream().filter(Candidate.Screening::overridden).forEach(s -> overrides.put(s.rule(), s));
        return Eligibility.screen(campaign.eligibility, facts, today).stream().map(o -> {
            Candidate.Screening kept = overrides.get(o.rule());
            return !o.passed() && kept != null
                    ? new Candidate.Screening(o.rule(), false, o.actual(), o.required(), true, kept.overrideReason(), kept.overriddenBy(), kept.overriddenAt())
                    : new Candidate.Screening(o.rule(), o.passed(), o.actual(), o.required(), false, null, null, null);
        }).toList();
    }

    // ---------------------------------------------------------------- reading

    /** The candidate, if it exists inside the actor's region; otherwise 404, so existence does not leak. */
    public Candidate get(UUID id, Actor actor) {
        Candidate c = Candidate.findById(id);
        if (c == null || !actor.covers(c.villageCode)) {
            throw ProblemException.notFound("candidate", id);
        }
        return c;
    }

    public String idNumber(Candidate c) {
        return pii.decrypt(c.idNumberCipher);
    }

    public List<HistoryEntry> history(UUID id, Actor actor) {
        get(id, actor);
        return HistoryEntry.list("candidateId = ?1 order by id", id);
    }

    public List<ReviewVerdict> verdicts(UUID id) {
        return ReviewVerdict.list("key.candidateId = ?1 order by recordedAt", id);
    }

    static long admittedCount(UUID campaignId, Track track) {
        return Candidate.count("campaignId = ?1 and track = ?2 and status in ?3", campaignId, track, ADMITTED_STATUSES);
    }

    /** Profile fields that may change after registration; null leaves a field as it is. */
    public record ProfileChanges(String phone, EducationLevel educationLevel, String major, String school, PoliticalStatus politicalStatus,
                                 LocalDate partyJoinDate, Integer workYears, Boolean fitForDuty, String healthNote, Boolean local,
                                 String occupation) {
    }

    /** Changes the profile and screens again (earlier overrides of still-failing rules stay). */
    @Transactional
    public Candidate updateProfile(UUID id, ProfileChanges p, String ifMatch, Actor actor) {
        Candidate c = get(id, actor);
        Versions.requireMatch(ifMatch, c.version);
        if (c.status.isTerminal()) {
            throw new ProblemException(409, "candidate-closed", List.of(), Map.of("currentState", c.status.name()), c.status);
        }
        PoliticalStatus status = p.politicalStatus() != null ? p.politicalStatus() : c.politicalStatus;
        LocalDate joined = p.partyJoinDate() != null ? p.partyJoinDate() : c.partyJoinDate;
        boolean member = status == PoliticalStatus.PARTY_MEMBER || status == PoliticalStatus.PROBATIONARY_MEMBER;
        if (member && joined == null) {
            throw ProblemException.unprocessable("partyJoinDate", "party-join-date-required", status);
        }
        c.phone = p.phone() != null ? p.phone() : c.phone;
        c.educationLevel = p.educationLevel() != null ? p.educationLevel() : c.educationLevel;
        c.major = p.major() != null ? p.major() : c.major;
        c.school = p.school() != null ? p.school() : c.school;
        c.politicalStatus = status;
        c.partyJoinDate = member ? joined : null;
        c.workYears = p.workYears() != null ? p.workYears() : c.workYears;
        c.fitForDuty = p.fitForDuty() != null ? p.fitForDuty() : c.fitForDuty;
        c.healthNote = p.healthNote() != null ? p.healthNote() : c.healthNote;
        c.local = p.local() != null ? p.local() : c.local;
        c.occupation = p.occupation() != null ? p.occupation() : c.occupation;
        c.eligibility = screen(Campaign.findById(c.campaignId), c, c.eligibility, today());
        touch(c);
        history(c, "UPDATE_PROFILE", c.status, actor, Roles.TOWNSHIP_OFFICER, null, Map.of("eligible", c.eligible()));
        outbox.publish(RecruitmentEvents.CANDIDATE_TOPIC, RecruitmentEvents.CANDIDATE_PROFILE_UPDATED, c.id.toString(), CandidateSnapshot.of(c, null));
        return c;
    }

    // ---------------------------------------------------------------- screening and overrides

    @Transactional
    public Candidate rescreen(UUID id, String ifMatch, Actor actor) {
        Candidate c = get(id, actor);
        Versions.requireMatch(ifMatch, c.version);
        c.eligibility = screen(Campaign.findById(c.campaignId), c, c.eligibility, today());
        touch(c);
        history(c, "SCREEN", c.status, actor, Roles.TOWNSHIP_OFFICER, null, Map.of("eligible", c.eligible()));
        outbox.publish(RecruitmentEvents.CANDIDATE_TOPIC, RecruitmentEvents.CANDIDATE_SCREENED, c.id.toString(), CandidateSnapshot.of(c, null));
        return c;
    }

    /** A township officer (or the county) accepts a failed rule with a written reason; audited in history. */
    @Transactional
    public Candidate overrideRule(UUID id, String rule, String reason, String ifMatch, Actor actor) {
        Candidate c = get(id, actor);
        Versions.requireMatch(ifMatch, c.version);
        if (c.status != CandidateStatus.REGISTERED) {
            throw new ProblemException(409, "override-after-review", List.of(), Map.of("currentState", c.status.name()), c.status);
        }
        Candidate.Screening failed = c.eligibility.stream().filter(s -> s.rule().equals(rule)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("eligibility rule", rule));
        if (failed.passed() || failed.overridden()) {
            throw new ProblemException(409, "rule-not-failed", rule);
        }
        if (!Eligibility.overridable(failed.rule(), failed.actual())) {
            throw new ProblemException(409, "rule-not-overridable", rule, Eligibility.LEGAL_MIN_AGE);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        c.eligibility = c.eligibility.stream().map(s -> s.rule().equals(rule)
                ? new Candidate.Screening(s.rule(), false, s.actual(), s.required(), true, reason.strip(), actor.id(), now) : s).toList();
        touch(c);
        history(c, "OVERRIDE_ELIGIBILITY", c.status, actor, Roles.TOWNSHIP_OFFICER, reason, Map.of("rule", rule));
        outbox.publish(RecruitmentEvents.CANDIDATE_TOPIC, RecruitmentEvents.CANDIDATE_SCREENED, c.id.toString(), CandidateSnapshot.of(c, null));
        return c;
    }

    // ---------------------------------------------------------------- pipeline steps

    @Transactional
    public Candidate townshipReview(UUID id, boolean approve, String reason, String ifMatch, Actor actor) {
        CandidateAction action = approve ? CandidateAction.APPROVE_TOWNSHIP_REVIEW : CandidateAction.REJECT_TOWNSHIP_REVIEW;
        return apply(id, ifMatch, action, actor, reason, Map.of(), c -> {
            if (!approve && (reason == null || reason.isBlank())) {
                throw ProblemException.unprocessable("reason", "rejection-reason-required");
            }
            if (approve && !c.eligible()) {
                throw new ProblemException(409, "not-eligible", List.of(), Map.of("failedRules",
                        c.eligibility.stream().filter(s -> !s.satisfied()).map(Candidate.Screening::rule).toList()), c.id);
            }
            return approve ? CandidateStatus.TOWNSHIP_APPROVED : CandidateStatus.TOWNSHIP_REJECTED;
        });
    }

    @Transactional
    public Candidate openJointReview(UUID id, List<String> departments, String ifMatch, Actor actor) {
        return apply(id, ifMatch, CandidateAction.OPEN_JOINT_REVIEW, actor, null, Map.of("departments", departments), c -> {
            c.reviewDepartments = departments.stream().map(String::strip).distinct().sorted().toList();
            return CandidateStatus.IN_JOINT_REVIEW;
        });
    }

    /** A department's pass or veto, in any order; any veto rejects, all passes vet. */
    @Transactional
    public Candidate recordVerdict(UUID id, ReviewVerdict.Verdict verdict, String reason, String ifMatch, Actor actor) {
        return apply(id, ifMatch, CandidateAction.RECORD_REVIEW_VERDICT, actor, reason, Map.of("verdict", verdict.name(),
                "department", String.valueOf(actor.department())), c -> {
            String department = actor.department();
            if (department == null || !c.reviewDepartments.contains(department)) {
                throw new ProblemException(403, "department-not-in-review", String.valueOf(department), c.reviewDepartments);
            }
            if (ReviewVerdict.findById(new ReviewVerdict.Key(c.id, department)) != null) {
                throw new ProblemException(409, "verdict-exists", department);
            }
            ReviewVerdict v = new ReviewVerdict();
            v.key = new ReviewVerdict.Key(c.id, department);
            v.verdict = verdict;
            v.reason = reason;
            v.reviewer = actor.id();
            v.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
            v.persist();
            if (verdict == ReviewVerdict.Verdict.VETO) {
                return CandidateStatus.JOINT_REVIEW_REJECTED;
            }
            long passes = ReviewVerdict.count("key.candidateId = ?1 and verdict = ?2", c.id, ReviewVerdict.Verdict.PASS);
            return passes >= c.reviewDepartments.size() ? CandidateStatus.VETTED : CandidateStatus.IN_JOINT_REVIEW;
        });
    }

    /** assessment-service's composite result of written test, interview and field visit. */
    @Transactional
    public Optional<Candidate> recordEvaluation(UUID id, BigDecimal written, BigDecimal interview, BigDecimal fieldVisit,
                                                BigDecimal composite, boolean passed, Actor actor) {
        Candidate c = Candidate.findById(id);
        if (c == null || EvaluationRules.settled(c.status)) {
            return Optional.empty();
        }
        BigDecimal passLine = Campaign.<Campaign>findById(c.campaignId).passLine;
        if (EvaluationRules.contradictsPassLine(composite, passed, passLine)) {
            throw new ProblemException(422, "evaluation-contradicts-pass-line", composite, passed, passLine);
        }
        c.writtenTestScore = written;
        c.interviewScore = interview;
        c.fieldVisitScore = fieldVisit;
        c.compositeScore = composite;
        if (c.status != CandidateStatus.VETTED) {
            touch(c);
            history(c, "RECORD_EVALUATION_SCORES", c.status, actor, Roles.SERVICE, "scores recorded; status " + c.status + " unchanged",
                    Map.of("composite", composite));
            return Optional.of(c);
        }
        return Optional.of(apply(id, null, CandidateAction.RECORD_EVALUATION, actor, null, Map.of("composite", composite, "passed", passed),
                x -> passed ? CandidateStatus.EVALUATED : CandidateStatus.EVALUATION_FAILED));
    }

    @Transactional
    public Candidate admission(UUID id, boolean admit, String reason, String ifMatch, Actor actor) {
        CandidateAction action = admit ? CandidateAction.ADMIT : CandidateAction.DECLINE_ADMISSION;
        return apply(id, ifMatch, action, actor, reason, Map.of(), c -> {
            if (!admit) {
                return CandidateStatus.NOT_ADMITTED;
            }
            return c.track == Track.FULL_TIME ? CandidateStatus.ADMITTED : CandidateStatus.IN_POOL;
        });
    }

    @Transactional
    public Candidate startProbation(UUID id, LocalDate start, String ifMatch, Actor actor) {
        return apply(id, ifMatch, CandidateAction.START_PROBATION, actor, null, Map.of("start", start.toString()), c -> {
            Campaign campaign = Campaign.findById(c.campaignId);
            c.probationStart = start;
            c.probationPlannedEnd = Probation.plannedEnd(start, campaign.probationMonths);
            return CandidateStatus.ON_PROBATION;
        });
    }

    @Transactional
    public Candidate probationOutcome(UUID id, boolean passed, String reason, String ifMatch, Actor actor) {
        return apply(id, ifMatch, CandidateAction.RECORD_PROBATION_OUTCOME, actor, reason, Map.of("passed", passed), c -> {
            if (passed && !Probation.mayPass(c.probationPlannedEnd, today(), actor.has(Roles.COUNTY_ADMIN), reason)) {
                throw new ProblemException(409, "probation-not-over", List.of(), Map.of("plannedEnd", c.probationPlannedEnd.toString()),
                        c.probationPlannedEnd);
            }
            return passed ? CandidateStatus.PROBATION_PASSED : CandidateStatus.PROBATION_FAILED;
        });
    }

    /** The statutory election's outcome; 一肩挑 when one person becomes both party secretary and committee director. */
    @Transactional
    public Candidate election(UUID id, boolean elected, List<CommitteePost> posts, String reason, String ifMatch, Actor actor) {
        return apply(id, ifMatch, CandidateAction.RECORD_ELECTION, actor, reason, Map.of("elected", elected,
                "posts", posts == null ? List.of() : posts.stream().map(Enum::name).toList()), c -> {
            if (!elected) {
                return CandidateStatus.NOT_ELECTED;
            }
            if (posts == null || posts.isEmpty()) {
                throw ProblemException.unprocessable("posts", "posts-required");
            }
            c.electedPosts = posts.stream().distinct().toList();
            c.secretaryDirectorOnePerson = c.electedPosts.contains(CommitteePost.PARTY_SECRETARY)
                    && c.electedPosts.contains(CommitteePost.COMMITTEE_DIRECTOR);
            return CandidateStatus.ELECTED;
        });
    }

    @Transactional
    public Candidate appoint(UUID id, String reason, String ifMatch, Actor actor) {
        return apply(id, ifMatch, CandidateAction.APPOINT, actor, reason, Map.of(), c -> CandidateStatus.APPOINTED);
    }

    /** A part-time reserve called on for a current vacancy. */
    @Transactional
    public Candidate moveToFullTime(UUID id, String villageCode, CommitteePost post, String reason, String ifMatch, Actor actor) {
        return apply(id, ifMatch, CandidateAction.MOVE_TO_FULL_TIME, actor, reason, Map.of("villageCode", villageCode, "post", post.name()), c -> {
            Region village = Region.findById(villageCode);
            if (village == null || village.level != RegionLevel.VILLAGE || !village.active || !villageCode.startsWith(c.countyCode.substring(0, 6))) {
                throw ProblemException.unprocessable("villageCode", "village-in-scope", villageCode, c.countyCode);
            }
            if (!actor.covers(villageCode)) {
                throw new ProblemException(403, "out-of-jurisdiction", villageCode, actor.region().value());
            }
            c.track = Track.FULL_TIME;
            c.villageCode = villageCode;
            c.townshipCode = villageCode.substring(0, 9) + "000";
            c.targetPost = post;
            return CandidateStatus.ADMITTED;
        });
    }

    @Transactional
    public Candidate returnToPool(UUID id, String reason, String ifMatch, Actor actor) {
        return apply(id, ifMatch, CandidateAction.RETURN_TO_POOL, actor, reason, Map.of(), c -> {
            c.track = Track.PART_TIME;
            return CandidateStatus.IN_POOL;
        });
    }

    @Transactional
    public Candidate exit(UUID id, ExitReason exitReason, String note, String ifMatch, Actor actor) {
        return apply(id, ifMatch, CandidateAction.EXIT, actor, note, Map.of("exitReason", exitReason.name()), c -> {
            c.exitReason = exitReason;
            c.exitRecommendations = new ArrayList<>();
            return CandidateStatus.EXITED;
        });
    }

    /** An appraisal's recommendation to adjust a reserve out: kept for the county's decision, never applied by itself. */
    @Transactional
    public void recommendExit(UUID id, Candidate.ExitRecommendation recommendation, Actor actor) {
        Candidate c = Candidate.findById(id);
        if (c == null || c.status.isTerminal()
                || c.exitRecommendations.stream().anyMatch(r -> r.appraisalId().equals(recommendation.appraisalId()))) {
            return;
        }
        List<Candidate.ExitRecommendation> pending = new ArrayList<>(c.exitRecommendations);
        pending.add(recommendation);
        c.exitRecommendations = pending;
        touch(c);
        history(c, "EXIT_RECOMMENDED", c.status, actor, Roles.SERVICE, recommendation.reason(),
                Map.of("appraisalId", recommendation.appraisalId(), "grade", String.valueOf(recommendation.grade())));
    }

    /** The county admin keeps the reserve despite an appraisal's exit recommendation; audited with the reason. */
    @Transactional
    public Candidate dismissExitRecommendation(UUID id, String appraisalId, String reason, String ifMatch, Actor actor) {
        if (!actor.has(Roles.COUNTY_ADMIN)) {
            throw new ProblemException(403, "forbidden");
        }
        Candidate c = get(id, actor);
        Versions.requireMatch(ifMatch, c.version);
        if (c.exitRecommendations.stream().noneMatch(r -> r.appraisalId().equals(appraisalId))) {
            throw ProblemException.notFound("exit recommendation", appraisalId);
        }
        c.exitRecommendations = c.exitRecommendations.stream().filter(r -> !r.appraisalId().equals(appraisalId)).toList();
        touch(c);
        history(c, "DISMISS_EXIT_RECOMMENDATION", c.status, actor, Roles.COUNTY_ADMIN, reason, Map.of("appraisalId", appraisalId));
        return c;
    }

    /**
     * The one way a candidate changes status: role, version and table check, the step's own effect
     * (which names the target), history and event.
     */
    private Candidate apply(UUID id, String ifMatch, CandidateAction action, Actor actor, String reason, Map<String, Object> details,
                            Function<Candidate, CandidateStatus> effect) {
        Pipeline.Transition row = Pipeline.of(action);
        if (!Pipeline.permits(action, actor.roles())) {
            throw new ProblemException(403, "forbidden");
        }
        Candidate c = get(id, actor);
        if (!actor.viaEvents()) {
            Versions.requireMatch(ifMatch, c.version);
        }
        CandidateStatus from = c.status;
        Track fromTrack = c.track;
        if (!row.from().contains(from)) {
            throw illegal(action, from);
        }
        CandidateStatus to = effect.apply(c);
        Pipeline.refusal(action, from, to).ifPresent(r -> {
            throw illegal(action, from);
        });
        if (Quota.takesNewPlace(from, fromTrack, to, c.track)) {
            requirePlace(c);
        }
        c.status = to;
        touch(c);
        history(c, action.name(), from, actor, actor.roleFor(row.roles()), reason, details);
        outbox.publish(RecruitmentEvents.CANDIDATE_TOPIC, RecruitmentEvents.CANDIDATE_STATUS_CHANGED, c.id.toString(),
                CandidateSnapshot.of(c, new RecruitmentEvents.Transition(action.name(), from.name(), to.name(), reason)));
        return c;
    }

    /** The quota, checked under a lock per campaign and track so two concurrent admissions cannot both take the last place. */
    private void requirePlace(Candidate c) {
        AdvisoryLocks.lock(em, "quota", c.campaignId.toString(), c.track.name());
        int quota = Campaign.<Campaign>findById(c.campaignId).quota(c.track);
        // Not flushing first: the step's own pending change must not bump the version twice.
        long others = em.createQuery("select count(x) from Candidate x where x.campaignId = ?1 and x.track = ?2 and x.status in ?3 "
                        + "and x.id <> ?4", Long.class).setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, c.campaignId).setParameter(2, c.track).setParameter(3, Quota.PLACE_HOLDING).setParameter(4, c.id)
                .getSingleResult();
        if (!Quota.hasRoom(quota, others)) {
            throw new ProblemException(409, "quota-full", c.track, quota);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ProblemException illegal(CandidateAction action, CandidateStatus from) {
        return new ProblemException(409, "illegal-transition", List.of(),
                Map.of("currentState", from.name(), "allowedActions", Pipeline.allowedFrom(from).stream().map(Enum::name).toList()),
                action, from);
    }

    /** Every change bumps the version, so two people acting on one read cannot both win. */
    private void touch(Candidate c) {
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
    }

    private void history(Candidate c, String action, CandidateStatus from, Actor actor, String role, String reason, Map<String, Object> details) {
        HistoryEntry h = new HistoryEntry();
        h.candidateId = c.id;
        h.action = action;
        h.fromStatus = from == null ? null : from.name();
        h.toStatus = c.status.name();
        h.actor = actor.id();
        h.actorRole = actor.has(role) ? role : actor.roleFor(Set.of(role));
        h.reason = reason;
        h.details = details;
        h.at = OffsetDateTime.now(ZoneOffset.UTC);
        h.persist();
    }
}
