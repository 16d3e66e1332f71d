package org.reservoir.infrastructure.jobs;

/** PENDING (waiting for an instance), RUNNING (claimed, heartbeat renewed), FINISHED, FAILED (with a reason). */
public enum JobStatus {
    PENDING, RUNNING, FINISHED, FAILED
}
