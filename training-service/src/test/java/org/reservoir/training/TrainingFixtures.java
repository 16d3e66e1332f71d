package org.reservoir.training;

import org.reservoir.infrastructure.testing.EventProbe;

import java.util.UUID;

/** Test data for training: recruitment's candidate events as recruitment publishes them, unique regions per test. */
public final class TrainingFixtures {

    public static final String CANDIDATE_TOPIC = "recruitment.candidate.v1";

    private TrainingFixtures() {
    }

    /** A fresh township code under county 652327 (so tests do not see each other's pairs). */
    public static String freshTownship() {
        return "652327" + String.format("%03d", 100 + (int) Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 900L)) + "000";
    }

    /** Publishes recruitment's snapshot of a candidate in {@code village} with {@code status} at {@code version}. */
    public static void candidate(UUID id, String name, String village, String status, long version) {
        String exitReason = "EXITED".equals(status) ? "\"ADJUSTED_OUT\"" : "null";
        EventProbe.publish(CANDIDATE_TOPIC, id.toString(), UUID.randomUUID().toString(),
                "reservoir.recruitment.candidate.status-changed", id.toString(), """
                        {"candidateId":"%s","campaignId":"%s","name":"%s","countyCode":"%s","townshipCode":"%s","villageCode":"%s",\
                        "targetPost":"COMMITTEE_MEMBER","track":"PART_TIME","gender":"FEMALE","birthYear":1995,"educationLevel":"BACHELOR",\
                        "politicalStatus":"PARTY_MEMBER","local":true,"sourceGroup":"RETURNING_GRADUATE","channel":"OPEN_RECRUITMENT",\
                        "status":"%s","eligible":true,"electedPosts":[],"exitReason":%s,"version":%d,"transition":null}"""
                        .formatted(id, UUID.randomUUID(), name, village.substring(0, 6) + "000000", village.substring(0, 9) + "000", village,
                                status, exitReason, version));
    }
}
