package org.reservoir.training.domain;

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
import org.reservoir.infrastructure.transitions.AuditLine;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One line of a pair's history: started or ended, by whom in which role, why and when. */
@Entity
@Table(name = "mentorship_history")
public class MentorshipHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pair_id")
    public UUID pairId;

    @Enumerated(EnumType.STRING)
    public Mentorship.Action action;

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

    public static MentorshipHistory of(UUID pairId, AuditLine line) {
        MentorshipHistory h = new MentorshipHistory();
        h.pairId = pairId;
        h.action = (Mentorship.Action) line.action();
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
