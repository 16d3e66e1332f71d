package org.reservoir.training.domain;

/** What a training programme is. */
public enum ProgrammeKind {
    /** 岗前培训 */
    PRE_POST,
    /** 常态培训 */
    REGULAR,
    /** 学历提升 */
    EDUCATION_UPGRADE,
    /** 集中帮带日 (双强双带, monthly) */
    COLLECTIVE_MENTORING_DAY
}
