package org.reservoir.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.HistoryLine;

import java.util.UUID;

/** One line of the history of an enrolment, a practice assignment or an education record: who did what, when and why. */
@Entity
@Table(name = "training_history")
public class TrainingHistory extends HistoryLine {

    /** Whose history a line belongs to. */
    public enum Subject {
        ENROLMENT,
        PRACTICE,
        EDUCATION
    }

    @Column(name = "subject_kind")
    public String subjectKind;

    @Column(name = "subject_id")
    public UUID subjectId;

    public static TrainingHistory of(Subject kind, UUID subjectId, AuditLine line) {
        TrainingHistory h = new TrainingHistory();
        h.subjectKind = kind.name();
        h.subjectId = subjectId;
        h.record(line);
        return h;
    }
}
