package org.reservoir.training.domain;

public enum EducationAction {
    ENROL,
    COMPLETE,
    DISCONTINUE
}
