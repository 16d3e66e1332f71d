package org.reservoir.recruitment.domain;

/**
 * How many reserves a village should have (Neixiang: every village 2–3). A target given only as a minimum
 * ("at least 3", Shangdu) has no upper bound; no target at all is the usual 2–3.
 */
public record BenchTarget(int min, Integer max) {

    public static final int DEFAULT_MIN = 2;
    public static final int DEFAULT_MAX = 3;

    /** The target a caller named; either bound may be absent. */
    public static BenchTarget of(Integer min, Integer max) {
        if (min == null && max == null) {
            return new BenchTarget(DEFAULT_MIN, DEFAULT_MAX);
        }
        return new BenchTarget(min == null ? DEFAULT_MIN : min, max);
    }

    /** Whether the bounds make sense (a maximum, if any, not below the minimum). */
    public boolean valid() {
        return max == null || max >= min;
    }

    public String status(long total) {
        return total < min ? "BELOW_TARGET" : max != null && total > max ? "ABOVE_TARGET" : "ON_TARGET";
    }
}
