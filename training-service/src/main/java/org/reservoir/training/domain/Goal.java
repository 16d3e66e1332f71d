package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.reservoir.infrastructure.transitions.Refusal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** An annual growth goal of a pair (年度成长目标) in one area. */
@Entity
@Table(name = "mentorship_goal")
public class Goal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "pair_id")
    public UUID pairId;

    public int year;

    @Enumerated(EnumType.STRING)
    public GrowthArea area;

    public String description;

    public boolean achieved;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** A goal is set for a year the pair runs in, on an active pair. */
    public static Optional<Refusal> refusalToSet(Mentorship pair, int year) {
        if (!pair.active()) {
            return Optional.of(Refusal.conflict("pair-ended", pair.id));
        }
        if (year < pair.startsOn.getYear() || year > pair.endsOn.getYear()) {
            return Optional.of(Refusal.unprocessable("year", "year-outside-period", pair.startsOn, pair.endsOn));
        }
        return Optional.empty();
    }

    public static Goal set(UUID id, UUID pairId, int year, GrowthArea area, String description, OffsetDateTime now) {
        Goal g = new Goal();
        g.id = id;
        g.pairId = pairId;
        g.year = year;
        g.area = area;
        g.description = description;
        g.createdAt = now;
        g.updatedAt = now;
        return g;
    }

    public void change(String description, boolean achieved, OffsetDateTime now) {
        this.description = description;
        this.achieved = achieved;
        this.updatedAt = now;
    }
}
