package org.reservoir.training.domain;

public enum EnrolmentAction {
    ENROL,
    WITHDRAW,
    REINSTATE,
    COMPLETE
}
