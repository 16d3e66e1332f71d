package org.reservoir.training.application;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.TransitionRunner;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.EducationAction;
import org.reservoir.training.domain.EducationLevel;
import org.reservoir.training.domain.EducationRecord;
import org.reservoir.training.domain.EducationStatus;
import org.reservoir.training.domain.Programme;
import org.reservoir.training.domain.Reserve;
import org.reservoir.training.domain.TrainingHistory;
import org.reservoir.training.domain.TrainingSession;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Education-upgrade use cases: record the study, complete it with the level reached (published; recruitment applies it
 * to the candidate's profile) or discontinue it. Nothing is published while the reserve studies.
 */
@ApplicationScoped
public class EducationUpgrades {

    private final Clock clock;
    private final TransitionRunner runner;

    public EducationUpgrades(Clock clock, TransitionRunner runner) {
        this.clock = clock;
        this.runner = runner;
    }

    @Transactional
    public EducationRecord enrol(EducationRecord.Draft d, Actor actor) {
        Reserve reserve = Trainees.inPool(d.candidateId(), "candidateId", actor);
        Programme programme = d.programmeId() == null ? null : Programme.findById(d.programmeId());
        EducationRecord.refusal(d, reserve, programme).ifPresent(r -> {
            throw r.toProblem();
        });
        EducationRecord r = EducationRecord.enrol(UUID.randomUUID(), d, reserve, now());
        r.persistAndFlush();
        TrainingHistory.of(TrainingHistory.Subject.EDUCATION, r.id, new AuditLine(EducationAction.ENROL, null, r.status().name(), actor.id(),
                actor.roleFor(Set.of(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER)), null, Map.of("targetLevel", r.targetLevel.name()), now()))
                .persist();
        return r;
    }

    public EducationRecord get(UUID id, Actor actor) {
        EducationRecord r = id == null ? null : EducationRecord.findById(id);
        if (r == null || !((actor.officer() && actor.covers(r.villageCode))
                || (actor.has(Roles.RESERVE) && actor.id().equals(r.candidateId.toString())))) {
            throw ProblemException.notFound("education-record", id);
        }
        return r;
    }

    public List<EducationRecord> list(Actor actor, UUID candidateId, EducationStatus status, int page, int size) {
        return EducationRecord.<EducationRecord>find(where(candidateId, status), Sort.by("createdAt").and("id"), params(actor, candidateId, status))
                .page(Page.of(page, size)).list();
    }

    public long count(Actor actor, UUID candidateId, EducationStatus status) {
        return EducationRecord.count(where(candidateId, status), params(actor, candidateId, status));
    }

    private static String where(UUID candidateId, EducationStatus status) {
        return "villageCode like :within" + (candidateId == null ? "" : " and candidateId = :c") + (status == null ? "" : " and status = :s");
    }

    private static Parameters params(Actor actor, UUID candidateId, EducationStatus status) {
        Parameters p = Parameters.with("within", actor.region().prefix() + "%");
        if (candidateId != null) {
            p = p.and("c", candidateId);
        }
        return status == null ? p : p.and("s", status);
    }

    public List<EducationRecord> mine(Actor actor, int page, int size) {
        return EducationRecord.<EducationRecord>find("candidateId", Sort.by("createdAt").and("id"), Trainees.me(actor)).page(Page.of(page, size)).list();
    }

    public long mineCount(Actor actor) {
        return EducationRecord.count("candidateId", Trainees.me(actor));
    }

    @Transactional
    public EducationRecord complete(UUID id, EducationLevel level, LocalDate completedOn, String ifMatch, Actor actor) {
        return runner.run(new TransitionRunner.Request<>(EducationRecord.TABLE, EducationAction.COMPLETE, actor, ifMatch, () -> get(id, actor),
                r -> r.complete(level, completedOn, today()), ProgrammeJournals.EDUCATION));
    }

    @Transactional
    public EducationRecord discontinue(UUID id, String reason, String ifMatch, Actor actor) {
        return runner.run(new TransitionRunner.Request<>(EducationRecord.TABLE, EducationAction.DISCONTINUE, actor, ifMatch, () -> get(id, actor),
                r -> r.discontinue(reason), ProgrammeJournals.EDUCATION));
    }

    public List<TrainingHistory> history(UUID id, Actor actor) {
        get(id, actor);
        return TrainingHistory.list("subjectId = ?1 order by id", id);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TrainingSession.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
