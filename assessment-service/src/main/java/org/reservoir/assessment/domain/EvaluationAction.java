package org.reservoir.assessment.domain;

/** What is done to an evaluation, as its history records it; SEAL and CORRECT are the transitions. */
public enum EvaluationAction {
    CREATE,
    ENTER_WRITTEN_TEST,
    ENTER_INTERVIEW_SHEET,
    ENTER_FIELD_VISIT,
    ENTER_DEMOCRATIC_RECOMMENDATION,
    SEAL,
    CORRECT
}
