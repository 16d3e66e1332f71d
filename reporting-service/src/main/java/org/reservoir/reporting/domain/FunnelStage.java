package org.reservoir.reporting.domain;

/** The funnel from applicant to appointed, in order: a candidate who reached a stage also passed every earlier one. */
public enum FunnelStage {
    REGISTERED, TOWNSHIP_APPROVED, JOINT_REVIEW, VETTED, EVALUATED, ADMITTED, PROBATION, ELECTED, APPOINTED
}
