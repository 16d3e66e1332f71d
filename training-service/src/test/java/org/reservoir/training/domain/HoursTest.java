package org.reservoir.training.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reserve's yearly hours against the county's minimum, and who falls short. */
class HoursTest {

    private static Hours.Credit credit(String day, String hours) {
        return new Hours.Credit(LocalDate.parse(day), new BigDecimal(hours));
    }

    @Test
    void onlyTheYearsAttendancesCount() {
        Hours h = Hours.of(2026, List.of(credit("2025-12-31", "8"), credit("2026-01-01", "3"), credit("2026-06-30", "1.5"),
                credit("2027-01-01", "4")), new BigDecimal("12"));
        assertEquals(0, new BigDecimal("4.5").compareTo(h.hours()));
        assertEquals(0, new BigDecimal("7.5").compareTo(h.shortfall()));
        assertTrue(h.falls());
    }

    @Test
    void meetingOrExceedingTheMinimumLeavesNoShortfall() {
        Hours exact = Hours.of(2026, List.of(credit("2026-03-01", "6"), credit("2026-04-01", "6")), new BigDecimal("12"));
        assertEquals(0, exact.shortfall().signum());
        assertFalse(exact.falls());
        Hours more = Hours.of(2026, List.of(credit("2026-03-01", "20")), new BigDecimal("12"));
        assertEquals(0, more.shortfall().signum(), "never negative");
    }

    @Test
    void withoutARequirementNobodyFallsShortAndNoHoursIsZero() {
        Hours none = Hours.of(2026, List.of(), null);
        assertEquals(0, none.hours().signum());
        assertEquals(0, none.required().signum());
        assertFalse(none.falls());
        Hours nothingYet = Hours.of(2026, List.of(), new BigDecimal("24"));
        assertEquals(0, new BigDecimal("24").compareTo(nothingYet.shortfall()));
    }
}
