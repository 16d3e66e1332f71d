package org.reservoir.training.domain;

/** Practice posts (上岗锻炼) a reserve is assigned to. */
public enum PostKind {
    /** 村务助理 */
    VILLAGE_AFFAIRS_ASSISTANT,
    /** 网格员 */
    GRID_MEMBER,
    /** 矛盾纠纷调解 */
    MEDIATION,
    /** 乡村振兴项目 */
    RURAL_REVITALISATION_PROJECT,
    /** 防汛救灾 */
    FLOOD_RELIEF,
    /** "五星"支部建设 and other central village work */
    PARTY_BRANCH_BUILDING
}
