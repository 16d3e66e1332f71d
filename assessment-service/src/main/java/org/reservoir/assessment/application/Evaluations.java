package org.reservoir.assessment.application;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.CriteriaTemplate;
import org.reservoir.assessment.domain.Evaluation;
import org.reservoir.assessment.domain.EvaluationAction;
import org.reservoir.assessment.domain.EvaluationHistory;
import org.reservoir.assessment.domain.EvaluationPlan;
import org.reservoir.assessment.domain.EvaluationStatus;
import org.reservoir.assessment.domain.InterviewSheet;
import org.reservoir.assessment.domain.Ranking;
import org.reservoir.assessment.events.EvaluationEvents;
import org.reservoir.assessment.persistence.CandidateProjection;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionRunner;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Selection evaluations: open one for a vetted candidate, enter scores, seal (result + event), correct, rank. */
@ApplicationScoped
public class Evaluations {

    /** Roles that enter scores other than interview sheets. */
    static final Set<String> SCORERS = Set.of(Roles.COUNTY_ADMIN, Roles.ASSESSOR);

    private final EvaluationPlans plans;
    private final CriteriaTemplates templates;
    private final TransitionRunner runner;
    private final EntityManager em;
    private final Clock clock;

    public Evaluations(EvaluationPlans plans, CriteriaTemplates templates, TransitionRunner runner, EntityManager em, Clock clock) {
        this.plans = plans;
        this.templates = templates;
        this.runner = runner;
        this.em = em;
        this.clock = clock;
    }

    private static final Journal<Evaluation> JOURNAL = new Journal<>() {
        @Override
        public void write(Evaluation e, AuditLine line) {
            EvaluationHistory.of(e.candidateId, line).persist();
        }

        @Override
        public Event event(Evaluation e, AuditLine line) {
            return new Event(EvaluationEvents.TOPIC, EvaluationEvents.COMPLETED, e.candidateId.toString(), EvaluationEvents.Completed.of(e));
        }
    };

    /** The evaluation, if the caller's region covers the candidate's township (404 otherwise). */
    public Evaluation get(UUID candidateId, Actor actor) {
        Evaluation e = Evaluation.findById(candidateId);
        if (e == null || !actor.covers(e.townshipCode)) {
            throw ProblemException.notFound("evaluation", candidateId);
        }
        return e;
    }

    public EvaluationPlan plan(Evaluation e) {
        return EvaluationPlan.findById(e.planId);
    }

    public CriteriaTemplate template(EvaluationPlan p) {
        return templates.find(p.criteriaTemplate).orElseThrow();
    }

    /** Opens the evaluation of a vetted candidate whose campaign has a plan. */
    @Transactional
    public Evaluation open(UUID candidateId, Actor actor) {
        CandidateProjection c = CandidateProjection.findById(candidateId);
        if (c == null || !actor.covers(c.townshipCode)) {
            throw ProblemException.notFound("candidate", candidateId);
        }
        AdvisoryLocks.lock(em, "evaluation", candidateId.toString());
        if (Evaluation.findById(candidateId) != null) {
            throw new ProblemException(409, "evaluation-exists", candidateId);
        }
        if (!"VETTED".equals(c.status)) {
            throw new ProblemException(409, "candidate-not-vetted", candidateId, c.status);
        }
        EvaluationPlan p = EvaluationPlan.<EvaluationPlan>find("campaignId", c.campaignId).firstResultOptional()
                .orElseThrow(() -> new ProblemException(409, "evaluation-plan-missing", c.campaignId));
        OffsetDateTime now = now();
        Evaluation e = Evaluation.open(candidateId, c.campaignId, p.id, c.name, c.countyCode.trim(), c.townshipCode.trim(),
                c.villageCode.trim(), now);
        e.persistAndFlush();
        history(e, EvaluationAction.CREATE, actor, null, Map.of("planId", p.id), now);
        return e;
    }

    @Transactional
    public Evaluation enterWrittenTest(UUID id, BigDecimal score, String ifMatch, Actor actor) {
        return enter(id, ifMatch, actor, EvaluationAction.ENTER_WRITTEN_TEST, Map.of("score", score),
                (e, p) -> e.enterWrittenTest(p, score));
    }

    @Transactional
    public Evaluation enterFieldVisit(UUID id, int households, int people, String findings, BigDecimal score, String ifMatch, Actor actor) {
        return enter(id, ifMatch, actor, EvaluationAction.ENTER_FIELD_VISIT,
                Map.of("householdsVisited", households, "peopleTalkedTo", people, "score", score),
                (e, p) -> e.enterFieldVisit(p, households, people, findings, score));
    }

    @Transactional
    public Evaluation enterVotes(UUID id, int votesFor, int votesTotal, String ifMatch, Actor actor) {
        return enter(id, ifMatch, actor, EvaluationAction.ENTER_DEMOCRATIC_RECOMMENDATION, Map.of("votesFor", votesFor, "votesTotal", votesTotal),
                (e, p) -> e.enterVotes(p, votesFor, votesTotal));
    }

    /** A panel member enters (or, before sealing, replaces) their own sheet; the replaced sheet stays as history. */
    @Transactional
    public Evaluation enterSheet(UUID id, Map<String, BigDecimal> scores, String ifMatch, Actor actor) {
        if (!actor.has(Roles.ASSESSOR)) {
            throw new ProblemException(403, "forbidden");
        }
        // The history names the rater, not the scores: before sealing nobody sees another rater's scores.
        return enter(id, ifMatch, actor, EvaluationAction.ENTER_INTERVIEW_SHEET, Map.of("rater", actor.id()), (e, p) -> {
            Optional<Refusal> refusal = e.sheetRefusal(p, actor.id());
            if (refusal.isPresent()) {
                return refusal;
            }
            List<Violation> violations = InterviewSheet.violations(template(p), scores);
            if (!violations.isEmpty()) {
                return Optional.of(Refusal.unprocessable(violations));
            }
            OffsetDateTime now = now();
            InterviewSheet.update("supersededAt = ?1 where candidateId = ?2 and rater = ?3 and supersededAt is null", now, e.candidateId, actor.id());
            em.flush();
            InterviewSheet.of(e.candidateId, actor.id(), scores, now).persist();
            return Optional.empty();
        });
    }

    private interface Entry {
        Optional<Refusal> apply(Evaluation e, EvaluationPlan p);
    }

    private Evaluation enter(UUID id, String ifMatch, Actor actor, EvaluationAction action, Map<String, Object> details, Entry entry) {
        if (SCORERS.stream().noneMatch(actor::has)) {
            throw new ProblemException(403, "forbidden");
        }
        Evaluation e = get(id, actor);
        Versions.requireMatch(ifMatch, e.version());
        entry.apply(e, plan(e)).ifPresent(r -> {
            throw r.toProblem();
        });
        OffsetDateTime now = now();
        e.touch(now);
        em.flush();
        history(e, action, actor, null, details, now);
        return e;
    }

    /** Seals: computes composite, pass/fail and rank, and publishes assessment.evaluation.v1 (TransitionRunner). */
    @Transactional
    public Evaluation seal(UUID id, String ifMatch, Actor actor) {
        return transition(id, EvaluationAction.SEAL, ifMatch, actor,
                (e, p) -> e.seal(p, sheetTotals(e), others(e), now()));
    }

    /** A county admin corrects a sealed result with a reason: a new result version and a new event. */
    @Transactional
    public Evaluation correct(UUID id, Evaluation.Correction c, String ifMatch, Actor actor) {
        return transition(id, EvaluationAction.CORRECT, ifMatch, actor, (e, p) -> {
            CandidateProjection candidate = CandidateProjection.findById(e.candidateId);
            return e.correct(p, c, candidate == null ? "UNKNOWN" : candidate.status, sheetTotals(e), others(e));
        });
    }

    private interface Decide {
        org.reservoir.infrastructure.transitions.Decision<EvaluationStatus> apply(Evaluation e, EvaluationPlan p);
    }

    private Evaluation transition(UUID id, EvaluationAction action, String ifMatch, Actor actor, Decide decide) {
        Evaluation found = get(id, actor);
        // Ranks are computed against the campaign's other sealed results: one sealing or correction per campaign at a time.
        AdvisoryLocks.lock(em, "evaluation-rank", found.campaignId.toString());
        Function<Evaluation, org.reservoir.infrastructure.transitions.Decision<EvaluationStatus>> decision = e -> decide.apply(e, plan(e));
        return runner.run(new TransitionRunner.Request<>(Evaluation.TRANSITIONS, action, actor, ifMatch, () -> get(id, actor), decision, JOURNAL));
    }

    private static List<BigDecimal> sheetTotals(Evaluation e) {
        return currentSheets(e.candidateId).stream().map(s -> s.total).toList();
    }

    public static List<InterviewSheet> currentSheets(UUID candidateId) {
        return InterviewSheet.list("candidateId = ?1 and supersededAt is null", Sort.by("rater"), candidateId);
    }

    private static List<Ranking.Entry> others(Evaluation e) {
        return Evaluation.<Evaluation>list("campaignId = ?1 and status <> ?2 and candidateId <> ?3", e.campaignId, EvaluationStatus.OPEN,
                e.candidateId).stream().map(Evaluation::entry).toList();
    }

    public List<EvaluationHistory> history(UUID id, Actor actor) {
        get(id, actor);
        return EvaluationHistory.list("candidateId", Sort.by("at").and("id"), id);
    }

    /** A place in the campaign's current ranking. */
    public record Place(int rank, Evaluation evaluation) {
    }

    /** The campaign's sealed evaluations in rank order, restricted to the caller's region (ranks stay campaign-wide). */
    public List<Place> ranking(UUID campaignId, Actor actor) {
        EvaluationPlan p = plans.get(campaignId, actor);
        Map<UUID, Evaluation> sealed = new java.util.HashMap<>();
        Evaluation.<Evaluation>list("campaignId = ?1 and status <> ?2", campaignId, EvaluationStatus.OPEN).forEach(e -> sealed.put(e.candidateId, e));
        return Ranking.rank(sealed.values().stream().map(Evaluation::entry).toList(), p.tieBreak).stream()
                .map(pl -> new Place(pl.rank(), sealed.get(pl.entry().candidateId())))
                .filter(pl -> actor.covers(pl.evaluation().townshipCode))
                .toList();
    }

    private void history(Evaluation e, EvaluationAction action, Actor actor, String reason, Map<String, Object> details, OffsetDateTime at) {
        EvaluationHistory.of(e.candidateId, new AuditLine(action, e.status().name(), e.status().name(), actor.id(), actor.roleFor(SCORERS),
                reason, details, at)).persist();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
