package org.reservoir.reporting.domain;

/** Why a candidate left the funnel. */
public enum DropOut {
    REJECTED_BY_TOWNSHIP, VETOED_BY_DEPARTMENT, FAILED_EVALUATION, NOT_ADMITTED, FAILED_PROBATION, NOT_ELECTED, EXITED
}
