package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbationTest {

    /** Jimsar: one month. */
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = Probation.plannedEnd(START, 1);

    @Test
    void thePlannedEndIsTheStartPlusTheCampaignsMonths() {
        assertEquals(LocalDate.of(2026, 10, 1), END);
        assertEquals(LocalDate.of(2026, 12, 1), Probation.plannedEnd(START, 3));
        assertEquals(LocalDate.of(2026, 2, 28), Probation.plannedEnd(LocalDate.of(2026, 1, 31), 1));
    }

    @Test
    void nobodyPassesOnDayZeroWithoutTheCountyAndAReason() {
        assertFalse(Probation.mayPass(END, START, false, "表现良好"), "a township officer, even with a reason");
        assertFalse(Probation.mayPass(END, START, true, null), "the county, without a reason");
        assertFalse(Probation.mayPass(END, START, true, "  "), "the county, with a blank reason");
        assertFalse(Probation.mayPass(END, END.minusDays(1), false, null), "the day before the planned end");
    }

    @Test
    void theCountyMayPassEarlyWithAWrittenReason() {
        assertTrue(Probation.mayPass(END, START, true, "抗洪表现突出，提前转正"));
    }

    @Test
    void fromThePlannedEndOnAPassNeedsNoMore() {
        assertTrue(Probation.mayPass(END, END, false, null));
        assertTrue(Probation.mayPass(END, END.plusMonths(2), false, null));
    }
}
