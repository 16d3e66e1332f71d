package org.reservoir.training.application;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionRunner;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.EndReason;
import org.reservoir.training.domain.Goal;
import org.reservoir.training.domain.GrowthArea;
import org.reservoir.training.domain.Mentor;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.MentorshipHistory;
import org.reservoir.training.domain.MentorshipTask;
import org.reservoir.training.domain.Reserve;
import org.reservoir.training.events.MentorshipEvents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mentor pair use cases: start (capacity, one mentor per reserve, one township), end (transition runner), goals, monthly
 * tasks with report and feedback, and the lists behind the officers' and the "my" views. A mentor acts only on their own
 * pairs, a reserve only on their own; officers within their region.
 */
@ApplicationScoped
public class Mentorships {

    private static final Set<String> STARTING_ROLES = Set.of(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER);

    private final EntityManager em;
    private final Outbox outbox;
    private final TransitionRunner runner;
    private final Clock clock;

    public Mentorships(EntityManager em, Outbox outbox, TransitionRunner runner, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.runner = runner;
        this.clock = clock;
    }

    public record StartCommand(UUID mentorId, UUID candidateId, LocalDate startsOn, LocalDate endsOn) {
    }

    @Transactional
    public Mentorship start(StartCommand c, Actor actor) {
        Mentor mentor = Mentor.findById(c.mentorId());
        if (mentor == null || !actor.covers(mentor.regionCode)) {
            throw ProblemException.unprocessable("mentorId", "unknown-mentor");
        }
        // Mentor first, reserve second, always: capacity and one-mentor-per-reserve are decided under both locks.
        AdvisoryLocks.lock(em, "mentor", mentor.id.toString());
        AdvisoryLocks.lock(em, "reserve", c.candidateId().toString());
        em.refresh(mentor);
        Reserve reserve = Reserve.findById(c.candidateId());
        Mentorship.Start start = new Mentorship.Start(mentor, activePairsOf(mentor.id),
                reserve != null && actor.covers(reserve.villageCode) ? reserve : null,
                Mentorship.count("candidateId = ?1 and status = ?2", c.candidateId(), Mentorship.Status.ACTIVE) > 0,
                c.startsOn(), c.endsOn(), today());
        Mentorship.refusalToStart(start).map(Refusal::toProblem).ifPresent(p -> {
            throw p;
        });
        OffsetDateTime now = now();
        Mentorship pair = Mentorship.start(UUID.randomUUID(), start, now);
        pair.persistAndFlush();
        AuditLine line = new AuditLine(Mentorship.Action.START, null, pair.status().name(), actor.id(), actor.roleFor(STARTING_ROLES), null,
                Map.of("mentorId", mentor.id.toString()), now);
        MentorshipJournal.INSTANCE.write(pair, line);
        outbox.publish(MentorshipEvents.TOPIC, MentorshipEvents.STARTED, pair.id.toString(), MentorshipEvents.PairSnapshot.of(pair));
        return pair;
    }

    long activePairsOf(UUID mentorId) {
        return Mentorship.count("mentorId = ?1 and status = ?2", mentorId, Mentorship.Status.ACTIVE);
    }

    /** The pair, if the actor may see it (officer in region, its mentor, its reserve); 404 otherwise. */
    public Mentorship get(UUID id, Actor actor) {
        Mentorship p = Mentorship.findById(id);
        if (p == null || !actor.sees(p.villageCode, p.mentorPersonId, p.candidateId.toString())) {
            throw ProblemException.notFound("mentorship", id);
        }
        return p;
    }

    @Transactional
    public Mentorship end(UUID id, EndReason reason, String note, String ifMatch, Actor actor) {
        return runner.run(new TransitionRunner.Request<>(Mentorship.TRANSITIONS, Mentorship.Action.END, actor, ifMatch,
                () -> get(id, actor), p -> p.end(reason, note, today(), actor.viaEvents()), MentorshipJournal.INSTANCE));
    }

    /** Recruitment says the reserve left the pool: their active pair ends (RESERVE_EXITED). */
    @Transactional
    public void reserveExited(UUID candidateId, String exitReason) {
        Optional<Mentorship> active = Mentorship.find("candidateId = ?1 and status = ?2", candidateId, Mentorship.Status.ACTIVE)
                .firstResultOptional();
        active.ifPresent(p -> runner.run(new TransitionRunner.Request<>(Mentorship.TRANSITIONS, Mentorship.Action.END,
                Actor.service("recruitment-service"), null, () -> p,
                x -> x.end(EndReason.RESERVE_EXITED, exitReason, today(), true), MentorshipJournal.INSTANCE)));
    }

    /** Ends a pair whose period is over (the monthly job). */
    @Transactional
    public void endPeriodOver(UUID id) {
        Mentorship p = Mentorship.findById(id);
        if (p != null && p.active() && p.endsOn.isBefore(today())) {
            runner.run(new TransitionRunner.Request<>(Mentorship.TRANSITIONS, Mentorship.Action.END, Actor.service("training-service"),
                    null, () -> p, x -> x.end(EndReason.PERIOD_OVER, null, today(), true), MentorshipJournal.INSTANCE));
        }
    }

    public record Filter(Mentorship.Status status, UUID mentorId, UUID candidateId, YearMonth silentSince) {
    }

    /** Pairs in the officer's region, oldest first; {@code silentSince}: only pairs with a silent month since then. */
    public List<Mentorship> list(Actor actor, Filter f, int page, int size) {
        return Mentorship.<Mentorship>find(where(f), Sort.by("createdAt").and("id"), params(actor, f)).page(Page.of(page, size)).list();
    }

    public long count(Actor actor, Filter f) {
        return Mentorship.count(where(f), params(actor, f));
    }

    private static String where(Filter f) {
        return "villageCode like :within" + (f.status() == null ? "" : " and status = :status")
                + (f.mentorId() == null ? "" : " and mentorId = :mentorId")
                + (f.candidateId() == null ? "" : " and candidateId = :candidateId")
                + (f.silentSince() == null ? "" : " and id in (select m.pairId from MentorshipMonth m where m.silent = true and m.month >= :since)");
    }

    private static Parameters params(Actor actor, Filter f) {
        Parameters p = Parameters.with("within", actor.region().prefix() + "%");
        if (f.status() != null) {
            p = p.and("status", f.status());
        }
        if (f.mentorId() != null) {
            p = p.and("mentorId", f.mentorId());
        }
        if (f.candidateId() != null) {
            p = p.and("candidateId", f.candidateId());
        }
        return f.silentSince() == null ? p : p.and("since", f.silentSince().toString());
    }

    /** A pair with what its views show beside it: the mentor's and the reserve's names, the newest silent month. */
    public record Named(Mentorship pair, String mentorName, String reserveName, String lastSilentMonth) {
    }

    public List<Named> named(List<Mentorship> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = pairs.stream().map(p -> p.id).toList();
        Map<UUID, String> silent = em.createQuery("select m.pairId, max(m.month) from MentorshipMonth m where m.silent = true"
                        + " and m.pairId in :ids group by m.pairId", Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
        Map<UUID, String> mentors = Mentor.<Mentor>list("id in ?1", pairs.stream().map(p -> p.mentorId).distinct().toList()).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m.name));
        Map<UUID, String> reserves = Reserve.<Reserve>list("candidateId in ?1", pairs.stream().map(p -> p.candidateId).distinct().toList())
                .stream().collect(Collectors.toMap(r -> r.candidateId, r -> r.name));
        return pairs.stream().map(p -> new Named(p, mentors.get(p.mentorId), reserves.get(p.candidateId), silent.get(p.id))).toList();
    }

    public Named named(Mentorship pair) {
        return named(List.of(pair)).get(0);
    }

    /** The caller's own pairs: a mentor's, or a reserve's; newest first. */
    public List<Mentorship> mine(Actor actor, Mentorship.Status status, int page, int size) {
        return Mentorship.<Mentorship>find(mineWhere(actor, status), Sort.by("createdAt", Sort.Direction.Descending).and("id"),
                mineParams(actor, status)).page(Page.of(page, size)).list();
    }

    public long countMine(Actor actor, Mentorship.Status status) {
        return Mentorship.count(mineWhere(actor, status), mineParams(actor, status));
    }

    private static String mineWhere(Actor actor, Mentorship.Status status) {
        return (actor.has(Roles.MENTOR) ? "mentorPersonId = :me" : "candidateId = :me")
                + (status == null ? "" : " and status = :status");
    }

    private static Parameters mineParams(Actor actor, Mentorship.Status status) {
        Parameters p = Parameters.with("me", actor.has(Roles.MENTOR) ? actor.id() : actor.reserveId());
        return status == null ? p : p.and("status", status);
    }

    /** A reserve's active pair, or 404. */
    public Mentorship activeOf(Actor actor) {
        return Mentorship.<Mentorship>find("candidateId = ?1 and status = ?2", actor.reserveId(), Mentorship.Status.ACTIVE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("mentorship", actor.id()));
    }

    public List<MentorshipHistory> history(UUID id, Actor actor, int page, int size) {
        get(id, actor);
        return MentorshipHistory.<MentorshipHistory>find("pairId", Sort.by("id"), id).page(Page.of(page, size)).list();
    }

    public long countHistory(UUID id) {
        return MentorshipHistory.count("pairId", id);
    }

    // Goals

    public record GoalCommand(int year, GrowthArea area, String description) {
    }

    @Transactional
    public Goal setGoal(UUID pairId, GoalCommand c, Actor actor) {
        Mentorship pair = mentorOrOfficer(get(pairId, actor), actor);
        Goal.refusalToSet(pair, c.year()).map(Refusal::toProblem).ifPresent(p -> {
            throw p;
        });
        Goal g = Goal.set(UUID.randomUUID(), pair.id, c.year(), c.area(), c.description(), now());
        g.persistAndFlush();
        outbox.publish(MentorshipEvents.TOPIC, MentorshipEvents.GOAL_SET, pair.id.toString(), MentorshipEvents.GoalSet.of(pair, g));
        return g;
    }

    public List<Goal> goals(UUID pairId, Actor actor, Integer year, int page, int size) {
        get(pairId, actor);
        return Goal.<Goal>find(goalWhere(year), Sort.by("year").and("createdAt").and("id"), goalParams(pairId, year))
                .page(Page.of(page, size)).list();
    }

    public long countGoals(UUID pairId, Integer year) {
        return Goal.count(goalWhere(year), goalParams(pairId, year));
    }

    private static String goalWhere(Integer year) {
        return "pairId = :pair" + (year == null ? "" : " and year = :year");
    }

    private static Parameters goalParams(UUID pairId, Integer year) {
        Parameters p = Parameters.with("pair", pairId);
        return year == null ? p : p.and("year", year);
    }

    public Goal goal(UUID pairId, UUID goalId, Actor actor) {
        get(pairId, actor);
        Goal g = Goal.findById(goalId);
        if (g == null || !g.pairId.equals(pairId)) {
            throw ProblemException.notFound("goal", goalId);
        }
        return g;
    }

    @Transactional
    public Goal changeGoal(UUID pairId, UUID goalId, String description, boolean achieved, String ifMatch, Actor actor) {
        Goal g = goal(pairId, goalId, actor);
        Mentorship pair = mentorOrOfficer(get(pairId, actor), actor);
        Versions.requireMatch(ifMatch, g.version);
        g.change(description, achieved, now());
        em.flush();
        outbox.publish(MentorshipEvents.TOPIC, MentorshipEvents.GOAL_SET, pair.id.toString(), MentorshipEvents.GoalSet.of(pair, g));
        return g;
    }

    // Tasks

    public record TaskCommand(YearMonth month, String title, String description, LocalDate dueOn) {
    }

    @Transactional
    public MentorshipTask setTask(UUID pairId, TaskCommand c, Actor actor) {
        Mentorship pair = mentorOnly(get(pairId, actor), actor);
        MentorshipTask.refusalToSet(pair, c.month(), c.dueOn()).map(Refusal::toProblem).ifPresent(p -> {
            throw p;
        });
        MentorshipTask t = MentorshipTask.set(UUID.randomUUID(), pair.id, c.month(), c.title(), c.description(), c.dueOn(), now());
        t.persistAndFlush();
        publishTask(MentorshipEvents.TASK_ASSIGNED, pair, t);
        return t;
    }

    public List<MentorshipTask> tasks(UUID pairId, Actor actor, MentorshipTask.Status status, int page, int size) {
        get(pairId, actor);
        return MentorshipTask.<MentorshipTask>find(taskWhere(status), Sort.by("dueOn").and("id"), taskParams(pairId, status))
                .page(Page.of(page, size)).list();
    }

    public long countTasks(UUID pairId, MentorshipTask.Status status) {
        return MentorshipTask.count(taskWhere(status), taskParams(pairId, status));
    }

    private static String taskWhere(MentorshipTask.Status status) {
        return "pairId = :pair" + (status == null ? "" : " and status = :status");
    }

    private static Parameters taskParams(UUID pairId, MentorshipTask.Status status) {
        Parameters p = Parameters.with("pair", pairId);
        return status == null ? p : p.and("status", status);
    }

    public MentorshipTask task(UUID pairId, UUID taskId, Actor actor) {
        get(pairId, actor);
        MentorshipTask t = MentorshipTask.findById(taskId);
        if (t == null || !t.pairId.equals(pairId)) {
            throw ProblemException.notFound("task", taskId);
        }
        return t;
    }

    /** One of the caller's tasks (a mentor's or a reserve's), or 404. */
    public MentorshipTask myTask(UUID taskId, Actor actor) {
        MentorshipTask t = MentorshipTask.findById(taskId);
        Mentorship pair = t == null ? null : Mentorship.findById(t.pairId);
        if (pair == null || !(actor.has(Roles.MENTOR) && actor.id().equals(pair.mentorPersonId)
                || actor.has(Roles.RESERVE) && actor.id().equals(pair.candidateId.toString()))) {
            throw ProblemException.notFound("task", taskId);
        }
        return t;
    }

    /** The reserve's report on one of their tasks. */
    @Transactional
    public MentorshipTask report(UUID taskId, String text, String attachmentRef, String ifMatch, Actor actor) {
        MentorshipTask t = myTask(taskId, actor);
        if (!actor.has(Roles.RESERVE)) {
            throw new ProblemException(403, "not-the-reserve");
        }
        Versions.requireMatch(ifMatch, t.version);
        t.report(text, attachmentRef, now()).map(Refusal::toProblem).ifPresent(p -> {
            throw p;
        });
        em.flush();
        publishTask(MentorshipEvents.TASK_REPORTED, Mentorship.findById(t.pairId), t);
        return t;
    }

    /** The mentor's feedback and rating on a reported task: a follow-up, published. */
    @Transactional
    public MentorshipTask feedback(UUID pairId, UUID taskId, String text, Integer rating, String ifMatch, Actor actor) {
        MentorshipTask t = task(pairId, taskId, actor);
        Mentorship pair = mentorOnly(get(pairId, actor), actor);
        Versions.requireMatch(ifMatch, t.version);
        t.feedback(text, rating, now()).map(Refusal::toProblem).ifPresent(p -> {
            throw p;
        });
        em.flush();
        outbox.publish(MentorshipEvents.TOPIC, MentorshipEvents.FOLLOWUP_RECORDED, pair.id.toString(),
                MentorshipEvents.FollowupRecorded.of(pair, t));
        publishTask(MentorshipEvents.TASK_REVIEWED, pair, t);
        return t;
    }

    /** The task's snapshot (no texts but its title), keyed by pair like every event of the pair, so they stay in order. */
    private void publishTask(String type, Mentorship pair, MentorshipTask t) {
        outbox.publish(MentorshipEvents.TOPIC, type, pair.id.toString(), MentorshipEvents.TaskSnapshot.of(pair, t));
    }

    /** A mentor's tasks still to follow up (open or reported, on active pairs), soonest due first. */
    public List<MentorshipTask> myTasks(Actor actor, MentorshipTask.Status status, int page, int size) {
        return MentorshipTask.<MentorshipTask>find(myTaskWhere(actor, status), Sort.by("dueOn").and("id"), myTaskParams(actor, status))
                .page(Page.of(page, size)).list();
    }

    public long countMyTasks(Actor actor, MentorshipTask.Status status) {
        return MentorshipTask.count(myTaskWhere(actor, status), myTaskParams(actor, status));
    }

    private static String myTaskWhere(Actor actor, MentorshipTask.Status status) {
        String pairs = actor.has(Roles.MENTOR)
                ? "select p.id from Mentorship p where p.mentorPersonId = :me and p.status = :active"
                : "select p.id from Mentorship p where p.candidateId = :me";
        String state = status != null ? " and status = :status" : actor.has(Roles.MENTOR) ? " and status <> :reviewed" : "";
        return "pairId in (" + pairs + ")" + state;
    }

    private static Parameters myTaskParams(Actor actor, MentorshipTask.Status status) {
        Parameters p = Parameters.with("me", actor.has(Roles.MENTOR) ? actor.id() : actor.reserveId());
        if (actor.has(Roles.MENTOR)) {
            p = p.and("active", Mentorship.Status.ACTIVE);
        }
        if (status != null) {
            return p.and("status", status);
        }
        return actor.has(Roles.MENTOR) ? p.and("reviewed", MentorshipTask.Status.REVIEWED) : p;
    }

    private static Mentorship mentorOnly(Mentorship pair, Actor actor) {
        if (!(actor.has(Roles.MENTOR) && actor.id().equals(pair.mentorPersonId))) {
            throw new ProblemException(403, "not-the-mentor");
        }
        return pair;
    }

    private static Mentorship mentorOrOfficer(Mentorship pair, Actor actor) {
        boolean officer = (actor.has(Roles.COUNTY_ADMIN) || actor.has(Roles.TOWNSHIP_OFFICER)) && actor.covers(pair.villageCode);
        if (!officer) {
            mentorOnly(pair, actor);
        }
        return pair;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** To the microsecond, as PostgreSQL keeps it: an event written now tells the same instant as one written after a reload. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
