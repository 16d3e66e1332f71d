package org.reservoir.recruitment.domain;

import org.reservoir.infrastructure.region.DivisionCode;

import java.util.Optional;

/** The levels the region directory keeps: 县 → 乡镇 → 村. */
public enum RegionLevel {
    COUNTY, TOWNSHIP, VILLAGE;

    /** The directory level of a division code; provinces and cities are not kept here. */
    public static Optional<RegionLevel> of(DivisionCode code) {
        return switch (code.level()) {
            case COUNTY -> Optional.of(COUNTY);
            case TOWNSHIP -> Optional.of(TOWNSHIP);
            case VILLAGE -> Optional.of(VILLAGE);
            default -> Optional.empty();
        };
    }
}
