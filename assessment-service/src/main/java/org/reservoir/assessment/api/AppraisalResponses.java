package org.reservoir.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.assessment.application.Evidence;
import org.reservoir.assessment.domain.Appraisal;
import org.reservoir.assessment.domain.AppraisalCycle;
import org.reservoir.assessment.domain.AppraisalHistory;
import org.reservoir.assessment.domain.AppraisalPeriod;
import org.reservoir.assessment.domain.Dimension;
import org.reservoir.assessment.domain.Grade;
import org.reservoir.assessment.domain.GroupVotes;
import org.reservoir.assessment.domain.Proposal;
import org.reservoir.assessment.domain.ProposalKind;
import org.reservoir.assessment.domain.ProposalStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the appraisal endpoints. */
public final class AppraisalResponses {

    private AppraisalResponses() {
    }

    @Schema(name = "AppraisalCycle")
    public record CycleView(UUID id, String countyCode, int year, AppraisalPeriod period, String periodKey, LocalDate opensOn,
                            LocalDate deadline, List<AppraisalCycle.DimensionSpec> dimensions, int democraticWeight,
                            AppraisalCycle.Status status, List<AppraisalCycle.Action> allowedActions, int appraisalCount,
                            String gradeRulesVersion, String adjustmentRulesVersion, long version, OffsetDateTime createdAt,
                            OffsetDateTime updatedAt) {
        static CycleView of(AppraisalCycle c) {
            return new CycleView(c.id, c.countyCode, c.year, c.period, c.periodKey(), c.opensOn, c.deadline, c.dimensions,
                    c.democraticWeight, c.status(), AppraisalCycle.TRANSITIONS.allowedFrom(c.status()), c.appraisalCount,
                    c.gradeRulesVersion, c.adjustmentRulesVersion, c.version(), c.createdAt, c.updatedAt());
        }
    }

    @Schema(name = "AdjustmentProposal", description = "A dynamic-adjustment proposal (动态调整) and the county's decision")
    public record ProposalView(UUID id, UUID appraisalId, UUID cycleId, UUID candidateId, String villageCode, String period,
                               ProposalKind kind, ProposalStatus status, List<Proposal.Action> allowedActions, String rule,
                               String ruleDescription, String decisionReason, String decidedBy, OffsetDateTime decidedAt, long version,
                               OffsetDateTime createdAt) {
        static ProposalView of(Proposal p) {
            return new ProposalView(p.id, p.appraisalId, p.cycleId, p.candidateId, p.villageCode, p.period, p.kind, p.status(),
                    Proposal.TRANSITIONS.allowedFrom(p.status()), p.rule, p.ruleDescription, p.decisionReason, p.decidedBy, p.decidedAt,
                    p.version(), p.createdAt);
        }
    }

    @Schema(name = "Appraisal", description = "One reserve's appraisal: committee scores, democratic ballots, grade, proposals and "
            + "training evidence in the half year")
    public record AppraisalView(UUID id, UUID cycleId, UUID candidateId, String candidateName, String countyCode, String townshipCode,
                                String villageCode, String period, LocalDate deadline, boolean overdue, Appraisal.Status status,
                                List<Appraisal.Action> allowedActions, Map<Dimension, BigDecimal> scores, List<GroupVotes> votes,
                                BigDecimal committeeScore, BigDecimal democraticScore, BigDecimal total, Grade grade, String gradeRule,
                                OffsetDateTime gradedAt, List<ProposalView> proposals, Evidence.View evidence, long version,
                                OffsetDateTime updatedAt) {
        static AppraisalView of(Appraisal a, LocalDate today, List<Proposal> proposals, Evidence.View evidence) {
            return new AppraisalView(a.id, a.cycleId, a.candidateId, a.candidateName, a.countyCode, a.townshipCode, a.villageCode,
                    a.period, a.deadline, a.overdue(today), a.status(),
                    Appraisal.TRANSITIONS.allowedFrom(a.status()).stream().filter(x -> x != Appraisal.Action.WITHDRAW).toList(),
                    a.scores, a.votes, a.committeeScore, a.democraticScore, a.total, a.grade, a.gradeRule, a.gradedAt,
                    proposals.stream().map(ProposalView::of).toList(), evidence, a.version(), a.updatedAt());
        }
    }

    @Schema(name = "AppraisalSummary", description = "A list row")
    public record AppraisalSummary(UUID id, UUID cycleId, UUID candidateId, String candidateName, String villageCode, String period,
                                   LocalDate deadline, boolean overdue, Appraisal.Status status, BigDecimal total, Grade grade) {
        static AppraisalSummary of(Appraisal a, LocalDate today) {
            return new AppraisalSummary(a.id, a.cycleId, a.candidateId, a.candidateName, a.villageCode, a.period, a.deadline,
                    a.overdue(today), a.status(), a.total, a.grade);
        }
    }

    @Schema(name = "AppraisalHistoryEntry", description = "A transition of a cycle, an appraisal or a proposal: who, when, why")
    public record History(String action, String fromStatus, String toStatus, String actor, String actorRole, String reason,
                          Map<String, Object> details, OffsetDateTime at) {
        static History of(AppraisalHistory h) {
            return new History(h.action(), h.fromStatus(), h.toStatus(), h.actor(), h.actorRole(), h.reason(), h.details(), h.at());
        }
    }
}
