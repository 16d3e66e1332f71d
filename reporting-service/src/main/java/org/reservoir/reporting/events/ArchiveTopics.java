package org.reservoir.reporting.events;

/**
 * Event types the growth archive reads besides those the reports project (docs/events/assessment.evaluation.v1,
 * training.education.v1, training.mentorship.v1 schemas; the others are in {@link RecruitmentTopics} and {@link CultivationTopics}).
 */
public final class ArchiveTopics {

    public static final String EVALUATION = "assessment.evaluation.v1";
    public static final String EVALUATION_COMPLETED = "reservoir.assessment.evaluation.completed";

    public static final String EDUCATION = "training.education.v1";
    public static final String EDUCATION_COMPLETED = "reservoir.training.education.completed";

    public static final String CANDIDATE_REGISTERED = "reservoir.recruitment.candidate.registered";
    public static final String CANDIDATE_STATUS_CHANGED = "reservoir.recruitment.candidate.status-changed";
    public static final String CANDIDATE_KEY_CULTIVATION_MARKED = "reservoir.recruitment.candidate.key-cultivation-marked";
    public static final String PRACTICE_STARTED = "reservoir.training.practice.started";
    public static final String PRACTICE_ENDED = "reservoir.training.practice.ended";

    /** training.mentorship.v1's goal and task snapshots: only the archive reads them. */
    public static final String GOAL_SET = "reservoir.training.mentorship.goal-set";
    public static final String TASK_ASSIGNED = "reservoir.training.mentorship.task-assigned";
    public static final String TASK_REPORTED = "reservoir.training.mentorship.task-reported";
    public static final String TASK_REVIEWED = "reservoir.training.mentorship.task-reviewed";

    private ArchiveTopics() {
    }
}
