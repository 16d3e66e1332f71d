package org.reservoir.infrastructure.transitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The columns every aggregate's history table shares: one {@link AuditLine} (action, from, to, actor, role, reason,
 * details, time). An aggregate's history entity adds the id of the aggregate it belongs to. The fields are
 * protected and read through accessors: a service's Panache enhancement would otherwise rewrite accesses to public
 * fields declared in this jar into accessors it cannot see.
 */
@MappedSuperclass
public abstract class HistoryLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    protected Long id;

    protected String action;

    @Column(name = "from_status")
    protected String fromStatus;

    @Column(name = "to_status")
    protected String toStatus;

    protected String actor;

    @Column(name = "actor_role")
    protected String actorRole;

    protected String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    protected Map<String, Object> details;

    protected OffsetDateTime at;

    /** Copies {@code line} into this entity's columns. */
    protected void record(AuditLine line) {
        action = line.action().name();
        fromStatus = line.from();
        toStatus = line.to();
        actor = line.actor();
        actorRole = line.role();
        reason = line.reason();
        details = line.details();
        at = line.at();
    }

    public Long id() {
        return id;
    }

    public String action() {
        return action;
    }

    public String fromStatus() {
        return fromStatus;
    }

    public String toStatus() {
        return toStatus;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public String reason() {
        return reason;
    }

    public Map<String, Object> details() {
        return details;
    }

    public OffsetDateTime at() {
        return at;
    }
}
