package org.reservoir.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.AppraisalHistory;
import org.reservoir.assessment.domain.Proposal;
import org.reservoir.assessment.domain.ProposalKind;
import org.reservoir.assessment.domain.ProposalStatus;
import org.reservoir.assessment.events.AppraisalEvents;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.infrastructure.transitions.TransitionRunner;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Dynamic-adjustment proposals: the county admin accepts or dismisses each with a reason; the decision is an event. */
@ApplicationScoped
public class Proposals {

    private final TransitionRunner runner;
    private final EntityManager em;
    private final Clock clock;

    public Proposals(TransitionRunner runner, EntityManager em, Clock clock) {
        this.runner = runner;
        this.em = em;
        this.clock = clock;
    }

    private static final Journal<Proposal> JOURNAL = new Journal<>() {
        @Override
        public void write(Proposal p, AuditLine line) {
            AppraisalHistory.of(AppraisalHistory.Subject.PROPOSAL, p.id, line).persist();
        }

        @Override
        public Event event(Proposal p, AuditLine line) {
            return new Event(AppraisalEvents.TOPIC, AppraisalEvents.PROPOSAL_DECIDED, p.appraisalId.toString(),
                    AppraisalEvents.ProposalDecided.of(p));
        }
    };

    public record Filter(ProposalStatus status, ProposalKind kind, UUID appraisalId, UUID cycleId) {
    }

    public Proposal get(UUID id, Actor actor) {
        Proposal p = Proposal.findById(id);
        if (p == null || !actor.reads(p.villageCode, p.candidateId)) {
            throw ProblemException.notFound("adjustment-proposal", id);
        }
        return p;
    }

    public List<AppraisalHistory> history(UUID id, Actor actor) {
        get(id, actor);
        return AppraisalHistory.list("subjectId = ?1 order by id", id);
    }

    public List<Proposal> forAppraisal(UUID appraisalId) {
        return Proposal.list("appraisalId = ?1 order by kind", appraisalId);
    }

    public List<Proposal> list(Actor actor, Filter f, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(actor, f, params);
        var q = em.createQuery("select p from Proposal p where " + where + " order by p.createdAt, p.id", Proposal.class);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(Actor actor, Filter f) {
        List<Object> params = new ArrayList<>();
        String where = where(actor, f, params);
        var q = em.createQuery("select count(p) from Proposal p where " + where, Long.class);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q.getSingleResult();
    }

    private static String where(Actor actor, Filter f, List<Object> params) {
        List<String> where = new ArrayList<>();
        params.add(actor.region().prefix() + "%");
        where.add("p.villageCode like ?1");
        if (!actor.officer()) {
            params.add(actor.ownCandidate());
            where.add("p.candidateId = ?" + params.size());
        }
        if (f.status() != null) {
            params.add(f.status());
            where.add("p.status = ?" + params.size());
        }
        if (f.kind() != null) {
            params.add(f.kind());
            where.add("p.kind = ?" + params.size());
        }
        if (f.appraisalId() != null) {
            params.add(f.appraisalId());
            where.add("p.appraisalId = ?" + params.size());
        }
        if (f.cycleId() != null) {
            params.add(f.cycleId());
            where.add("p.cycleId = ?" + params.size());
        }
        return String.join(" and ", where);
    }

    @Transactional
    public Proposal decide(UUID id, boolean accept, String reason, String ifMatch, Actor actor) {
        return runner.run(new TransitionRunner.Request<>(Proposal.TRANSITIONS, accept ? Proposal.Action.ACCEPT : Proposal.Action.DISMISS,
                actor, ifMatch, () -> get(id, actor), p -> p.decide(accept, reason, actor.id(), now()), JOURNAL));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
