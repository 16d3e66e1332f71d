package org.reservoir.reporting.domain;

import java.util.Optional;

/**
 * How many reserves every village should have (每村 2–3 名后备力量 in Neixiang, at least 3 in Shangdu): a minimum and an
 * optional maximum. A village below the minimum needs people; above the maximum it holds more than the county asks.
 */
public record CoverageTarget(int min, Integer max) {

    public static final CoverageTarget DEFAULT = new CoverageTarget(2, 3);
    public static final int LIMIT = 50;

    public enum Standing {
        BELOW, WITHIN, ABOVE
    }

    /** Why a target is refused (the field and the rule), or empty when it is acceptable. */
    public static Optional<String[]> refusal(Integer min, Integer max) {
        if (min == null) {
            return Optional.of(new String[]{"min", "required"});
        }
        if (min < 1 || min > LIMIT) {
            return Optional.of(new String[]{"min", "range"});
        }
        if (max != null && (max < min || max > LIMIT)) {
            return Optional.of(new String[]{"max", "range"});
        }
        return Optional.empty();
    }

    public Standing standing(long reserves) {
        if (reserves < min) {
            return Standing.BELOW;
        }
        return max != null && reserves > max ? Standing.ABOVE : Standing.WITHIN;
    }
}
