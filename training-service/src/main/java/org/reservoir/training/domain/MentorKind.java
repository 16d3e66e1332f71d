package org.reservoir.training.domain;

/** Who mentors a reserve (以老带新, 传帮带). */
public enum MentorKind {
    /** 村党组织书记 */
    VILLAGE_PARTY_SECRETARY,
    /** 驻村第一书记 */
    FIRST_SECRETARY,
    /** 经验丰富的村“两委”干部 */
    COMMITTEE_MEMBER,
    /** 下沉帮带的乡镇干部 */
    TOWNSHIP_CADRE,
    /** 乡土专家 */
    LOCAL_EXPERT
}
