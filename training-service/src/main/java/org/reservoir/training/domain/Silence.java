package org.reservoir.training.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * A pair is silent in a month when that month saw neither a task set for it nor any feedback from the mentor. Only
 * months the pair ran from first to last day are judged (a pair started on the 20th is first judged the month after),
 * and only months that are over.
 */
public final class Silence {

    private Silence() {
    }

    /** Whether a pair running from {@code startsOn} until {@code endedOn} (null: still running) covers all of {@code month}. */
    public static boolean coversWhole(LocalDate startsOn, LocalDate endedOn, YearMonth month) {
        return !startsOn.isAfter(month.atDay(1)) && (endedOn == null || endedOn.isAfter(month.atEndOfMonth()));
    }

    /** Whether {@code month} is silent, given the months that had a task and the months that had feedback. */
    public static boolean silent(YearMonth month, Set<YearMonth> taskMonths, Set<YearMonth> feedbackMonths) {
        return !taskMonths.contains(month) && !feedbackMonths.contains(month);
    }
}
