package org.reservoir.training.application;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.region.RegionProjection;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.TransitionRunner;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.PracticeAction;
import org.reservoir.training.domain.PracticeAssignment;
import org.reservoir.training.domain.PracticeStatus;
import org.reservoir.training.domain.Reserve;
import org.reservoir.training.domain.TrainingHistory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Practice post use cases: assign (own or another village), start, end with an evaluation, cancel; read. */
@ApplicationScoped
public class PracticePosts {

    private final Clock clock;
    private final TransitionRunner runner;

    public PracticePosts(Clock clock, TransitionRunner runner) {
        this.clock = clock;
        this.runner = runner;
    }

    /**
     * Assigns a reserve of the caller's region to a post in a village of the caller's region (another village than
     * their own is 跨村任职; across townships it takes the county).
     */
    @Transactional
    public PracticeAssignment assign(PracticeAssignment.Draft d, Actor actor) {
        Reserve reserve = Trainees.inPool(d.candidateId(), "candidateId", actor);
        RegionProjection village = d.postVillageCode() == null ? null : RegionProjection.findById(d.postVillageCode());
        boolean known = village != null && village.active && "VILLAGE".equals(village.level);
        PracticeAssignment.refusal(d, reserve, known).ifPresent(r -> {
            throw r.toProblem();
        });
        if (!actor.covers(d.postVillageCode())) {
            throw new ProblemException(403, "out-of-jurisdiction", d.postVillageCode(), actor.regionCode());
        }
        PracticeAssignment a = PracticeAssignment.assign(UUID.randomUUID(), d, reserve, now());
        a.persistAndFlush();
        TrainingHistory.of(TrainingHistory.Subject.PRACTICE, a.id, new AuditLine(PracticeAction.ASSIGN, null, a.status().name(), actor.id(),
                actor.roleFor(Set.of(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER)), null,
                Map.of("postVillageCode", a.postVillageCode, "crossVillage", a.crossVillage()), now())).persist();
        return a;
    }

    /** Officers of the reserve's region, and the reserve themself; 404 for anyone else. */
    public PracticeAssignment get(UUID id, Actor actor) {
        PracticeAssignment a = id == null ? null : PracticeAssignment.findById(id);
        if (a == null || !sees(a, actor)) {
            throw ProblemException.notFound("practice-assignment", id);
        }
        return a;
    }

    private static boolean sees(PracticeAssignment a, Actor actor) {
        return (actor.officer() && actor.covers(a.villageCode)) || (actor.has(Roles.RESERVE) && actor.id().equals(a.candidateId.toString()));
    }

    public List<PracticeAssignment> list(Actor actor, UUID candidateId, PracticeStatus status, int page, int size) {
        return PracticeAssignment.<PracticeAssignment>find(where(candidateId, status), Sort.by("startOn").and("id"),
                params(actor, candidateId, status)).page(Page.of(page, size)).list();
    }

    public long count(Actor actor, UUID candidateId, PracticeStatus status) {
        return PracticeAssignment.count(where(candidateId, status), params(actor, candidateId, status));
    }

    private static String where(UUID candidateId, PracticeStatus status) {
        return "villageCode like :within" + (candidateId == null ? "" : " and candidateId = :c") + (status == null ? "" : " and status = :s");
    }

    private static Parameters params(Actor actor, UUID candidateId, PracticeStatus status) {
        Parameters p = Parameters.with("within", actor.region().prefix() + "%");
        if (candidateId != null) {
            p = p.and("c", candidateId);
        }
        return status == null ? p : p.and("s", status);
    }

    /** The calling reserve's own posts. */
    public List<PracticeAssignment> mine(Actor actor, int page, int size) {
        return PracticeAssignment.<PracticeAssignment>find("candidateId", Sort.by("startOn").and("id"), Trainees.me(actor))
                .page(Page.of(page, size)).list();
    }

    public long mineCount(Actor actor) {
        return PracticeAssignment.count("candidateId", Trainees.me(actor));
    }

    @Transactional
    public PracticeAssignment start(UUID id, String ifMatch, Actor actor) {
        return step(id, PracticeAction.START, ifMatch, actor, a -> a.start(today()));
    }

    @Transactional
    public PracticeAssignment end(UUID id, PracticeAssignment.Evaluation evaluation, String ifMatch, Actor actor) {
        return step(id, PracticeAction.END, ifMatch, actor, a -> a.end(evaluation, today()));
    }

    @Transactional
    public PracticeAssignment cancel(UUID id, String reason, String ifMatch, Actor actor) {
        return step(id, PracticeAction.CANCEL, ifMatch, actor, a -> a.cancel(reason));
    }

    private PracticeAssignment step(UUID id, PracticeAction action, String ifMatch, Actor actor,
                                    Function<PracticeAssignment, Decision<PracticeStatus>> decide) {
        return runner.run(new TransitionRunner.Request<>(PracticeAssignment.TABLE, action, actor, ifMatch, () -> get(id, actor), decide,
                ProgrammeJournals.PRACTICE));
    }

    public List<TrainingHistory> history(UUID id, Actor actor) {
        get(id, actor);
        return TrainingHistory.list("subjectId = ?1 order by id", id);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.reservoir.training.domain.TrainingSession.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
