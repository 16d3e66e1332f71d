package org.reservoir.recruitment.domain;

/** Posts on the village two committees (村"两委"). */
public enum CommitteePost {
    /** 村党组织书记 */
    PARTY_SECRETARY,
    /** 村委会主任 */
    COMMITTEE_DIRECTOR,
    /** 村党组织副书记 */
    DEPUTY_SECRETARY,
    /** 村委会副主任 */
    DEPUTY_DIRECTOR,
    /** 村党组织委员 */
    BRANCH_MEMBER,
    /** 村委会委员 */
    COMMITTEE_MEMBER
}
