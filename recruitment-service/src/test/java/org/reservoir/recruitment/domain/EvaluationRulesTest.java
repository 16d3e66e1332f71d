package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.domain.CandidateStatus.*;

class EvaluationRulesTest {

    private static final BigDecimal PASS_LINE = new BigDecimal("60");

    @Test
    void passedMustAgreeWithThePassLine() {
        assertTrue(EvaluationRules.contradictsPassLine(new BigDecimal("42.5"), true, PASS_LINE));
        assertTrue(EvaluationRules.contradictsPassLine(new BigDecimal("81.65"), false, PASS_LINE));
        assertFalse(EvaluationRules.contradictsPassLine(new BigDecimal("81.65"), true, PASS_LINE));
        assertFalse(EvaluationRules.contradictsPassLine(new BigDecimal("59.99"), false, PASS_LINE));
    }

    @Test
    void thePassLineItselfPasses() {
        assertFalse(EvaluationRules.contradictsPassLine(new BigDecimal("60.00"), true, PASS_LINE));
        assertTrue(EvaluationRules.contradictsPassLine(new BigDecimal("60.00"), false, PASS_LINE));
    }

    @Test
    void scoresAreSettledExactlyPastEvaluation() {
        EnumSet<CandidateStatus> open = EnumSet.of(REGISTERED, TOWNSHIP_APPROVED, IN_JOINT_REVIEW, VETTED, EVALUATED);
        for (CandidateStatus s : CandidateStatus.values()) {
            assertEquals(!open.contains(s), EvaluationRules.settled(s), s.name());
        }
    }
}
