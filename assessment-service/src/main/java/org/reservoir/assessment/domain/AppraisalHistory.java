package org.reservoir.assessment.domain;

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

/** One line of the history of a cycle, an appraisal or a proposal (subject kind + id): who did what, when, why. */
@Entity
@Table(name = "appraisal_history")
public class AppraisalHistory extends PanacheEntityBase {

    public enum Subject {
        CYCLE, APPRAISAL, PROPOSAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subject_kind")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Subject subjectKind;

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

    public static AppraisalHistory of(Subject kind, UUID id, AuditLine line) {
        AppraisalHistory h = new AppraisalHistory();
        h.subjectKind = kind;
        h.subjectId = id;
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
