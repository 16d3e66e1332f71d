package org.reservoir.assessment.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.reservoir.assessment.domain.AppraisalFixtures.*;

/**
 * The grade rule table shipped as data (appraisal/grade-rules.json), with the cases of seed 003 (Neixiang: 德能勤绩廉
 * every half year plus democratic appraisal; the excellent and well-liked become key cultivation targets, the poor
 * performers with low satisfaction are adjusted out).
 */
class GradeRulesTest {

    private static final GradeRules RULES = GradeRules.shipped();
    private static final Map<Dimension, Integer> WEIGHTS = cycle().weights();

    private static GradeRules.Outcome grade(Map<Dimension, BigDecimal> scores, GroupVotes... votes) {
        return RULES.grade(scores, WEIGHTS, 30, List.of(votes));
    }

    @Test
    void theTotalIsExactAndRoundedHalfUpOnlyAtTheEnd() {
        // 90.5×20 + 88×20 + 92.25×20 + 85×30 + 95×10 = 8915 → 89.15; ballots (42×100 + 11×80 + 2×60) / 55 = 94.5454…
        GradeRules.Outcome o = grade(scores("90.5", "88", "92.25", "85", "95"), villagers(30, 8, 2, 0), members(12, 3, 0, 0));
        assertEquals(new BigDecimal("89.15"), o.committeeScore());
        assertEquals(new BigDecimal("94.55"), o.democraticScore());
        // 89.15 × 0.7 + 94.5454… × 0.3 = 62.405 + 28.3636… = 90.7686… → 90.77
        assertEquals(new BigDecimal("90.77"), o.total());
        assertEquals(Grade.EXCELLENT, o.grade());
        assertEquals("excellent", o.ruleId());
    }

    @Test
    void aThirdOfIncompetentVotesIsIncompetentWhateverTheScore() {
        // 10 of 30 ballots incompetent: exactly one third.
        GradeRules.Outcome o = grade(allScores("98"), villagers(15, 3, 2, 8), members(0, 0, 0, 2));
        assertEquals(Grade.INCOMPETENT, o.grade());
        assertEquals("incompetent-votes-third", o.ruleId());
        // 9 of 30 stays below the third: the score decides.
        GradeRules.Outcome below = grade(allScores("98"), villagers(16, 3, 2, 7), members(0, 0, 0, 2));
        assertEquals(Grade.COMPETENT, below.grade(), "16/30 excellent ballots: over half, but only 19/30 satisfied");
    }

    @Test
    void excellentNeedsTheScoreAndTheVillagersSatisfaction() {
        assertEquals(Grade.EXCELLENT, grade(allScores("95"), villagers(20, 4, 1, 0)).grade());
        assertEquals(Grade.COMPETENT, grade(allScores("95"), villagers(10, 14, 1, 0)).grade(), "fewer than half excellent");
        assertEquals(Grade.COMPETENT, grade(allScores("85"), villagers(25, 0, 0, 0)).grade(),
                "85 × 0.7 + 100 × 0.3 = 89.5: below 90");
        assertEquals(Grade.EXCELLENT, grade(allScores("86"), villagers(25, 0, 0, 0)).grade(), "86 × 0.7 + 100 × 0.3 = 90.2");
    }

    @Test
    void lowTotalsAndDissatisfactionGradeDown() {
        assertEquals(Grade.BASICALLY_COMPETENT, grade(allScores("65"), villagers(2, 20, 3, 0)).grade());
        assertEquals(Grade.BASICALLY_COMPETENT, grade(allScores("85"), villagers(2, 8, 9, 1)).grade(), "half dissatisfied");
        GradeRules.Outcome low = grade(allScores("40"), villagers(0, 20, 5, 0));
        assertEquals(Grade.INCOMPETENT, low.grade());
        assertEquals("total-below-60", low.ruleId());
    }

    @Test
    void totalThresholdsReadTheRoundedTotal() {
        // committee 59.99 with no democratic weight: below 60
        assertEquals(Grade.INCOMPETENT, RULES.grade(allScores("59.99"), WEIGHTS, 0, List.of(villagers(0, 10, 0, 0))).grade());
        assertEquals(Grade.BASICALLY_COMPETENT, RULES.grade(allScores("60"), WEIGHTS, 0, List.of(villagers(0, 10, 0, 0))).grade());
    }

    @Test
    void theTableIsDataAnotherTableGradesOtherwise() {
        GradeRules half = GradeRules.read(new ByteArrayInputStream("""
                {"version":"test","democraticPoints":{"EXCELLENT":100,"COMPETENT":80,"BASICALLY_COMPETENT":60,"INCOMPETENT":0},
                 "rules":[{"id":"half","grade":"INCOMPETENT","shares":[{"grades":["INCOMPETENT"],"voters":"PARTY_MEMBERS","atLeast":"1/2"}]},
                          {"id":"rest","grade":"COMPETENT"}]}""".getBytes(StandardCharsets.UTF_8)), GradeRules.class);
        List<GroupVotes> votes = List.of(villagers(15, 3, 2, 8), members(0, 0, 0, 2));
        assertEquals(Grade.INCOMPETENT, half.grade(allScores("98"), WEIGHTS, 30, votes).grade(), "both party members voted incompetent");
        assertEquals(Grade.INCOMPETENT, half.grade(allScores("98"), WEIGHTS, 30, List.of(villagers(15, 3, 2, 8), members(1, 0, 0, 1)))
                .grade(), "1/2 of the party members is reached");
        assertEquals(Grade.COMPETENT, half.grade(allScores("98"), WEIGHTS, 30, List.of(villagers(15, 3, 2, 8), members(2, 0, 0, 1)))
                .grade(), "1/3 of the party members is not; the villagers' third no longer counts under this table");
    }

    @Test
    void aTableWithoutAFinalCatchAllIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GradeRules("x", RULES.democraticPoints(),
                List.of(new GradeRules.Rule("r", Grade.COMPETENT, BigDecimal.TEN, null, null, null))));
    }
}
