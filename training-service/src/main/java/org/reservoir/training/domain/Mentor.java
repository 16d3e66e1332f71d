package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.transitions.Refusal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A mentor (导师): a person who signs in with the {@code mentor} role, their token's subject being {@link #personId}; where
 * they serve, how many reserves they take at once ("1+3+N": three by default) and whether they take new ones.
 */
@Entity
@Table(name = "mentor")
public class Mentor extends PanacheEntityBase {

    public static final int DEFAULT_CAPACITY = 3;
    public static final int MAX_CAPACITY = 20;

    @Id
    public UUID id;

    @Column(name = "person_id")
    public String personId;

    public String name;

    @Enumerated(EnumType.STRING)
    public MentorKind kind;

    @Column(name = "region_code", columnDefinition = "char(12)")
    public String regionCode;

    public int capacity;

    public boolean active;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Mentor register(UUID id, String personId, String name, MentorKind kind, String regionCode, Integer capacity,
                                  OffsetDateTime now) {
        Mentor m = new Mentor();
        m.id = id;
        m.personId = personId;
        m.name = name;
        m.kind = kind;
        m.regionCode = regionCode;
        m.capacity = capacity == null ? DEFAULT_CAPACITY : capacity;
        m.active = true;
        m.createdAt = now;
        m.updatedAt = now;
        return m;
    }

    /** A mentor serves in a township or a village (a county has no mentors of its own). */
    public static Optional<Refusal> refusalOfRegion(String regionCode) {
        Optional<DivisionCode> code = DivisionCode.parse(regionCode);
        if (code.isEmpty()) {
            return Optional.of(Refusal.unprocessable("regionCode", "division-code", regionCode));
        }
        DivisionCode.Level level = code.get().level();
        return level == DivisionCode.Level.TOWNSHIP || level == DivisionCode.Level.VILLAGE ? Optional.empty()
                : Optional.of(Refusal.unprocessable("regionCode", "mentor-region-level", regionCode));
    }

    /** The township the mentor serves in; pairs join a mentor and a reserve of one township (乡选村培). */
    public String townshipCode() {
        return new DivisionCode(regionCode).township().value();
    }

    /** Changes the mentor; capacity never drops below the pairs they hold now. */
    public Optional<Refusal> change(String name, MentorKind kind, int capacity, boolean active, long activePairs, OffsetDateTime now) {
        if (capacity < activePairs) {
            return Optional.of(Refusal.conflict("capacity-below-active-pairs", capacity, activePairs));
        }
        this.name = name;
        this.kind = kind;
        this.capacity = capacity;
        this.active = active;
        this.updatedAt = now;
        return Optional.empty();
    }
}
