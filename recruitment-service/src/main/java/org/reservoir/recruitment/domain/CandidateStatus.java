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

    private static final Set<CandidateStatus> TERMINAL = EnumSet.of(TOWNSHIP_REJECTED, JOINT_REVIEW_REJECTED, EVALUATION_FAILED,
            NOT_ADMITTED, APPOINTED, EXITED);

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** Every status a reserve can still leave the pool from. */
    public static Set<CandidateStatus> active() {
        Set<CandidateStatus> active = EnumSet.allOf(CandidateStatus.class);
        active.removeAll(TERMINAL);
        return active;
    }
}
