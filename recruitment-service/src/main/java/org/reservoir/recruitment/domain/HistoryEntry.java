package org.reservoir.recruitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.HistoryLine;

import java.util.UUID;

/**
 * One line of a candidate's history: a pipeline transition ({@link CandidateAction}) or a change that keeps the
 * status ({@link HistoryAction}), with who, when and why.
 */
@Entity
@Table(name = "candidate_history")
public class HistoryEntry extends HistoryLine {

    @Column(name = "candidate_id")
    public UUID candidateId;

    public static HistoryEntry of(UUID candidateId, AuditLine line) {
        HistoryEntry h = new HistoryEntry();
        h.candidateId = candidateId;
        h.record(line);
        return h;
    }
}
