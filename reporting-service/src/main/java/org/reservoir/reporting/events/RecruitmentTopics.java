package org.reservoir.reporting.events;

/** recruitment's snapshot topics reporting projects (docs/events/recruitment.*.v1.schema.json). */
public final class RecruitmentTopics {

    public static final String CAMPAIGN = "recruitment.campaign.v1";
    public static final String CAMPAIGN_TYPE_PREFIX = "reservoir.recruitment.campaign.";
    public static final String CANDIDATE = "recruitment.candidate.v1";
    public static final String CANDIDATE_TYPE_PREFIX = "reservoir.recruitment.candidate.";

    private RecruitmentTopics() {
    }
}
