package org.reservoir.training.domain;

/** Why a mentor pair ends. */
public enum EndReason {
    /** 后备力量退出 — only from recruitment's candidate events, never by hand */
    RESERVE_EXITED,
    /** 更换导师 */
    MENTOR_CHANGED,
    /** 帮带期满 */
    PERIOD_OVER,
    /** 导师不再帮带 */
    MENTOR_WITHDREW,
    OTHER
}
