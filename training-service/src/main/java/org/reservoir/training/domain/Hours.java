package org.reservoir.training.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * A reserve's training hours in a year against the county's required minimum (学时): the hours of the sessions
 * attended that year, each credited once, and what is still missing.
 */
public record Hours(int year, BigDecimal hours, BigDecimal required, BigDecimal shortfall) {

    public record Credit(LocalDate attendedOn, BigDecimal hours) {
    }

    /** The year's total of {@code credits} (other years ignored) against {@code required} (zero when the county set none). */
    public static Hours of(int year, Collection<Credit> credits, BigDecimal required) {
        BigDecimal total = credits.stream().filter(c -> c.attendedOn().getYear() == year).map(Credit::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return of(year, total, required);
    }

    public static Hours of(int year, BigDecimal total, BigDecimal required) {
        BigDecimal minimum = required == null ? BigDecimal.ZERO : required;
        BigDecimal missing = minimum.subtract(total).max(BigDecimal.ZERO);
        return new Hours(year, total, minimum, missing);
    }

    /** Whether the reserve falls short, i.e. belongs on the shortfall list. */
    public boolean falls() {
        return shortfall.signum() > 0;
    }
}
