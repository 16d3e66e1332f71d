package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reservoir.infrastructure.transitions.AuditLine;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One line of the history of an enrolment, a practice assignment or an education record: who did what, when and why. */
@Entity
@Table(name = "training_history")
public class TrainingHistory extends PanacheEntityBase {

    /** Whose history a line belongs to. */
    public enum Subject {
        ENROLMENT,
        PRACTICE,
        EDUCATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subject_kind")
    public String subjectKind;

    @Column(name = "subject_id")
    public UUID subjectId;

    public String action;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;

    public OffsetDateTime at;

    public static TrainingHistory of(Subject kind, UUID subjectId, AuditLine line) {
        TrainingHistory h = new TrainingHistory();
        h.subjectKind = kind.name();
        h.subjectId = subjectId;
        h.action = line.action().name();
        h.fromStatus = line.from();
        h.toStatus = line.to();
        h.actor = line.actor();
        h.actorRole = line.role();
        h.reason = line.reason();
        h.details = line.details();
        h.at = line.at();
        return h;
    }
}
