package org.reservoir.reporting.events;

/** assessment's and training's topics reporting projects (docs/events/assessment.appraisal.v1, training.*.v1 schemas). */
public final class CultivationTopics {

    public static final String APPRAISAL = "assessment.appraisal.v1";
    public static final String APPRAISAL_GRADED = "reservoir.assessment.appraisal.graded";
    public static final String PROPOSAL_DECIDED = "reservoir.assessment.proposal.decided";
    public static final String APPRAISAL_OVERDUE = "reservoir.assessment.appraisal.overdue";

    public static final String MENTORSHIP = "training.mentorship.v1";
    public static final String PAIR_STARTED = "reservoir.training.mentorship.started";
    public static final String PAIR_ENDED = "reservoir.training.mentorship.ended";
    public static final String FOLLOWUP_RECORDED = "reservoir.training.mentorship.followup-recorded";
    public static final String PAIR_SILENT = "reservoir.training.mentorship.silent";

    public static final String ATTENDANCE = "training.attendance.v1";
    public static final String HOURS_CREDITED = "reservoir.training.hours.credited";

    public static final String PRACTICE = "training.practice.v1";
    public static final String PRACTICE_TYPE_PREFIX = "reservoir.training.practice.";

    private CultivationTopics() {
    }
}
