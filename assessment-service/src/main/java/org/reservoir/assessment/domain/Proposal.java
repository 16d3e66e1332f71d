package org.reservoir.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditedEntity;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionTable;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dynamic-adjustment proposal (动态调整) a graded appraisal made: key cultivation or exit. A county admin accepts or
 * dismisses it, with a reason; recruitment applies accepted ones (the mark, or its exit path).
 */
@Entity
@Table(name = "appraisal_proposal")
public class Proposal extends AuditedEntity<ProposalStatus> {

    @Schema(name = "ProposalAction", extensions = @Extension(name = "x-label-type", value = "Proposal.Action"))
    public enum Action {
        PROPOSE, ACCEPT, DISMISS
    }

    public static final TransitionTable<Action, ProposalStatus> TRANSITIONS = new TransitionTable<>("proposal-status", List.of(
            TransitionTable.row(Action.ACCEPT, EnumSet.of(ProposalStatus.OPEN), EnumSet.of(ProposalStatus.ACCEPTED), Roles.COUNTY_ADMIN),
            TransitionTable.row(Action.DISMISS, EnumSet.of(ProposalStatus.OPEN), EnumSet.of(ProposalStatus.DISMISSED), Roles.COUNTY_ADMIN)));

    @Id
    public UUID id;

    @Column(name = "appraisal_id")
    public UUID appraisalId;

    @Column(name = "cycle_id")
    public UUID cycleId;

    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "township_code", columnDefinition = "char(12)")
    public String townshipCode;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    public String period;

    @Enumerated(EnumType.STRING)
    public ProposalKind kind;

    /** The adjustment rule that made it. */
    public String rule;

    @Column(name = "rule_description")
    public String ruleDescription;

    /** The county admin's reason for the decision. */
    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Proposal of(UUID id, Appraisal a, AdjustmentRules.Proposed p, OffsetDateTime now) {
        Proposal x = new Proposal();
        x.id = id;
        x.appraisalId = a.id;
        x.cycleId = a.cycleId;
        x.candidateId = a.candidateId;
        x.countyCode = a.countyCode;
        x.townshipCode = a.townshipCode;
        x.villageCode = a.villageCode;
        x.period = a.period;
        x.kind = p.kind();
        x.rule = p.ruleId();
        x.ruleDescription = p.description();
        x.status = ProposalStatus.OPEN;
        x.createdAt = now;
        x.updatedAt = now;
        return x;
    }

    /** Accepting or dismissing needs a written reason: the decision changes (or keeps) someone's place in the pool. */
    public Decision<ProposalStatus> decide(boolean accept, String reason, String by, OffsetDateTime now) {
        if (reason == null || reason.isBlank()) {
            return Decision.refuse(Refusal.unprocessable("reason", "decision-reason-required"));
        }
        decisionReason = reason.strip();
        decidedBy = by;
        decidedAt = now;
        return Decision.moveTo(accept ? ProposalStatus.ACCEPTED : ProposalStatus.DISMISSED, decisionReason, Map.of("kind", kind.name()));
    }

    /** County matters: the county admin decides, whichever village the reserve is in. */
    @Override
    public String jurisdiction() {
        return villageCode;
    }

}
