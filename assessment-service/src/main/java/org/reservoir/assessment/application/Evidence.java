package org.reservoir.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.assessment.domain.Appraisal;
import org.reservoir.assessment.domain.AppraisalCycle;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Training evidence shown on an appraisal: hours credited by training-service and mentorship follow-ups recorded in
 * the appraisal's half year (projections of training.attendance.v1 and training.mentorship.v1, see consumers/).
 */
@ApplicationScoped
public class Evidence {

    private final EntityManager em;

    public Evidence(EntityManager em) {
        this.em = em;
    }

    @Schema(name = "AppraisalEvidence", description = "Training evidence in the appraisal's half year, from training-service's events")
    public record View(LocalDate from, LocalDate to, BigDecimal trainingHours, long trainingSessions, long mentorshipFollowUps,
                       BigDecimal averageFollowUpRating) {
    }

    public View of(Appraisal a) {
        AppraisalCycle c = AppraisalCycle.findById(a.cycleId);
        LocalDate from = c.period.firstDay(c.year);
        LocalDate to = c.period.lastDay(c.year);
        Object[] hours = (Object[]) em.createNativeQuery("select coalesce(sum(hours), 0), count(*) from evidence_training_hours "
                        + "where candidate_id = ?1 and attended_on between ?2 and ?3")
                .setParameter(1, a.candidateId).setParameter(2, from).setParameter(3, to).getSingleResult();
        Object[] followUps = (Object[]) em.createNativeQuery("select count(*), round(avg(rating), 2) from evidence_mentorship_followup "
                        + "where candidate_id = ?1 and month between ?2 and ?3")
                .setParameter(1, a.candidateId).setParameter(2, from.toString().substring(0, 7)).setParameter(3, to.toString().substring(0, 7))
                .getSingleResult();
        return new View(from, to, (BigDecimal) hours[0], ((Number) hours[1]).longValue(), ((Number) followUps[0]).longValue(),
                (BigDecimal) followUps[1]);
    }
}
