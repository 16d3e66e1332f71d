package org.reservoir.training.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which months of a pair are silent: judged only when the pair ran through all of them; silent without task and feedback. */
class SilenceTest {

    /** The months the monthly job would flag for a pair over a year, as it judges them one by one. */
    static List<YearMonth> flagged(LocalDate startsOn, LocalDate endedOn, Set<YearMonth> tasks, Set<YearMonth> feedback, YearMonth upTo) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(startsOn); !m.isAfter(upTo); m = m.plusMonths(1)) {
            if (Silence.coversWhole(startsOn, endedOn, m) && Silence.silent(m, tasks, feedback)) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void aMonthWithATaskOrFeedbackIsNotSilent() {
        YearMonth oct = YearMonth.of(2026, 10);
        assertTrue(Silence.silent(oct, Set.of(), Set.of()));
        assertFalse(Silence.silent(oct, Set.of(oct), Set.of()), "a task set for the month");
        assertFalse(Silence.silent(oct, Set.of(), Set.of(oct)), "feedback given in the month (on an older task)");
        assertTrue(Silence.silent(oct, Set.of(oct.minusMonths(1)), Set.of(oct.plusMonths(1))), "other months do not count");
    }

    @Test
    void onlyWholeMonthsOfThePairAreJudged() {
        LocalDate start = LocalDate.of(2026, 3, 20);
        assertFalse(Silence.coversWhole(start, null, YearMonth.of(2026, 3)), "started mid-month");
        assertTrue(Silence.coversWhole(start, null, YearMonth.of(2026, 4)));
        assertTrue(Silence.coversWhole(LocalDate.of(2026, 4, 1), null, YearMonth.of(2026, 4)), "started on the first");
        assertFalse(Silence.coversWhole(start, LocalDate.of(2026, 6, 30), YearMonth.of(2026, 6)), "ended on the last day");
        assertTrue(Silence.coversWhole(start, LocalDate.of(2026, 7, 1), YearMonth.of(2026, 6)), "ended the day after");
        assertFalse(Silence.coversWhole(start, LocalDate.of(2026, 5, 10), YearMonth.of(2026, 6)), "after the end");
    }

    @Test
    void aYearOfMentoringWithTwoGaps() {
        LocalDate start = LocalDate.of(2026, 1, 15);
        Set<YearMonth> tasks = Set.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 5), YearMonth.of(2026, 6),
                YearMonth.of(2026, 8));
        Set<YearMonth> feedback = Set.of(YearMonth.of(2026, 3), YearMonth.of(2026, 7));
        assertEquals(List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 9), YearMonth.of(2026, 10)),
                flagged(start, null, tasks, feedback, YearMonth.of(2026, 10)));
        assertEquals(List.of(YearMonth.of(2026, 4)), flagged(start, LocalDate.of(2026, 9, 15), tasks, feedback, YearMonth.of(2026, 10)),
                "a pair ended mid-September is not judged for September");
    }
}
