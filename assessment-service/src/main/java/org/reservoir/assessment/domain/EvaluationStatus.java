package org.reservoir.assessment.domain;

/** Where a candidate's selection evaluation stands. */
public enum EvaluationStatus {
    /** 测评中: scores are entered, raters may replace their own sheet */
    OPEN,
    /** 已封存: the result is computed and published; scores no longer change */
    SEALED,
    /** 已更正: a county admin corrected the sealed result (a new result version) */
    CORRECTED
}
