package org.reservoir.reporting.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * One candidate as reporting projects it from recruitment.candidate.v1 (never the ID number: the birth year only).
 * Dimensions are kept as the event's codes, so a value added by recruitment is counted rather than dropped.
 *
 * @param exitedFrom the status a reserve left from, when its last event was the exit (how far it got in the funnel)
 */
public record Reserve(UUID candidateId, UUID campaignId, String countyCode, String townshipCode, String villageCode, String track,
                      ReserveStatus status, String targetPost, String gender, int birthYear, String educationLevel,
                      String politicalStatus, String ethnicity, boolean local, String sourceGroup, String channel,
                      Set<String> electedPosts, String exitReason, ReserveStatus exitedFrom, LocalDate probationStart,
                      LocalDate probationPlannedEnd) {

    public static final String FULL_TIME = "FULL_TIME";
    private static final Set<String> COLLEGE_OR_ABOVE = Set.of("JUNIOR_COLLEGE", "BACHELOR", "MASTER", "DOCTORATE");

    /** Age in whole years reached during {@code asOf}'s year: the birth year is all reporting knows. */
    public int ageIn(LocalDate asOf) {
        return asOf.getYear() - birthYear;
    }

    /** College (大专) or above. */
    public boolean collegeOrAbove() {
        return collegeOrAbove(educationLevel);
    }

    /** Whether an education level is college (大专) or above. */
    public static boolean collegeOrAbove(String educationLevel) {
        return educationLevel != null && COLLEGE_OR_ABOVE.contains(educationLevel);
    }

    public boolean fullTime() {
        return FULL_TIME.equals(track);
    }

    /**
     * A candidate for 一肩挑 (party secretary and committee director in one person): a party member on the bench or
     * elected, aimed at (or elected to) one of the two posts.
     */
    public boolean oneShoulderCandidate() {
        boolean inPlay = status.onBench() || status == ReserveStatus.ELECTED || status == ReserveStatus.APPOINTED;
        boolean post = "PARTY_SECRETARY".equals(targetPost) || "COMMITTEE_DIRECTOR".equals(targetPost)
                || electedPosts.contains("PARTY_SECRETARY") || electedPosts.contains("COMMITTEE_DIRECTOR");
        return inPlay && post && "PARTY_MEMBER".equals(politicalStatus);
    }
}
