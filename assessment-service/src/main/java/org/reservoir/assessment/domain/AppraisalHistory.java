package org.reservoir.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.HistoryLine;

import java.util.UUID;

/** One line of the history of a cycle, an appraisal or a proposal (subject kind + id): who did what, when, why. */
@Entity
@Table(name = "appraisal_history")
public class AppraisalHistory extends HistoryLine {

    public enum Subject {
        CYCLE, APPRAISAL, PROPOSAL
    }

    @Column(name = "subject_kind")
    @Enumerated(EnumType.STRING)
    public Subject subjectKind;

    @Column(name = "subject_id")
    public UUID subjectId;

    public static AppraisalHistory of(Subject kind, UUID id, AuditLine line) {
        AppraisalHistory h = new AppraisalHistory();
        h.subjectKind = kind;
        h.subjectId = id;
        h.record(line);
        return h;
    }
}
