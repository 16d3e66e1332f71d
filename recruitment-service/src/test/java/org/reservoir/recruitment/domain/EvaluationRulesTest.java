package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reservoir.recruitment.domain.CandidateStatus.*;

class EvaluationRulesTest {

    @Test
    void scoresAreSettledExactlyPastEvaluation() {
        EnumSet<CandidateStatus> open = EnumSet.of(REGISTERED, TOWNSHIP_APPROVED, IN_JOINT_REVIEW, VETTED, EVALUATED);
        for (CandidateStatus s : CandidateStatus.values()) {
            assertEquals(!open.contains(s), EvaluationRules.settled(s), s.name());
        }
    }
}
