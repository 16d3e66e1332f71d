package org.reservoir.recruitment.domain;

import java.math.BigDecimal;

/** What recruitment accepts of assessment's selection evaluation (笔试+面试+实地考察). */
public final class EvaluationRules {

    private EvaluationRules() {
    }

    /** Scores are settled once a candidate is past evaluation (admitted, declined, failed, exited, ...): later results do not change them. */
    public static boolean settled(CandidateStatus status) {
        return status.isTerminal() || status.holdsPlace();
    }

    /** Whether {@code passed} disagrees with the composite measured against the campaign's pass line (passing means composite ≥ pass line). */
    public static boolean contradictsPassLine(BigDecimal composite, boolean passed, BigDecimal passLine) {
        return passed != (composite.compareTo(passLine) >= 0);
    }
}
