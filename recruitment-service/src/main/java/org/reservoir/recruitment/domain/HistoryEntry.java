package org.reservoir.recruitment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One line of a candidate's history: a transition or an override, with who, when and why. */
@Entity
@Table(name = "candidate_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "candidate_id")
    public UUID candidateId;

    @Enumerated(EnumType.STRING)
    public HistoryAction action;

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

    public static HistoryEntry of(Candidate c, HistoryAction action, CandidateStatus from, String actor, String role, String reason,
                                  Map<String, Object> details, OffsetDateTime at) {
        HistoryEntry h = new HistoryEntry();
        h.candidateId = c.id;
        h.action = action;
        h.fromStatus = from == null ? null : from.name();
        h.toStatus = c.status.name();
        h.actor = actor;
        h.actorRole = role;
        h.reason = reason;
        h.details = details;
        h.at = at;
        return h;
    }
}
