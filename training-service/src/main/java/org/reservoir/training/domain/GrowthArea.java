package org.reservoir.training.domain;

/** Areas of a pair's annual growth goals (成长目标). */
public enum GrowthArea {
    /** 政治理论 */
    POLITICAL_THEORY,
    /** 业务政策 */
    POLICY,
    /** 文稿撰写 */
    WRITING,
    /** 纪律作风 */
    DISCIPLINE,
    /** 村级事务 */
    VILLAGE_WORK,
    /** 乡村振兴与产业 */
    RURAL_REVITALISATION,
    OTHER
}
