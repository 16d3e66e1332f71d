package org.reservoir.training.application;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.Mentor;
import org.reservoir.training.domain.MentorKind;
import org.reservoir.training.domain.Mentorship;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Mentor use cases: register within the caller's region, read, change (If-Match). */
@ApplicationScoped
public class Mentors {

    private final EntityManager em;
    private final Clock clock;

    public Mentors(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public record Registration(String personId, String name, MentorKind kind, String regionCode, Integer capacity) {
    }

    @Transactional
    public Mentor register(Registration r, Actor actor) {
        Mentor.refusalOfRegion(r.regionCode()).map(Refusal::toProblem).ifPresent(p -> {
            throw p;
        });
        if (!actor.covers(r.regionCode())) {
            throw new ProblemException(403, "out-of-jurisdiction", r.regionCode(), actor.regionCode());
        }
        AdvisoryLocks.lock(em, "mentor-person", r.personId());
        Mentor existing = Mentor.find("personId", r.personId()).firstResult();
        if (existing != null) {
            // The person id is the mentor's sign-in subject, so it stays unique across regions. Only a caller who may read
            // the existing mentor learns that it is one; anyone else gets the generic answer a unique index gives.
            throw readable(existing, actor) ? new ProblemException(409, "mentor-exists", r.personId()) : new ProblemException(409, "duplicate");
        }
        Mentor m = Mentor.register(UUID.randomUUID(), r.personId(), r.name(), r.kind(), r.regionCode(), r.capacity(), now());
        m.persistAndFlush();
        return m;
    }

    /** The mentor, if inside the caller's region or the caller themself (404 otherwise: no oracle). */
    public Mentor get(UUID id, Actor actor) {
        Mentor m = Mentor.findById(id);
        if (m == null || !readable(m, actor)) {
            throw ProblemException.notFound("mentor", id);
        }
        return m;
    }

    private static boolean readable(Mentor m, Actor actor) {
        return actor.officer() && actor.covers(m.regionCode) || actor.id().equals(m.personId);
    }

    public List<Mentor> list(Actor actor, Boolean active, int page, int size) {
        return Mentor.<Mentor>find(where(active), Sort.by("createdAt").and("id"), params(actor, active)).page(Page.of(page, size)).list();
    }

    public long count(Actor actor, Boolean active) {
        return Mentor.count(where(active), params(actor, active));
    }

    private static String where(Boolean active) {
        return "regionCode like :within" + (active == null ? "" : " and active = :active");
    }

    private static Parameters params(Actor actor, Boolean active) {
        Parameters p = Parameters.with("within", actor.region().prefix() + "%");
        return active == null ? p : p.and("active", active);
    }

    public long activePairs(UUID mentorId) {
        return Mentorship.count("mentorId = ?1 and status = ?2", mentorId, Mentorship.Status.ACTIVE);
    }

    public record Change(String name, MentorKind kind, int capacity, boolean active) {
    }

    @Transactional
    public Mentor change(UUID id, Change c, String ifMatch, Actor actor) {
        Mentor m = get(id, actor);
        Versions.requireMatch(ifMatch, m.version);
        // Pairs start under this lock too, so the capacity is never lowered below a pair being started.
        AdvisoryLocks.lock(em, "mentor", m.id.toString());
        m.change(c.name(), c.kind(), c.capacity(), c.active(), activePairs(m.id), now()).map(Refusal::toProblem).ifPresent(p -> {
            throw p;
        });
        em.flush();
        return m;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
