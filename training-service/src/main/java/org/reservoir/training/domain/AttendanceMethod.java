package org.reservoir.training.domain;

/** How attendance was recorded. */
public enum AttendanceMethod {
    /** The reserve's phone submitted the session code inside the check-in window. */
    CHECK_IN,
    /** An officer's roll call (点名). */
    ROLL_CALL
}
