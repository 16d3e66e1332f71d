package org.reservoir.assessment.domain;

/** What dynamic adjustment proposes for a reserve. */
public enum ProposalKind {
    /** 列为重点培养对象 */
    KEY_CULTIVATION,
    /** 调整退出 */
    EXIT
}
