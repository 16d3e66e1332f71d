package org.reservoir.reporting.domain;

import java.util.Optional;

/**
 * A candidate's status as recruitment.candidate.v1 publishes it, with what reporting reads from it: whether the person
 * is on a village's bench, how far through the funnel the status lies, and why it is a drop-out.
 */
public enum ReserveStatus {
    REGISTERED(FunnelStage.REGISTERED, null),
    TOWNSHIP_APPROVED(FunnelStage.TOWNSHIP_APPROVED, null),
    TOWNSHIP_REJECTED(FunnelStage.REGISTERED, DropOut.REJECTED_BY_TOWNSHIP),
    IN_JOINT_REVIEW(FunnelStage.JOINT_REVIEW, null),
    JOINT_REVIEW_REJECTED(FunnelStage.JOINT_REVIEW, DropOut.VETOED_BY_DEPARTMENT),
    VETTED(FunnelStage.VETTED, null),
    EVALUATED(FunnelStage.EVALUATED, null),
    EVALUATION_FAILED(FunnelStage.VETTED, DropOut.FAILED_EVALUATION),
    ADMITTED(FunnelStage.ADMITTED, null),
    NOT_ADMITTED(FunnelStage.EVALUATED, DropOut.NOT_ADMITTED),
    ON_PROBATION(FunnelStage.PROBATION, null),
    PROBATION_PASSED(FunnelStage.PROBATION, null),
    PROBATION_FAILED(FunnelStage.PROBATION, DropOut.FAILED_PROBATION),
    ELECTED(FunnelStage.ELECTED, null),
    NOT_ELECTED(FunnelStage.PROBATION, DropOut.NOT_ELECTED),
    APPOINTED(FunnelStage.APPOINTED, null),
    IN_POOL(FunnelStage.ADMITTED, null),
    EXITED(null, DropOut.EXITED);

    private final FunnelStage stage;
    private final DropOut dropOut;

    ReserveStatus(FunnelStage stage, DropOut dropOut) {
        this.stage = stage;
        this.dropOut = dropOut;
    }

    /** On the village's bench (后备力量 in the pool), as recruitment counts it: admitted onwards, not yet elected, not out. */
    public boolean onBench() {
        return this == ADMITTED || this == ON_PROBATION || this == PROBATION_PASSED || this == NOT_ELECTED || this == IN_POOL;
    }

    /** Out of the running: exited or turned down at some stage (not-elected reserves stay on the bench). */
    public boolean out() {
        return dropOut != null && !onBench();
    }

    /** Ready for the re-election: probation passed (full-time) or in the pool (part-time). */
    public boolean ready() {
        return this == PROBATION_PASSED || this == IN_POOL;
    }

    /** A full-time reserve proposed for the committee: admitted onwards and still on that path. */
    public boolean proposedMember() {
        return this == ADMITTED || onPost();
    }

    /** Already working on the post before the election (提前到岗): on probation or beyond. */
    public boolean onPost() {
        return this == ON_PROBATION || this == PROBATION_PASSED || this == ELECTED || this == APPOINTED;
    }

    /** The furthest funnel stage this status proves; empty for EXITED (it depends on where the reserve left from). */
    public Optional<FunnelStage> stage() {
        return Optional.ofNullable(stage);
    }

    public Optional<DropOut> dropOut() {
        return Optional.ofNullable(dropOut);
    }

    /** The status named by an event, or empty for one this version does not know. */
    public static Optional<ReserveStatus> parse(String value) {
        for (ReserveStatus s : values()) {
            if (s.name().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
