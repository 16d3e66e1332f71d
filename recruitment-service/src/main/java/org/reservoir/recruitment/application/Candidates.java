package org.reservoir.recruitment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import org.hibernate.StatelessSession;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.Campaign;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.domain.CandidateAction;
import org.reservoir.recruitment.domain.CandidateStatus;
import org.reservoir.recruitment.domain.CommitteePost;
import org.reservoir.recruitment.domain.EducationLevel;
import org.reservoir.recruitment.domain.ExitReason;
import org.reservoir.recruitment.domain.HistoryAction;
import org.reservoir.recruitment.domain.HistoryEntry;
import org.reservoir.recruitment.domain.IdNumber;
import org.reservoir.recruitment.domain.PiiProtector;
import org.reservoir.recruitment.domain.Pipeline;
import org.reservoir.recruitment.domain.ProfileChanges;
import org.reservoir.recruitment.domain.Quota;
import org.reservoir.recruitment.domain.Region;
import org.reservoir.recruitment.domain.Registration;
import org.reservoir.recruitment.domain.ReviewVerdict;
import org.reservoir.recruitment.domain.Track;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionRunner;
import org.reservoir.recruitment.events.RecruitmentEvents;
import org.reservoir.recruitment.events.RecruitmentEvents.CandidateSnapshot;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Candidate use cases, each the same shape: load, let the {@link Candidate} decide, save, publish. Status changes go
 * through the {@link TransitionRunner} (role, jurisdiction, version, the {@link Pipeline} table, history and event in
 * one transaction); the rules themselves are the candidate's methods.
 */
@ApplicationScoped
public class Candidates {

    private final Outbox outbox;
    private final PiiProtector pii;
    private final EntityManager em;
    private final Clock clock;
    private final TransitionRunner runner;
    /** Writes new candidates in one JDBC batch, in the same transaction, without keeping them in a session. */
    private final StatelessSession inserts;

    public Candidates(Outbox outbox, PiiProtector pii, EntityManager em, Clock clock, TransitionRunner runner, StatelessSession inserts) {
        this.outbox = outbox;
        this.pii = pii;
        this.em = em;
        this.clock = clock;
        this.runner = runner;
        this.inserts = inserts;
    }

    /** History and status-changed events of pipeline transitions. */
    private static final Journal<Candidate> JOURNAL = new Journal<>() {
        @Override
        public void write(Candidate c, AuditLine line) {
            HistoryEntry.of(c.id, line).persist();
        }

        @Override
        public Event event(Candidate c, AuditLine line) {
            return new Event(RecruitmentEvents.CANDIDATE_TOPIC, RecruitmentEvents.CANDIDATE_STATUS_CHANGED, c.id.toString(),
                    CandidateSnapshot.of(c, new RecruitmentEvents.Transition(line.action().name(), line.from(), line.to(), line.reason())));
        }
    };

    // ---------------------------------------------------------------- registration and profile

    @Transactional
    public Candidate register(Registration r, Actor actor) {
        Registered result = registerAll(List.of(r), actor).get(0);
        if (result.refusal() != null) {
            throw result.refusal();
        }
        return result.candidate();
    }

    /** One registration's outcome in {@link #registerAll}: the candidate registered, or the refusal {@link #register} throws. */
    public record Registered(Candidate candidate, ProblemException refusal) {
    }

    /**
     * {@link #register} for many people in the caller's transaction, each with the outcome {@code register} would give
     * it (a refusal is returned, and decided before anything is written, so the transaction stays usable): a bulk import
     * registers its chunk here. Set-based: the campaigns and villages are read once, the people's locks are taken and
     * their existing registrations looked up in one statement each, and the candidates, history lines and events are
     * written in one batch each. A person twice in the list is registered once; the second is refused as
     * {@code register} would refuse it afterwards.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Registered> registerAll(List<Registration> registrations, Actor actor) {
        LocalDate today = today();
        Map<UUID, Campaign> campaigns = new HashMap<>();
        List<String> codes = registrations.stream().map(Registration::villageCode).filter(Objects::nonNull).distinct().toList();
        @SuppressWarnings("unchecked")
        Map<String, Region> villages = codes.isEmpty() ? Map.of() : ((List<Region>) em.createNativeQuery(
                        "select * from region where code = any(cast(?1 as bpchar[]))", Region.class)
                .setParameter(1, codes.toArray(String[]::new)).getResultList()).stream().collect(Collectors.toMap(v -> v.code, v -> v));
        ProblemException[] refusals = new ProblemException[registrations.size()];
        Accepted[] accepted = new Accepted[registrations.size()];
        Map<String, Set<String>> hashesByCounty = new TreeMap<>();
        for (int i = 0; i < registrations.size(); i++) {
            Registration r = registrations.get(i);
            Campaign campaign = campaigns.containsKey(r.campaignId()) ? campaigns.get(r.campaignId()) : Campaign.findById(r.campaignId());
            campaigns.put(r.campaignId(), campaign);
            if (campaign == null || !actor.relatedTo(campaign.scopeCode)) {
                refusals[i] = ProblemException.unprocessable("campaignId", "campaign-missing", r.campaignId());
                continue;
            }
            Optional<Refusal> closed = campaign.refusesRegistration();
            if (closed.isPresent()) {
                refusals[i] = closed.get().toProblem();
                continue;
            }
            Candidate.Registering checked = Candidate.checkRegistration(r, campaign, villages.get(r.villageCode()), actor, today);
            if (checked instanceof Candidate.Registering.Refused refused) {
                refusals[i] = refused.refusal().toProblem();
                continue;
            }
            IdNumber id = ((Candidate.Registering.Accepted) checked).idNumber();
            accepted[i] = new Accepted(campaign, id, pii.lookupHash(id.value()));
            hashesByCounty.computeIfAbsent(campaign.countyCode, k -> new TreeSet<>()).add(accepted[i].hash());
        }
        // Registrations of one person queue on its lock, so the loser of a race gets the same 409 as a later caller.
        Map<String, Existing> existing = new HashMap<>();
        hashesByCounty.forEach((county, hashes) -> {
            AdvisoryLocks.lockAll(em, hashes, "candidate", county);
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("select id_number_hash, id, village_code from candidate"
                            + " where county_code = ?1 and id_number_hash = any(?2)").setFlushMode(FlushModeType.COMMIT)
                    .setParameter(1, county).setParameter(2, hashes.toArray(String[]::new)).getResultList();
            found.forEach(x -> existing.put(county + "/" + x[0], new Existing((UUID) x[1], (String) x[2])));
        });
        OffsetDateTime now = now();
        List<Registered> results = new ArrayList<>(registrations.size());
        List<Candidate> created = new ArrayList<>();
        for (int i = 0; i < registrations.size(); i++) {
            if (refusals[i] != null) {
                results.add(new Registered(null, refusals[i]));
                continue;
            }
            Accepted a = accepted[i];
            Existing person = existing.get(a.campaign().countyCode + "/" + a.hash());
            if (person != null && actor.covers(person.villageCode())) {
                results.add(new Registered(null, new ProblemException(409, "candidate-exists", List.of(),
                        Map.of("existingCandidateId", person.id().toString()), person.id())));
            } else if (person != null) {
                // Naming a record the caller may not read would tell it where (and that) the person is registered.
                results.add(new Registered(null, new ProblemException(409, "candidate-exists-elsewhere")));
            } else {
                Candidate c = Candidate.registered(UUID.randomUUID(), registrations.get(i), a.campaign(), a.idNumber(), a.hash(),
                        pii.encrypt(a.idNumber().value()), now, today);
                created.add(c);
                existing.put(a.campaign().countyCode + "/" + a.hash(), new Existing(c.id, c.villageCode));
                results.add(new Registered(c, null));
            }
        }
        if (!created.isEmpty()) {
            inserts.insertMultiple(created);
            recordRegistrations(created, actor, now);
            outbox.publishAll(created.stream().map(c -> new Outbox.Message(RecruitmentEvents.CANDIDATE_TOPIC,
                    RecruitmentEvents.CANDIDATE_REGISTERED, c.id.toString(), CandidateSnapshot.of(c, null))).toList());
        }
        return results;
    }

    private record Accepted(Campaign campaign, IdNumber idNumber, String hash) {
    }

    private record Existing(UUID id, String villageCode) {
    }

    /** The REGISTER history line of each candidate, in one statement (what {@link #record} writes one by one). */
    private void recordRegistrations(List<Candidate> created, Actor actor, OffsetDateTime at) {
        String role = actor.has(Roles.TOWNSHIP_OFFICER) ? Roles.TOWNSHIP_OFFICER : actor.roleFor(Set.of(Roles.TOWNSHIP_OFFICER));
        UUID[] ids = new UUID[created.size()];
        String[] toStatus = new String[ids.length];
        String[] details = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Candidate c = created.get(i);
            ids[i] = c.id;
            toStatus[i] = c.status().name();
            details[i] = "{\"eligible\":" + c.eligible() + "}";
        }
        em.createNativeQuery("insert into candidate_history (candidate_id, action, from_status, to_status, actor, actor_role, reason, details, at)"
                        + " select c, ?2, null, s, ?3, ?4, null, cast(d as jsonb), ?5 from unnest(?1, ?6, ?7) with ordinality as h(c, s, d, n)"
                        + " order by n")
                .setParameter(1, ids).setParameter(2, HistoryAction.REGISTER.name()).setParameter(3, actor.id()).setParameter(4, role)
                .setParameter(5, at).setParameter(6, toStatus).setParameter(7, details).executeUpdate();
    }

    /**
     * Changes the profile and screens again (earlier overrides of still-failing rules stay). A change naming only values
     * the file holds already writes nothing: no new version, history line or event, so other clients' ETags stay valid.
     */
    @Transactional
    public Candidate updateProfile(UUID id, ProfileChanges p, String ifMatch, Actor actor) {
        Candidate c = loadForUpdate(id, ifMatch, actor);
        boolean changes = c.changedBy(p);
        c.updateProfile(p).ifPresent(Candidates::refuse);
        if (!changes) {
            return c;
        }
        c.screen(Campaign.<Campaign>findById(c.campaignId).eligibility, today());
        return changed(c, HistoryAction.UPDATE_PROFILE, actor, Roles.TOWNSHIP_OFFICER, null, Map.of("eligible", c.eligible()),
                RecruitmentEvents.CANDIDATE_PROFILE_UPDATED);
    }

    /**
     * training-service's completed education upgrade (training.education.v1): raises the education level (never lowers
     * it) and names the school, screens again and writes the history line. Empty when it changes nothing: the level is
     * not higher, or the candidate's file is closed.
     */
    @Transactional
    public Optional<Candidate> applyEducationUpgrade(UUID id, EducationLevel level, String school, String recordId, Actor actor) {
        Candidate c = Candidate.findById(id);
        if (c == null) {
            throw ProblemException.notFound("candidate", id);
        }
        EducationLevel before = c.educationLevel;
        boolean higher = before == null || level.compareTo(before) > 0;
        if (!higher || c.updateProfile(new ProfileChanges(null, level, null, school, null, null, null, null, null, null, null)).isPresent()) {
            return Optional.empty();
        }
        c.screen(Campaign.<Campaign>findById(c.campaignId).eligibility, today());
        return Optional.of(changed(c, HistoryAction.UPDATE_PROFILE, actor, Roles.SERVICE, "education upgrade completed",
                Map.of("educationLevel", level.name(), "previousEducationLevel", String.valueOf(before), "school", school, "educationRecordId", recordId),
                RecruitmentEvents.CANDIDATE_PROFILE_UPDATED));
    }

    @Transactional
    public Candidate rescreen(UUID id, String ifMatch, Actor actor) {
        Candidate c = loadForUpdate(id, ifMatch, actor);
        c.screen(Campaign.<Campaign>findById(c.campaignId).eligibility, today());
        return changed(c, HistoryAction.SCREEN, actor, Roles.TOWNSHIP_OFFICER, null, Map.of("eligible", c.eligible()),
                RecruitmentEvents.CANDIDATE_SCREENED);
    }

    /** A township officer (or the county) accepts a failed rule with a written reason; audited in history. */
    @Transactional
    public Candidate overrideRule(UUID id, String rule, String reason, String ifMatch, Actor actor) {
        Candidate c = loadForUpdate(id, ifMatch, actor);
        c.overrideRule(rule, reason, actor.id(), now()).ifPresent(Candidates::refuse);
        return changed(c, HistoryAction.OVERRIDE_ELIGIBILITY, actor, Roles.TOWNSHIP_OFFICER, reason, Map.of("rule", rule),
                RecruitmentEvents.CANDIDATE_SCREENED);
    }

    // ---------------------------------------------------------------- reading

    /** The candidate, if the actor may read it ({@link Actor#reads}); otherwise 404, so existence does not leak. */
    public Candidate get(UUID id, Actor actor) {
        Candidate c = Candidate.findById(id);
        if (c == null || !actor.reads(c.villageCode, c.id)) {
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

    // ---------------------------------------------------------------- pipeline steps

    @Transactional
    public Candidate townshipReview(UUID id, boolean approve, String reason, String ifMatch, Actor actor) {
        return step(id, ifMatch, approve ? CandidateAction.APPROVE_TOWNSHIP_REVIEW : CandidateAction.REJECT_TOWNSHIP_REVIEW, actor,
                c -> c.townshipReview(approve, reason));
    }

    @Transactional
    public Candidate openJointReview(UUID id, List<String> departments, String ifMatch, Actor actor) {
        return step(id, ifMatch, CandidateAction.OPEN_JOINT_REVIEW, actor, c -> c.openJointReview(departments));
    }

    /** A department's pass or veto, in any order; any veto rejects, all passes vet. */
    @Transactional
    public Candidate recordVerdict(UUID id, ReviewVerdict.Verdict verdict, String reason, String ifMatch, Actor actor) {
        return step(id, ifMatch, CandidateAction.RECORD_REVIEW_VERDICT, actor, c -> {
            Map<String, ReviewVerdict.Verdict> recorded = verdicts(c.id).stream()
                    .collect(Collectors.toMap(v -> v.key.department(), v -> v.verdict));
            Decision<CandidateStatus> decision = c.recordVerdict(actor.department(), verdict, reason, recorded);
            if (decision instanceof Decision.Moved<CandidateStatus>) {
                ReviewVerdict.of(c.id, actor.department(), verdict, reason, actor.id(), now()).persist();
            }
            return decision;
        });
    }

    /** assessment-service's sealed result: component scores, composite and pass/fail by its evaluation plan. */
    @Transactional
    public Optional<Candidate> recordEvaluation(UUID id, BigDecimal written, BigDecimal interview, BigDecimal fieldVisit,
                                                BigDecimal composite, boolean passed, Actor actor) {
        Candidate c = Candidate.findById(id);
        if (c == null || !c.takesEvaluation()) {
            return Optional.empty();
        }
        Candidate.Scores scores = new Candidate.Scores(written, interview, fieldVisit, composite, passed);
        c.recordScores(scores);
        if (c.status() != CandidateStatus.VETTED) {
            touch(c);
            record(c, HistoryAction.RECORD_EVALUATION_SCORES, c.status(), actor, Roles.SERVICE,
                    "scores recorded; status " + c.status() + " unchanged", Map.of("composite", composite));
            return Optional.of(c);
        }
        return Optional.of(step(id, null, CandidateAction.RECORD_EVALUATION, actor, x -> x.evaluate(scores)));
    }

    @Transactional
    public Candidate admission(UUID id, boolean admit, String reason, String ifMatch, Actor actor) {
        return step(id, ifMatch, admit ? CandidateAction.ADMIT : CandidateAction.DECLINE_ADMISSION, actor, c -> c.admission(admit, reason));
    }

    @Transactional
    public Candidate startProbation(UUID id, LocalDate start, String ifMatch, Actor actor) {
        return step(id, ifMatch, CandidateAction.START_PROBATION, actor,
                c -> c.startProbation(start, Campaign.<Campaign>findById(c.campaignId).probationMonths));
    }

    @Transactional
    public Candidate probationOutcome(UUID id, boolean passed, String reason, String ifMatch, Actor actor) {
        return step(id, ifMatch, CandidateAction.RECORD_PROBATION_OUTCOME, actor,
                c -> c.probationOutcome(passed, reason, today(), actor.has(Roles.COUNTY_ADMIN)));
    }

    /** The statutory election's outcome; 一肩挑 when one person becomes both party secretary and committee director. */
    @Transactional
    public Candidate election(UUID id, boolean elected, List<CommitteePost> posts, String reason, String ifMatch, Actor actor) {
        return step(id, ifMatch, CandidateAction.RECORD_ELECTION, actor, c -> c.election(elected, posts, reason));
    }

    @Transactional
    public Candidate appoint(UUID id, String reason, String ifMatch, Actor actor) {
        return step(id, ifMatch, CandidateAction.APPOINT, actor, c -> c.appoint(reason));
    }

    /** A part-time reserve called on for a current vacancy. */
    @Transactional
    public Candidate moveToFullTime(UUID id, String villageCode, CommitteePost post, String reason, String ifMatch, Actor actor) {
        return step(id, ifMatch, CandidateAction.MOVE_TO_FULL_TIME, actor,
                c -> c.moveToFullTime(Region.findById(villageCode), villageCode, post, reason, actor));
    }

    @Transactional
    public Candidate returnToPool(UUID id, String reason, String ifMatch, Actor actor) {
        return step(id, ifMatch, CandidateAction.RETURN_TO_POOL, actor, c -> c.returnToPool(reason));
    }

    @Transactional
    public Candidate exit(UUID id, ExitReason exitReason, String note, String ifMatch, Actor actor) {
        return step(id, ifMatch, CandidateAction.EXIT, actor, c -> c.exit(exitReason, note));
    }

    /** An appraisal's open EXIT proposal: shown on the candidate until the county decides it in assessment, never applied by itself. */
    @Transactional
    public void recommendExit(UUID id, Candidate.ExitRecommendation recommendation, Actor actor) {
        Candidate c = Candidate.findById(id);
        if (c == null || !c.recommendExit(recommendation)) {
            return;
        }
        touch(c);
        record(c, HistoryAction.EXIT_RECOMMENDED, c.status(), actor, Roles.SERVICE, recommendation.reason(),
                Map.of("appraisalId", recommendation.appraisalId(), "grade", String.valueOf(recommendation.grade())));
    }

    /**
     * The county admin dismissed an appraisal's exit proposal (in assessment): the recommendation goes, with the reason in
     * history. Nothing to do when there is no such recommendation (never recorded, or the reserve already left).
     */
    @Transactional
    public void dismissExitRecommendation(UUID id, String appraisalId, String reason, Actor actor) {
        Candidate c = Candidate.findById(id);
        if (c == null || !c.dismissExitRecommendation(appraisalId)) {
            return;
        }
        touch(c);
        record(c, HistoryAction.DISMISS_EXIT_RECOMMENDATION, c.status(), actor, Roles.SERVICE, reason, Map.of("appraisalId", appraisalId));
    }

    /**
     * The county admin accepted an appraisal's key-cultivation proposal (in assessment): the mark, a history line and a
     * candidate event. Nothing to do for an unknown or closed candidate, or a proposal already applied.
     */
    @Transactional
    public Optional<Candidate> markKeyCultivation(UUID id, Candidate.KeyCultivation mark, Actor actor) {
        Candidate c = Candidate.findById(id);
        if (c == null || !c.markKeyCultivation(mark)) {
            return Optional.empty();
        }
        return Optional.of(changed(c, HistoryAction.MARK_KEY_CULTIVATION, actor, Roles.SERVICE, mark.reason(),
                Map.of("proposalId", mark.proposalId(), "appraisalId", mark.appraisalId()), RecruitmentEvents.CANDIDATE_KEY_CULTIVATION_MARKED));
    }

    // ---------------------------------------------------------------- the one shape

    /** A pipeline step through the runner; a step that takes a new place on a track is checked against the quota. */
    private Candidate step(UUID id, String ifMatch, CandidateAction action, Actor actor, Function<Candidate, Decision<CandidateStatus>> decide) {
        return runner.run(new TransitionRunner.Request<>(Pipeline.TRANSITIONS, action, actor, ifMatch, () -> get(id, actor), c -> {
            CandidateStatus from = c.status();
            Track fromTrack = c.track;
            Decision<CandidateStatus> decision = decide.apply(c);
            if (decision instanceof Decision.Moved<CandidateStatus> moved && Quota.takesNewPlace(from, fromTrack, moved.to(), c.track)) {
                Optional<Refusal> full = c.quotaRefusal(from, fromTrack, moved.to(), quotaOf(c), placesTakenByOthers(c));
                if (full.isPresent()) {
                    return Decision.refuse(full.get());
                }
            }
            return decision;
        }, JOURNAL));
    }

    private static int quotaOf(Candidate c) {
        return Campaign.<Campaign>findById(c.campaignId).quota(c.track);
    }

    /** Places others hold on the candidate's track, counted under a lock per campaign and track so two admissions cannot both take the last. */
    private long placesTakenByOthers(Candidate c) {
        AdvisoryLocks.lock(em, "quota", c.campaignId.toString(), c.track.name());
        // Not flushing first: the step's own pending change must not bump the version twice.
        return em.createQuery("select count(x) from Candidate x where x.campaignId = ?1 and x.track = ?2 and x.status in ?3 "
                        + "and x.id <> ?4", Long.class).setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, c.campaignId).setParameter(2, c.track).setParameter(3, CandidateStatus.placeHolding()).setParameter(4, c.id)
                .getSingleResult();
    }

    private Candidate loadForUpdate(UUID id, String ifMatch, Actor actor) {
        Candidate c = get(id, actor);
        Versions.requireMatch(ifMatch, c.version());
        return c;
    }

    /** A change that keeps the status: version bumped, history written, event published. */
    private Candidate changed(Candidate c, HistoryAction action, Actor actor, String role, String reason, Map<String, Object> details,
                              String eventType) {
        touch(c);
        record(c, action, c.status(), actor, role, reason, details);
        outbox.publish(RecruitmentEvents.CANDIDATE_TOPIC, eventType, c.id.toString(), CandidateSnapshot.of(c, null));
        return c;
    }

    private static void refuse(Refusal refusal) {
        throw refusal.toProblem();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Every change bumps the version, so two people acting on one read cannot both win. */
    private void touch(Candidate c) {
        c.touch(now());
        em.flush();
    }

    private void record(Candidate c, HistoryAction action, CandidateStatus from, Actor actor, String role, String reason,
                        Map<String, Object> details) {
        String recordedRole = actor.has(role) ? role : actor.roleFor(Set.of(role));
        HistoryEntry.of(c.id, new AuditLine(action, from == null ? null : from.name(), c.status().name(), actor.id(), recordedRole, reason,
                details, now())).persist();
    }
}
