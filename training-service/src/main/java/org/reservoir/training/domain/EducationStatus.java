package org.reservoir.training.domain;

/** An education upgrade: studying, completed with a new level, or discontinued. */
public enum EducationStatus {
    STUDYING,
    COMPLETED,
    DISCONTINUED
}
