package org.reservoir.reporting.domain;

/**
 * What a line of a reserve's growth archive (一人一档) records, and the context whose event it comes from. {@link #dated} kinds
 * happen on a day (a date in China), the others at an instant.
 */
public enum ArchiveLineKind {
    /** recruitment: the registration (报名登记). */
    REGISTERED(false),
    /** recruitment: a step of the pipeline — township review, joint review, admission, probation, election, appointment, exit. */
    STATUS_CHANGED(false),
    /** recruitment: marked for key cultivation (重点培养). */
    KEY_CULTIVATION(false),
    /** assessment: the sealed selection evaluation's scores (选拔测评). */
    EVALUATED(false),
    /** assessment: a half-yearly appraisal's grade (半年考评). */
    APPRAISAL_GRADED(false),
    /** assessment: a dynamic-adjustment proposal accepted or dismissed (动态调整). */
    PROPOSAL_DECIDED(false),
    /** training: a mentor pair began (导师帮带). */
    MENTOR_PAIR_STARTED(true),
    /** training: a mentor pair ended. */
    MENTOR_PAIR_ENDED(true),
    /** training: an annual growth goal of the mentor pair (年度成长目标), as set and changed (achieved). */
    GROWTH_GOAL(false),
    /** training: a monthly task of the mentor pair (每月任务), at its setting, with its status now. */
    MONTHLY_TASK(false),
    /** training: the mentor's feedback on a monthly task. */
    FOLLOW_UP(false),
    /** training: hours credited for a session (学时). */
    TRAINING_HOURS(true),
    /** training: a practice post began (上岗锻炼). */
    PRACTICE_STARTED(true),
    /** training: a practice post ended, with its evaluation. */
    PRACTICE_ENDED(true),
    /** training: an education upgrade completed (学历提升). */
    EDUCATION_UPGRADED(true);

    public final boolean dated;

    ArchiveLineKind(boolean dated) {
        this.dated = dated;
    }
}
