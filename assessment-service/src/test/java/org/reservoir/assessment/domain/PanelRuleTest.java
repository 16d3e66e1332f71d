package org.reservoir.assessment.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PanelRuleTest {

    static List<BigDecimal> totals(String... v) {
        return Stream.of(v).map(BigDecimal::new).toList();
    }

    @Test
    void fiveRatersDropTheHighestAndTheLowest() {
        // 95 and 60 dropped: (80 + 82 + 78) / 3 = 80
        assertEquals(new BigDecimal("80.00"), new PanelRule(5, 5).score(totals("95", "80", "60", "82", "78")));
    }

    @Test
    void fewerThanTheThresholdAverageEveryone() {
        assertEquals(new BigDecimal("78.75"), new PanelRule(3, 5).score(totals("95", "80", "60", "80")));
    }

    @Test
    void onlyOneHighestAndOneLowestGoEvenWhenTied() {
        // sorted 70 70 80 90 90 → 70 80 90 → 80
        assertEquals(new BigDecimal("80.00"), new PanelRule(5, 5).score(totals("90", "70", "90", "70", "80")));
    }

    @Test
    void theThresholdIsConfigurable() {
        assertEquals(new BigDecimal("81.67"), new PanelRule(3, null).score(totals("95", "80", "70")));
        assertEquals(new BigDecimal("80.00"), new PanelRule(3, 3).score(totals("95", "80", "70")));
    }

    @Test
    void meansRoundHalfUp() {
        // 81 + 82 + 82 = 245 / 3 = 81.666… → 81.67
        assertEquals(new BigDecimal("81.67"), new PanelRule(1, null).score(totals("81", "82", "82")));
    }

    @Test
    void tooFewSheetsCannotBeScored() {
        assertThrows(IllegalArgumentException.class, () -> new PanelRule(5, 5).score(totals("80", "80", "80", "80")));
    }
}
