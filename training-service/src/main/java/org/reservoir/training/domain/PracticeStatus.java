package org.reservoir.training.domain;

/** A practice assignment: assigned, on post, ended with an evaluation, or cancelled before it started. */
public enum PracticeStatus {
    ASSIGNED,
    ACTIVE,
    ENDED,
    CANCELLED
}
