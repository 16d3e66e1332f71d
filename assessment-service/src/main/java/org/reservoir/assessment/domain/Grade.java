package org.reservoir.assessment.domain;

/** An appraisal's grade, and the choices on a democratic-appraisal ballot (优秀/称职/基本称职/不称职). */
public enum Grade {
    EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT
}
