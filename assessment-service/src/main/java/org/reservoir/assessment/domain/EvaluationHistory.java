package org.reservoir.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.HistoryLine;

import java.util.UUID;

/** One line of an evaluation's history: scores entered, sealing, corrections ({@link EvaluationAction}) — who, in which role, when, why. */
@Entity
@Table(name = "evaluation_history")
public class EvaluationHistory extends HistoryLine {

    @Column(name = "candidate_id")
    public UUID candidateId;

    public static EvaluationHistory of(UUID candidateId, AuditLine line) {
        EvaluationHistory h = new EvaluationHistory();
        h.candidateId = candidateId;
        h.record(line);
        return h;
    }
}
