package org.reservoir.assessment.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.assessment.domain.Appraisal;
import org.reservoir.assessment.domain.Grade;
import org.reservoir.assessment.domain.Proposal;
import org.reservoir.assessment.domain.ProposalKind;
import org.reservoir.assessment.domain.ProposalStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Appraisal events on {@value #TOPIC}, keyed by appraisal id (contract: docs/events/assessment.appraisal.v1.schema.json).
 * Payloads carry the reserve's region codes and never an ID number.
 */
public final class AppraisalEvents {

    public static final String TOPIC = "assessment.appraisal.v1";
    public static final String GRADED = "reservoir.assessment.appraisal.graded";
    public static final String PROPOSAL_DECIDED = "reservoir.assessment.proposal.decided";
    public static final String OVERDUE = "reservoir.assessment.appraisal.overdue";

    private AppraisalEvents() {
    }

    @Schema(name = "ProposalRef", description = "A proposal as the graded event names it")
    public record ProposalRef(UUID proposalId, ProposalKind kind, ProposalStatus status) {
        public static ProposalRef of(Proposal p) {
            return new ProposalRef(p.id, p.kind, p.status());
        }
    }

    @Schema(name = "AppraisalGraded", description = "Payload of reservoir.assessment.appraisal.graded")
    public record Graded(UUID appraisalId, UUID cycleId, UUID candidateId, String period, Grade grade, BigDecimal total,
                         List<ProposalRef> proposals, String countyCode, String townshipCode, String villageCode, long version) {
        public static Graded of(Appraisal a, List<Proposal> proposals) {
            return new Graded(a.id, a.cycleId, a.candidateId, a.period, a.grade, a.total, proposals.stream().map(ProposalRef::of).toList(),
                    a.countyCode, a.townshipCode, a.villageCode, a.version());
        }
    }

    @Schema(name = "ProposalDecided", description = "Payload of reservoir.assessment.proposal.decided")
    public record ProposalDecided(UUID proposalId, UUID appraisalId, UUID candidateId, ProposalKind kind, ProposalStatus status,
                                  String reason, String countyCode, String townshipCode, String villageCode, long version) {
        public static ProposalDecided of(Proposal p) {
            return new ProposalDecided(p.id, p.appraisalId, p.candidateId, p.kind, p.status(), p.decisionReason, p.countyCode, p.townshipCode,
                    p.villageCode, p.version());
        }
    }

    @Schema(name = "AppraisalOverdue", description = "Payload of reservoir.assessment.appraisal.overdue")
    public record Overdue(UUID appraisalId, UUID cycleId, UUID candidateId, LocalDate deadline, String countyCode, String townshipCode,
                          String villageCode, long version) {
        public static Overdue of(Appraisal a) {
            return new Overdue(a.id, a.cycleId, a.candidateId, a.deadline, a.countyCode, a.townshipCode, a.villageCode, a.version());
        }
    }
}
