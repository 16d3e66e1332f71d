package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A month of a pair judged by the monthly silence job: silent or not. Written once per pair and month. */
@Entity
@Table(name = "mentorship_month")
@IdClass(MentorshipMonth.Key.class)
public class MentorshipMonth extends PanacheEntityBase {

    @Id
    @Column(name = "pair_id")
    public UUID pairId;

    /** {@code YYYY-MM} */
    @Id
    public String month;

    public boolean silent;

    @Column(name = "judged_at")
    public OffsetDateTime judgedAt;

    public static class Key implements Serializable {
        public UUID pairId;
        public String month;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(pairId, k.pairId) && Objects.equals(month, k.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pairId, month);
        }
    }
}
