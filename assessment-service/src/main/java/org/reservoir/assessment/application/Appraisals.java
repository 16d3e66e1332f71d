package org.reservoir.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.Appraisal;
import org.reservoir.assessment.domain.AppraisalCycle;
import org.reservoir.assessment.domain.AppraisalHistory;
import org.reservoir.assessment.domain.Dimension;
import org.reservoir.assessment.domain.Grade;
import org.reservoir.assessment.domain.GroupVotes;
import org.reservoir.assessment.domain.Proposal;
import org.reservoir.assessment.events.AppraisalEvents;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.infrastructure.transitions.TransitionRunner;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Appraisal use cases: scores and votes (each a history line, no event), grading (proposals made in the same
 * transaction; the graded event carries them), the overdue list and the once-per-appraisal overdue event.
 */
@ApplicationScoped
public class Appraisals {

    private final TransitionRunner runner;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;

    public Appraisals(TransitionRunner runner, Outbox outbox, EntityManager em, Clock clock) {
        this.runner = runner;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    private static final Journal<Appraisal> JOURNAL = new Journal<>() {
        @Override
        public void write(Appraisal a, AuditLine line) {
            AppraisalHistory.of(AppraisalHistory.Subject.APPRAISAL, a.id, line).persist();
        }

        @Override
        public Event event(Appraisal a, AuditLine line) {
            if (line.action() != Appraisal.Action.GRADE) {
                return null;
            }
            return new Event(AppraisalEvents.TOPIC, AppraisalEvents.GRADED, a.id.toString(),
                    AppraisalEvents.Graded.of(a, Proposal.list("appraisalId = ?1 order by kind", a.id)));
        }
    };

    /** What the list may be narrowed to. */
    public record Filter(UUID cycleId, Appraisal.Status status, Boolean overdue, String villageCode, UUID candidateId) {
    }

    /** The appraisal, if the caller may read it ({@link Actor#reads}; 404 otherwise, so existence does not leak). */
    public Appraisal get(UUID id, Actor actor) {
        Appraisal a = Appraisal.findById(id);
        if (a == null || !actor.reads(a.villageCode, a.candidateId)) {
            throw ProblemException.notFound("appraisal", id);
        }
        return a;
    }

    public List<AppraisalHistory> history(UUID id, Actor actor) {
        get(id, actor);
        return AppraisalHistory.list("subjectId = ?1 order by id", id);
    }

    public List<Appraisal> list(Actor actor, Filter f, int page, int size) {
        Query q = query(actor, f);
        var query = em.createQuery("select a from Appraisal a where " + q.where + " order by a.deadline, a.villageCode, a.id", Appraisal.class);
        q.bind(query);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(Actor actor, Filter f) {
        Query q = query(actor, f);
        var query = em.createQuery("select count(a) from Appraisal a where " + q.where, Long.class);
        q.bind(query);
        return query.getSingleResult();
    }

    private record Query(String where, List<Object> params) {
        void bind(jakarta.persistence.TypedQuery<?> query) {
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
        }
    }

    /** Inside the caller's region (a prefix of the village code), a reserve's own only, narrowed by the filter. */
    private Query query(Actor actor, Filter f) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        params.add(actor.region().prefix() + "%");
        where.add("a.villageCode like ?1");
        if (!actor.officer()) {
            params.add(actor.ownCandidate());
            where.add("a.candidateId = ?" + params.size());
        }
        if (f.cycleId() != null) {
            params.add(f.cycleId());
            where.add("a.cycleId = ?" + params.size());
        }
        if (f.status() != null) {
            params.add(f.status());
            where.add("a.status = ?" + params.size());
        }
        if (f.villageCode() != null) {
            params.add(f.villageCode());
            where.add("a.villageCode = ?" + params.size());
        }
        if (f.candidateId() != null) {
            params.add(f.candidateId());
            where.add("a.candidateId = ?" + params.size());
        }
        if (f.overdue() != null) {
            params.add(Appraisal.Status.OPEN);
            params.add(today());
            String overdue = "(a.status = ?" + (params.size() - 1) + " and a.deadline < ?" + params.size() + ")";
            where.add(f.overdue() ? overdue : "not " + overdue);
        }
        return new Query(String.join(" and ", where), params);
    }

    @Transactional
    public Appraisal recordScores(UUID id, Map<Dimension, BigDecimal> scores, String ifMatch, Actor actor) {
        return step(id, Appraisal.Action.RECORD_SCORES, ifMatch, actor, a -> a.recordScores(scores));
    }

    @Transactional
    public Appraisal recordVotes(UUID id, List<GroupVotes> votes, String ifMatch, Actor actor) {
        return step(id, Appraisal.Action.RECORD_VOTES, ifMatch, actor, a -> a.recordVotes(votes));
    }

    /** Grades by the cycle and the rule tables; the proposals dynamic adjustment makes are saved with the grade. */
    @Transactional
    public Appraisal grade(UUID id, String ifMatch, Actor actor) {
        return step(id, Appraisal.Action.GRADE, ifMatch, actor, a -> {
            AppraisalCycle cycle = AppraisalCycle.findById(a.cycleId);
            List<Grade> earlier = em.createQuery("select a.grade from Appraisal a where a.candidateId = ?1 and a.status = ?2 "
                            + "and a.period < ?3 order by a.period desc", Grade.class)
                    .setParameter(1, a.candidateId).setParameter(2, Appraisal.Status.GRADED).setParameter(3, a.period).getResultList();
            OffsetDateTime now = now();
            Decision<Appraisal.Status> decision = a.grade(cycle, AppraisalCycles.GRADE_RULES, AppraisalCycles.ADJUSTMENT_RULES, earlier, now);
            if (decision instanceof Decision.Moved<Appraisal.Status>) {
                for (var proposed : a.proposals(AppraisalCycles.ADJUSTMENT_RULES, earlier)) {
                    Proposal p = Proposal.of(UUID.randomUUID(), a, proposed, now);
                    p.persist();
                    AppraisalHistory.of(AppraisalHistory.Subject.PROPOSAL, p.id, new AuditLine(Proposal.Action.PROPOSE, null,
                            p.status().name(), actor.id(), Appraisal.TRANSITIONS.roleFor(Appraisal.Action.GRADE, actor.roles()),
                            proposed.description(), Map.of("rule", proposed.ruleId(), "grade", a.grade.name()), now)).persist();
                }
            }
            return decision;
        });
    }

    private Appraisal step(UUID id, Appraisal.Action action, String ifMatch, Actor actor, Function<Appraisal, Decision<Appraisal.Status>> decide) {
        return runner.run(new TransitionRunner.Request<>(Appraisal.TRANSITIONS, action, actor, ifMatch, () -> get(id, actor), a -> {
            AppraisalCycle cycle = AppraisalCycle.findById(a.cycleId);
            return cycle.refusesWork().<Decision<Appraisal.Status>>map(Decision::refuse).orElseGet(() -> decide.apply(a));
        }, JOURNAL));
    }

    /** The reserve left the pool: each of its open appraisals is withdrawn through the runner (history, no event). */
    @Transactional
    public void withdrawOpen(UUID candidateId, String exitReason) {
        Actor recruitment = Actor.service("recruitment-service");
        for (Appraisal open : Appraisal.<Appraisal>list("candidateId = ?1 and status = ?2", candidateId, Appraisal.Status.OPEN)) {
            runner.run(new TransitionRunner.Request<>(Appraisal.TRANSITIONS, Appraisal.Action.WITHDRAW, recruitment, null, () -> open,
                    a -> a.withdraw("reserve exited" + (exitReason == null ? "" : " (" + exitReason + ")")), JOURNAL));
        }
    }

    /** Open appraisals past their deadline not yet reported, oldest deadline first (the overdue job's next chunk). */
    public List<UUID> unreportedOverdue(int limit) {
        return em.createQuery("select a.id from Appraisal a where a.status = ?1 and a.deadline < ?2 and a.overdueReportedAt is null "
                        + "order by a.deadline, a.id", UUID.class)
                .setParameter(1, Appraisal.Status.OPEN).setParameter(2, today()).setMaxResults(limit).getResultList();
    }

    /** Publishes the overdue event of one appraisal, once: the mark and the event commit together. */
    @Transactional
    public void reportOverdue(UUID id) {
        Appraisal a = em.find(Appraisal.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (a == null || a.overdueReportedAt != null || !a.overdue(today())) {
            return;
        }
        a.overdueReportedAt = now();
        em.flush();
        outbox.publish(AppraisalEvents.TOPIC, AppraisalEvents.OVERDUE, a.id.toString(), AppraisalEvents.Overdue.of(a));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
