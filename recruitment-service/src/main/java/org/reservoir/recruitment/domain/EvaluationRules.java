package org.reservoir.recruitment.domain;

/** What recruitment accepts of assessment's selection evaluation (笔试+面试+实地考察). */
public final class EvaluationRules {

    private EvaluationRules() {
    }

    /** Scores are settled once a candidate is past evaluation (admitted, declined, failed, exited, ...): later results do not change them. */
    public static boolean settled(CandidateStatus status) {
        return status.isTerminal() || status.holdsPlace();
    }
}
