package org.reservoir.training.domain;

public enum PracticeAction {
    ASSIGN,
    START,
    END,
    CANCEL
}
