package org.reservoir.recruitment.domain;

/**
 * Changes to a candidate that keep the status, recorded in its history beside the pipeline transitions
 * ({@link CandidateAction}); the two never share a name, so a history line's action names exactly one of them.
 */
public enum HistoryAction {
    REGISTER,
    UPDATE_PROFILE,
    SCREEN,
    OVERRIDE_ELIGIBILITY,
    RECORD_EVALUATION_SCORES,
    EXIT_RECOMMENDED,
    DISMISS_EXIT_RECOMMENDATION,
    MARK_KEY_CULTIVATION
}
