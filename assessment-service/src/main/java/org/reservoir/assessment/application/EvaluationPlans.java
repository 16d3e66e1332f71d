package org.reservoir.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.EvaluationPlan;
import org.reservoir.assessment.persistence.CampaignProjection;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.region.DivisionCode;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Evaluation plans: one per campaign, written by the county admin (or the campaign's own township), fixed once scoring starts. */
@ApplicationScoped
public class EvaluationPlans {

    private final CriteriaTemplates templates;
    private final EntityManager em;
    private final Clock clock;

    public EvaluationPlans(CriteriaTemplates templates, EntityManager em, Clock clock) {
        this.templates = templates;
        this.em = em;
        this.clock = clock;
    }

    /** The campaign as assessment knows it, if the caller's region and the campaign's overlap (404 otherwise: no oracle). */
    public CampaignProjection campaign(UUID campaignId, Actor actor) {
        CampaignProjection c = CampaignProjection.findById(campaignId);
        if (c == null || !related(actor, scope(c))) {
            throw ProblemException.notFound("campaign", campaignId);
        }
        return c;
    }

    static String scope(CampaignProjection c) {
        return (c.scopeCode == null ? c.countyCode : c.scopeCode).trim();
    }

    /** Inside the caller's region, or enclosing it (a county campaign, for a township assessor). */
    static boolean related(Actor actor, String code) {
        DivisionCode other = new DivisionCode(code.trim());
        return actor.region().covers(other) || other.covers(actor.region());
    }

    /** The plan of a campaign the caller may see; 404 when there is none. */
    public EvaluationPlan get(UUID campaignId, Actor actor) {
        campaign(campaignId, actor);
        return EvaluationPlan.<EvaluationPlan>find("campaignId", campaignId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("evaluation-plan", campaignId));
    }

    @Transactional
    public EvaluationPlan create(UUID campaignId, EvaluationPlan.Draft d, Actor actor) {
        CampaignProjection c = campaign(campaignId, actor);
        actorMayPlan(actor, c);
        check(d);
        AdvisoryLocks.lock(em, "evaluation-plan", campaignId.toString());
        if (EvaluationPlan.count("campaignId", campaignId) > 0) {
            throw new ProblemException(409, "evaluation-plan-exists", campaignId);
        }
        OffsetDateTime now = now();
        EvaluationPlan p = new EvaluationPlan();
        p.id = UUID.randomUUID();
        p.campaignId = campaignId;
        p.countyCode = c.countyCode.trim();
        p.scopeCode = scope(c);
        p.createdAt = now;
        p.apply(d, now);
        p.persistAndFlush();
        return p;
    }

    @Transactional
    public EvaluationPlan update(UUID campaignId, EvaluationPlan.Draft d, String ifMatch, Actor actor) {
        CampaignProjection c = campaign(campaignId, actor);
        actorMayPlan(actor, c);
        AdvisoryLocks.lock(em, "evaluation-plan", campaignId.toString());
        EvaluationPlan p = get(campaignId, actor);
        Versions.requireMatch(ifMatch, p.version);
        if (scoringStarted(p.id)) {
            throw new ProblemException(409, "evaluation-plan-locked", campaignId);
        }
        check(d);
        p.apply(d, now());
        em.flush();
        return p;
    }

    /** Whether any score, vote or interview sheet was entered under the plan, or any evaluation sealed. */
    public boolean scoringStarted(UUID planId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from evaluation e where e.plan_id = ?1 and (e.status <> 'OPEN' or e.written_test is not null
                  or e.field_visit_score is not null or e.votes_total is not null
                  or exists (select 1 from interview_sheet s where s.candidate_id = e.candidate_id))""")
                .setParameter(1, planId).getSingleResult()).longValue() > 0;
    }

    /** A county admin plans the campaigns of its county; 403 for a township's caller on a county campaign. */
    private static void actorMayPlan(Actor actor, CampaignProjection c) {
        if (!actor.covers(scope(c))) {
            throw new ProblemException(403, "out-of-jurisdiction", scope(c), actor.regionCode());
        }
    }

    private void check(EvaluationPlan.Draft d) {
        List<Violation> violations = EvaluationPlan.violations(d, templates.find(d.criteriaTemplate()));
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
