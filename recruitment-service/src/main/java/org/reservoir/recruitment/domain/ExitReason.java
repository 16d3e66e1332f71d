package org.reservoir.recruitment.domain;

/** Why a reserve leaves the pool (有进有出). */
public enum ExitReason {
    /** 考核后调整退出 */
    ADJUSTED_OUT,
    /** 迁出 */
    MOVED_AWAY,
    /** 本人退出 */
    WITHDREW,
    /** 超龄 */
    AGE_LIMIT,
    /** 违纪违法 */
    VIOLATION
}
