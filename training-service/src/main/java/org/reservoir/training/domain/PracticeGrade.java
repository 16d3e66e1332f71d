package org.reservoir.training.domain;

/** The supervisor's end-of-post evaluation. */
public enum PracticeGrade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}
