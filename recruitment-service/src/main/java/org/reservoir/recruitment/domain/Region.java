package org.reservoir.recruitment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.transitions.Refusal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A county, township or village (行政区划). Villages carry what later work needs: their type (for
 * matching stationed cadres), the number of two-committee seats (村"两委"), and whether the party
 * secretary and the committee director are one person (一肩挑).
 */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "char(12)")
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public RegionLevel level;

    @Column(name = "parent_code", columnDefinition = "char(12)")
    public String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "village_type")
    public VillageType villageType;

    @Column(name = "committee_seats")
    public Integer committeeSeats;

    @Column(name = "secretary_director_one_person")
    public Boolean secretaryDirectorOnePerson;

    public boolean active = true;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The fields a caller may change; null leaves a field as it is. */
    public record Changes(String name, VillageType villageType, Integer committeeSeats, Boolean secretaryDirectorOnePerson) {
    }

    /** A region from a draft that passed {@link RegionRules#check}: level and parent follow from the code. */
    public static Region create(RegionRules.Draft d, OffsetDateTime now) {
        Region r = new Region();
        r.code = d.code();
        r.name = d.name().strip();
        r.level = RegionLevel.of(new DivisionCode(d.code())).orElseThrow();
        r.parentCode = RegionRules.requiredParent(d.code()).orElse(null);
        if (r.level == RegionLevel.VILLAGE) {
            r.villageType = d.villageType();
            r.committeeSeats = d.committeeSeats();
            r.secretaryDirectorOnePerson = Boolean.TRUE.equals(d.secretaryDirectorOnePerson());
        }
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** Renames the region or changes a village's attributes; an inactive region does not change, and the result obeys the rules. */
    public Optional<Refusal> change(Changes changes, OffsetDateTime now) {
        if (!active) {
            return Optional.of(Refusal.conflict("region-inactive", code));
        }
        RegionRules.Draft merged = new RegionRules.Draft(code,
                changes.name() != null ? changes.name() : name,
                changes.villageType() != null ? changes.villageType() : villageType,
                changes.committeeSeats() != null ? changes.committeeSeats() : committeeSeats,
                changes.secretaryDirectorOnePerson() != null ? changes.secretaryDirectorOnePerson() : secretaryDirectorOnePerson);
        List<Violation> violations = RegionRules.check(merged);
        if (!violations.isEmpty()) {
            return Optional.of(Refusal.unprocessable(violations));
        }
        name = merged.name().strip();
        villageType = merged.villageType();
        committeeSeats = merged.committeeSeats();
        secretaryDirectorOnePerson = merged.secretaryDirectorOnePerson();
        updatedAt = now;
        return Optional.empty();
    }

    /** Deactivates the region once every child is inactive already. */
    public Optional<Refusal> deactivate(long activeChildren, OffsetDateTime now) {
        if (!active) {
            return Optional.of(Refusal.conflict("region-inactive", code));
        }
        if (activeChildren > 0) {
            return Optional.of(Refusal.conflict("region-has-active-children", code, activeChildren));
        }
        active = false;
        updatedAt = now;
        return Optional.empty();
    }
}
