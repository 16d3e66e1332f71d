package org.reservoir.reporting.schedule.domain;

/** A scheduled run: QUEUED for an instance, RUNNING, RETRY_WAIT after a failed attempt, FINISHED with its file, or FAILED for good. */
public enum RunStatus {
    QUEUED, RUNNING, RETRY_WAIT, FINISHED, FAILED;

    /** A run an instance may (still) work on. */
    public boolean open() {
        return this == QUEUED || this == RUNNING;
    }
}
