package org.reservoir.recruitment.domain;

import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.region.DivisionCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a region must satisfy, as pure functions: the code is a well-formed division code of a
 * level the directory keeps, and only villages (all of them) carry village attributes.
 */
public final class RegionRules {

    private RegionRules() {
    }

    /** What the rules need to know of a region being created or changed. */
    public record Draft(String code, String name, VillageType villageType, Integer committeeSeats, Boolean secretaryDirectorOnePerson) {
    }

    public static List<Violation> check(Draft draft) {
        List<Violation> violations = new ArrayList<>();
        Optional<DivisionCode> code = DivisionCode.parse(draft.code());
        if (code.isEmpty()) {
            violations.add(new Violation("code", "division-code", draft.code()));
            return violations;
        }
        Optional<RegionLevel> level = RegionLevel.of(code.get());
        if (level.isEmpty()) {
            violations.add(new Violation("code", "region-level", draft.code()));
            return violations;
        }
        boolean village = level.get() == RegionLevel.VILLAGE;
        if (village) {
            if (draft.villageType() == null) {
                violations.add(new Violation("villageType", "village-attribute-required"));
            }
            if (draft.committeeSeats() == null) {
                violations.add(new Violation("committeeSeats", "village-attribute-required"));
            }
        } else {
            if (draft.villageType() != null) {
                violations.add(new Violation("villageType", "village-attribute-only", level.get()));
            }
            if (draft.committeeSeats() != null) {
                violations.add(new Violation("committeeSeats", "village-attribute-only", level.get()));
            }
            if (draft.secretaryDirectorOnePerson() != null) {
                violations.add(new Violation("secretaryDirectorOnePerson", "village-attribute-only", level.get()));
            }
        }
        return violations;
    }

    /** The parent code a region needs in the directory, empty for a county (the directory's roots). */
    public static Optional<String> requiredParent(String code) {
        DivisionCode division = new DivisionCode(code);
        return RegionLevel.of(division).filter(l -> l != RegionLevel.COUNTY)
                .flatMap(l -> division.parent()).map(DivisionCode::value);
    }
}
