package org.reservoir.assessment.domain;

/** Who votes in a democratic appraisal (民主测评). */
public enum VoterGroup {
    /** 村民（代表） */
    VILLAGERS,
    /** 党员 */
    PARTY_MEMBERS
}
