package org.reservoir.recruitment.domain;

/** 政治面貌. */
public enum PoliticalStatus {
    /** 中共党员 */
    PARTY_MEMBER,
    /** 中共预备党员 */
    PROBATIONARY_MEMBER,
    /** 共青团员 */
    YOUTH_LEAGUE,
    /** 群众 */
    MASSES
}
