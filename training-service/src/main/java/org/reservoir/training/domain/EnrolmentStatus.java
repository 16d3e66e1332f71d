package org.reservoir.training.domain;

/** Where a reserve's enrolment in a programme stands. */
public enum EnrolmentStatus {
    ENROLLED,
    WITHDRAWN,
    COMPLETED;

    /** Enrolments that take a place and let the reserve check in. */
    public boolean holdsPlace() {
        return this == ENROLLED;
    }
}
