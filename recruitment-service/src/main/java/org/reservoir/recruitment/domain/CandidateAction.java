package org.reservoir.recruitment.domain;

/** What can be done to a candidate; {@link Pipeline} says when and by whom. */
public enum CandidateAction {
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
    EXIT
}
