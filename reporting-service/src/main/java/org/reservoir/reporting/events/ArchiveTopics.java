package org.reservoir.reporting.events;

/**
 * Event types the growth archive reads besides those the reports project (docs/events/assessment.evaluation.v1,
 * training.education.v1 schemas; the others are in {@link RecruitmentTopics} and {@link CultivationTopics}).
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

    private ArchiveTopics() {
    }
}
