package org.reservoir.assessment.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static final List<PlanComponent> PLAN = List.of(new PlanComponent(Component.WRITTEN_TEST, 30, d("100")),
            new PlanComponent(Component.INTERVIEW, 40, d("100")), new PlanComponent(Component.FIELD_VISIT, 30, d("50")));

    @Test
    void weighsEachComponentAgainstItsMaximum() {
        Scoring.Result r = Scoring.composite(PLAN, Map.of(Component.WRITTEN_TEST, d("82.5"), Component.INTERVIEW, d("76.33"),
                Component.FIELD_VISIT, d("44")));
        // 82.5×30/100 = 24.75; 76.33×40/100 = 30.532 → 30.53; 44×30/50 = 26.40
        assertEquals(List.of(d("24.75"), d("30.53"), d("26.40")), r.breakdown().stream().map(Scoring.Part::weighted).toList());
        assertEquals(d("81.68"), r.composite());
        assertEquals(r.composite(), r.breakdown().stream().map(Scoring.Part::weighted).reduce(BigDecimal.ZERO, BigDecimal::add),
                "the breakdown adds up to the composite");
    }

    @Test
    void roundsHalfUpToTwoPlaces() {
        List<PlanComponent> thirds = List.of(new PlanComponent(Component.WRITTEN_TEST, 50, d("30")),
                new PlanComponent(Component.INTERVIEW, 50, d("30")));
        // 1×50/30 = 1.6666… → 1.67 ; 0.3×50/30 = 0.5 exactly; 0.03×50/30 = 0.05; 0.009×50/30 = 0.015 → 0.02 (HALF_UP)
        assertEquals(d("1.67"), Scoring.composite(thirds, Map.of(Component.WRITTEN_TEST, d("1"), Component.INTERVIEW, d("0"))).composite());
        assertEquals(d("0.02"), Scoring.composite(thirds, Map.of(Component.WRITTEN_TEST, d("0.009"), Component.INTERVIEW, d("0"))).composite());
    }

    @Test
    void fullMarksGiveOneHundred() {
        assertEquals(d("100.00"), Scoring.composite(PLAN, Map.of(Component.WRITTEN_TEST, d("100"), Component.INTERVIEW, d("100"),
                Component.FIELD_VISIT, d("50"))).composite());
    }

    @Test
    void aMissingScoreIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Scoring.composite(PLAN, Map.of(Component.WRITTEN_TEST, d("1"))));
    }

    @Test
    void voteShareScalesToTheMaximum() {
        assertEquals(d("90.00"), Scoring.voteShare(45, 50, d("100")));
        assertEquals(d("66.67"), Scoring.voteShare(2, 3, d("100")));
        assertThrows(IllegalArgumentException.class, () -> Scoring.voteShare(4, 3, d("100")));
        assertThrows(IllegalArgumentException.class, () -> Scoring.voteShare(0, 0, d("100")));
    }

    @Test
    void passingMeansReachingThePassLine() {
        assertTrue(Scoring.passes(d("60.00"), d("60")));
        assertFalse(Scoring.passes(d("59.99"), d("60")));
    }
}
