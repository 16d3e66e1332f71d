package org.reservoir.recruitment.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a candidate stands in the pipeline (选 → 用). */
public enum CandidateStatus {
    /** 已登记: registered, eligibility screened */
    REGISTERED,
    /** 乡镇初审通过 */
    TOWNSHIP_APPROVED,
    /** 乡镇初审未通过 */
    TOWNSHIP_REJECTED,
    /** 县级联审中 */
    IN_JOINT_REVIEW,
    /** 联审否决 (一票否决) */
    JOINT_REVIEW_REJECTED,
    /** 联审通过 */
    VETTED,
    /** 测评合格 (笔试+面试+实地考察) */
    EVALUATED,
    /** 测评不合格 */
    EVALUATION_FAILED,
    /** 专职: 已纳入, awaiting probation */
    ADMITTED,
    /** 未纳入 */
    NOT_ADMITTED,
    /** 试岗中 */
    ON_PROBATION,
    /** 试岗合格 */
    PROBATION_PASSED,
    /** 试岗不合格 */
    PROBATION_FAILED,
    /** 当选 */
    ELECTED,
    /** 未当选 */
    NOT_ELECTED,
    /** 已任职 */
    APPOINTED,
    /** 兼职: 入库储备 */
    IN_POOL,
    /** 已退出 */
    EXITED;

    // Every "which statuses count" question is answered here, once.
    private static final Set<CandidateStatus> TERMINAL = EnumSet.of(TOWNSHIP_REJECTED, JOINT_REVIEW_REJECTED, EVALUATION_FAILED,
            NOT_ADMITTED, APPOINTED, EXITED);
    private static final Set<CandidateStatus> PLACE_HOLDING = EnumSet.of(ADMITTED, ON_PROBATION, PROBATION_PASSED, PROBATION_FAILED,
            ELECTED, NOT_ELECTED, APPOINTED, IN_POOL);
    private static final Set<CandidateStatus> BENCH = EnumSet.of(ADMITTED, ON_PROBATION, PROBATION_PASSED, NOT_ELECTED, IN_POOL);
    private static final Set<CandidateStatus> UNRANKED = EnumSet.of(EXITED, EVALUATION_FAILED);

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** Whether a candidate in this status holds a place on its track (admitted onwards, not exited): counted against the quota. */
    public boolean holdsPlace() {
        return PLACE_HOLDING.contains(this);
    }

    /** Whether a candidate in this status is part of its village's bench (后备力量 in the pool). */
    public boolean onBench() {
        return BENCH.contains(this);
    }

    /** Whether a scored candidate in this status still appears in a campaign's ranking (not failed, not exited). */
    public boolean ranked() {
        return !UNRANKED.contains(this);
    }

    /** Every status a reserve can still leave the pool from. */
    public static Set<CandidateStatus> active() {
        return matching(s -> !s.isTerminal());
    }

    public static Set<CandidateStatus> placeHolding() {
        return matching(CandidateStatus::holdsPlace);
    }

    public static Set<CandidateStatus> bench() {
        return matching(CandidateStatus::onBench);
    }

    public static Set<CandidateStatus> unranked() {
        return matching(s -> !s.ranked());
    }

    private static Set<CandidateStatus> matching(java.util.function.Predicate<CandidateStatus> test) {
        Set<CandidateStatus> out = EnumSet.noneOf(CandidateStatus.class);
        for (CandidateStatus s : values()) {
            if (test.test(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
