package org.reservoir.recruitment.domain;

/** What a line of a candidate's history records: every pipeline action, and the changes that keep the status. */
public enum HistoryAction {
    REGISTER,
    UPDATE_PROFILE,
    SCREEN,
    OVERRIDE_ELIGIBILITY,
    RECORD_EVALUATION_SCORES,
    EXIT_RECOMMENDED,
    DISMISS_EXIT_RECOMMENDATION,
    MARK_KEY_CULTIVATION,
    APPROVE_TOWNSHIP_REVIEW,
    REJECT_TOWNSHIP_REVIEW,
    OPEN_JOINT_REVIEW,
    RECORD_REVIEW_VERDICT,
    RECORD_EVALUATION,
    ADMIT,
    DECLINE_ADMISSION,
    START_PROBATION,
    RECORD_PROBATION_OUTCOME,
    RECORD_ELECTION,
    APPOINT,
    MOVE_TO_FULL_TIME,
    RETURN_TO_POOL,
    EXIT;

    /** The history line of a pipeline action (every {@link CandidateAction} has one of the same name). */
    public static HistoryAction of(CandidateAction action) {
        return valueOf(action.name());
    }
}
