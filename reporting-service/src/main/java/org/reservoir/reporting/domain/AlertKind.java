package org.reservoir.reporting.domain;

/** What an alert is about; the subject is a village code or a candidate id. */
public enum AlertKind {
    /** A village with fewer reserves than its county's target minimum (subject: village code). */
    VILLAGE_BELOW_TARGET,
    /** A reserve who will be older than the campaign's age limit within 12 months (subject: candidate id). */
    AGE_LIMIT_APPROACHING,
    /** A probation ending within 7 days (or already over) without an outcome (subject: candidate id). */
    PROBATION_ENDING
}
