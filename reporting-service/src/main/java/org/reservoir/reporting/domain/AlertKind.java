package org.reservoir.reporting.domain;

/** What an alert is about; the subject is a village code or a candidate id. */
public enum AlertKind {
    /** A village with fewer reserves than its county's target minimum (subject: village code). */
    VILLAGE_BELOW_TARGET,
    /** A reserve who will be older than the campaign's age limit within 12 months (subject: candidate id). */
    AGE_LIMIT_APPROACHING,
    /** A probation ending within 7 days (or already over) without an outcome (subject: candidate id). */
    PROBATION_ENDING,
    /** An appraisal still open past its cycle's deadline (assessment's overdue notice), until graded (subject: appraisal id). */
    APPRAISAL_OVERDUE,
    /** An active mentor pair with a silent month (training's notice) and no follow-up since, until one comes or the pair ends (subject: pair id). */
    MENTOR_PAIR_SILENT;

    /** Whether the cause lies in recruitment's candidate data (the others come from assessment's and training's events). */
    public boolean fromCandidates() {
        return this == VILLAGE_BELOW_TARGET || this == AGE_LIMIT_APPROACHING || this == PROBATION_ENDING;
    }
}
