package org.reservoir.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.DevelopmentPlan;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.Reserve;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Personal development plans (一人一策): drawn and changed by officers of the reserve's region or by the reserve's active
 * mentor; read by them and by the reserve.
 */
@ApplicationScoped
public class Plans {

    private final EntityManager em;
    private final Clock clock;

    public Plans(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public record Content(int year, List<String> goals, List<String> plannedTraining, List<String> plannedPracticePosts) {
    }

    @Transactional
    public DevelopmentPlan draw(UUID candidateId, Content c, Actor actor) {
        Reserve reserve = writable(candidateId, actor);
        AdvisoryLocks.lock(em, "plan", candidateId.toString());
        if (DevelopmentPlan.findById(candidateId) != null) {
            throw new ProblemException(409, "plan-exists", candidateId);
        }
        DevelopmentPlan p = DevelopmentPlan.draw(reserve, c.year(), c.goals(), c.plannedTraining(), c.plannedPracticePosts(), now());
        p.persistAndFlush();
        return p;
    }

    @Transactional
    public DevelopmentPlan change(UUID candidateId, Content c, String ifMatch, Actor actor) {
        writable(candidateId, actor);
        DevelopmentPlan p = find(candidateId);
        Versions.requireMatch(ifMatch, p.version);
        p.change(c.year(), c.goals(), c.plannedTraining(), c.plannedPracticePosts(), now());
        em.flush();
        return p;
    }

    /** The plan, for officers of the region, the reserve's active mentor and the reserve; 404 for anyone else. */
    public DevelopmentPlan get(UUID candidateId, Actor actor) {
        Reserve reserve = Reserve.findById(candidateId);
        if (reserve == null || !(actor.officer() && actor.covers(reserve.villageCode) || isMentorOf(candidateId, actor)
                || actor.has(Roles.RESERVE) && actor.reserveId().equals(candidateId))) {
            throw ProblemException.notFound("plan", candidateId);
        }
        return find(candidateId);
    }

    private static DevelopmentPlan find(UUID candidateId) {
        DevelopmentPlan p = DevelopmentPlan.findById(candidateId);
        if (p == null) {
            throw ProblemException.notFound("plan", candidateId);
        }
        return p;
    }

    /** A reserve in the pool whom the actor may plan for (officer of the region, or the active mentor); 404 otherwise. */
    private Reserve writable(UUID candidateId, Actor actor) {
        Reserve reserve = Reserve.findById(candidateId);
        boolean officer = (actor.has(Roles.COUNTY_ADMIN) || actor.has(Roles.TOWNSHIP_OFFICER)) && reserve != null
                && actor.covers(reserve.villageCode);
        if (reserve == null || !(officer || isMentorOf(candidateId, actor))) {
            throw ProblemException.notFound("reserve", candidateId);
        }
        if (!reserve.inPool) {
            throw ProblemException.unprocessable("candidateId", "reserve-not-in-pool");
        }
        return reserve;
    }

    private static boolean isMentorOf(UUID candidateId, Actor actor) {
        return actor.has(Roles.MENTOR) && Mentorship.count("candidateId = ?1 and status = ?2 and mentorPersonId = ?3", candidateId,
                Mentorship.Status.ACTIVE, actor.id()) > 0;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
