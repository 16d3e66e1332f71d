package org.reservoir.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.AdjustmentRules;
import org.reservoir.assessment.domain.Appraisal;
import org.reservoir.assessment.domain.AppraisalCycle;
import org.reservoir.assessment.domain.AppraisalHistory;
import org.reservoir.assessment.domain.GradeRules;
import org.reservoir.assessment.persistence.ReservesInScope;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.infrastructure.transitions.TransitionRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appraisal-cycle use cases: create, open (one appraisal per reserve in scope, in the opening's transaction), close.
 * Cycles publish no events of their own: what others need is each appraisal's grade.
 */
@ApplicationScoped
public class AppraisalCycles {

    static final GradeRules GRADE_RULES = GradeRules.shipped();
    static final AdjustmentRules ADJUSTMENT_RULES = AdjustmentRules.shipped();

    private final TransitionRunner runner;
    private final ReservesInScope reserves;
    private final EntityManager em;
    private final Clock clock;

    public AppraisalCycles(TransitionRunner runner, ReservesInScope reserves, EntityManager em, Clock clock) {
        this.runner = runner;
        this.reserves = reserves;
        this.em = em;
        this.clock = clock;
    }

    private static final Journal<AppraisalCycle> JOURNAL = new Journal<>() {
        @Override
        public void write(AppraisalCycle c, AuditLine line) {
            AppraisalHistory.of(AppraisalHistory.Subject.CYCLE, c.id, line).persist();
        }

        @Override
        public Event event(AppraisalCycle c, AuditLine line) {
            return null;
        }
    };

    @Transactional
    public AppraisalCycle create(AppraisalCycle.Definition d, Actor actor) {
        AppraisalCycle.check(d, actor, today()).ifPresent(r -> {
            throw r.toProblem();
        });
        if (AppraisalCycle.count("countyCode = ?1 and year = ?2 and period = ?3", d.countyCode(), d.year(), d.period()) > 0) {
            throw new ProblemException(409, "cycle-exists", d.countyCode(), d.period().key(d.year()));
        }
        AppraisalCycle c = AppraisalCycle.draft(UUID.randomUUID(), d, GRADE_RULES, ADJUSTMENT_RULES, now());
        c.persistAndFlush();
        AppraisalHistory.of(AppraisalHistory.Subject.CYCLE, c.id, new AuditLine(AppraisalCycle.Action.CREATE, null, c.status().name(),
                actor.id(), AppraisalCycle.TRANSITIONS.roleFor(AppraisalCycle.Action.OPEN, actor.roles()), null,
                Map.of("period", c.periodKey()), c.createdAt)).persist();
        return c;
    }

    /** The cycle, if its county lies inside the caller's region or encloses it (404 otherwise). */
    public AppraisalCycle get(UUID id, Actor actor) {
        AppraisalCycle c = AppraisalCycle.findById(id);
        if (c == null || !(actor.covers(c.countyCode) || actor.region().county().value().equals(c.countyCode))) {
            throw ProblemException.notFound("appraisal-cycle", id);
        }
        return c;
    }

    /** The caller's county's cycles, newest period first. */
    public List<AppraisalCycle> list(Actor actor, AppraisalCycle.Status status, int page, int size) {
        String county = actor.region().county().value();
        return (status == null ? AppraisalCycle.find("countyCode = ?1 order by year desc, period desc, id", county)
                : AppraisalCycle.find("countyCode = ?1 and status = ?2 order by year desc, period desc, id", county, status))
                .page(page, size).list();
    }

    public long count(Actor actor, AppraisalCycle.Status status) {
        String county = actor.region().county().value();
        return status == null ? AppraisalCycle.count("countyCode = ?1", county)
                : AppraisalCycle.count("countyCode = ?1 and status = ?2", county, status);
    }

    public List<AppraisalHistory> history(UUID id, Actor actor) {
        get(id, actor);
        return AppraisalHistory.list("subjectId = ?1 order by id", id);
    }

    /** DRAFT → OPEN: one appraisal per reserve in scope, as recruitment's events describe them today. */
    @Transactional
    public AppraisalCycle open(UUID id, String ifMatch, Actor actor) {
        return runner.run(new TransitionRunner.Request<>(AppraisalCycle.TRANSITIONS, AppraisalCycle.Action.OPEN, actor, ifMatch,
                () -> get(id, actor), c -> {
                    lockScope(c.countyCode);
                    List<Appraisal.Reserve> inScope = reserves.in(c.countyCode);
                    Decision<AppraisalCycle.Status> decision = c.open(today(), inScope.size());
                    if (decision instanceof Decision.Moved<AppraisalCycle.Status>) {
                        OffsetDateTime now = now();
                        inScope.forEach(r -> Appraisal.open(UUID.randomUUID(), c, r, now).persist());
                    }
                    return decision;
                }, JOURNAL));
    }

    /**
     * Serialises a county's cycle openings with changes to who is in scope there: an opening then either sees a reserve's
     * new status or runs before it, when {@link #includeLate} finds the cycle open.
     */
    @Transactional
    public void lockScope(String countyCode) {
        AdvisoryLocks.lock(em, "appraisal-scope", countyCode);
    }

    /**
     * A reserve who enters scope while their county's cycle is open (admitted after the opening) is appraised in that cycle
     * too: one appraisal per cycle and reserve, however often recruitment's events repeat. Call under {@link #lockScope}.
     */
    @Transactional
    public void includeLate(UUID candidateId) {
        reserves.one(candidateId).ifPresent(r -> {
            for (AppraisalCycle c : AppraisalCycle.<AppraisalCycle>list("countyCode = ?1 and status = ?2 order by id", r.countyCode(),
                    AppraisalCycle.Status.OPEN)) {
                if (Appraisal.count("cycleId = ?1 and candidateId = ?2", c.id, candidateId) == 0) {
                    Appraisal.open(UUID.randomUUID(), c, r, now()).persist();
                    c.appraisalCount++;
                }
            }
        });
    }

    @Transactional
    public AppraisalCycle close(UUID id, String ifMatch, Actor actor) {
        return runner.run(new TransitionRunner.Request<>(AppraisalCycle.TRANSITIONS, AppraisalCycle.Action.CLOSE, actor, ifMatch,
                () -> get(id, actor), AppraisalCycle::close, JOURNAL));
    }

    /** The drafts whose opening day has come (the scheduled opening's work list). */
    public List<UUID> dueToOpen() {
        LocalDate today = today();
        return AppraisalCycle.<AppraisalCycle>list("status = ?1 and opensOn <= ?2 order by opensOn, id", AppraisalCycle.Status.DRAFT, today)
                .stream().filter(c -> c.dueToOpen(today)).map(c -> c.id).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
