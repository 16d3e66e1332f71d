package org.reservoir.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the interview panel's scores become one: at least {@code minRaters} sheets; with {@code trimFrom} or more raters
 * (null: never) the single highest and single lowest total are dropped; the rest are averaged, HALF_UP to 2 places.
 */
public record PanelRule(int minRaters, Integer trimFrom) {

    public static final int SCALE = 2;

    public boolean trims(int raters) {
        return trimFrom != null && raters >= trimFrom;
    }

    /** The totals that count: all, or all but one highest and one lowest. */
    public List<BigDecimal> counted(List<BigDecimal> totals) {
        List<BigDecimal> sorted = new ArrayList<>(totals);
        sorted.sort(Comparator.naturalOrder());
        return trims(sorted.size()) ? sorted.subList(1, sorted.size() - 1) : sorted;
    }

    /** The panel's interview score; call only with at least {@code minRaters} totals. */
    public BigDecimal score(List<BigDecimal> totals) {
        if (totals.size() < Math.max(1, minRaters)) {
            throw new IllegalArgumentException("panel has " + totals.size() + " of " + minRaters + " raters");
        }
        List<BigDecimal> counted = counted(totals);
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(counted.size()), SCALE, RoundingMode.HALF_UP);
    }
}
