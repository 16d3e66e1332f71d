package org.reservoir.reporting.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Reserves and villages for the aggregation rules' tests. */
final class Fixtures {

    static final UUID CAMPAIGN = UUID.fromString("7a2d9c4e-1b3f-4e6a-8c5d-2f1e0d9c8b7a");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String V1 = "652327101201";
    static final String V2 = "652327101202";
    static final String V3 = "652327102201";

    private Fixtures() {
    }

    static Village village(String code, int seats) {
        return new Village(code, "村" + code.substring(9), code.substring(0, 9) + "000", "乡" + code.substring(6, 9), seats);
    }

    static Reserve reserve(String village, ReserveStatus status, String track) {
        return new Reserve(UUID.randomUUID(), CAMPAIGN, "652327000000", village.substring(0, 9) + "000", village, track, status,
                "COMMITTEE_MEMBER", "MALE", 1990, "BACHELOR", "PARTY_MEMBER", "汉族", true, "RETURNING_GRADUATE", "OPEN_RECRUITMENT",
                Set.of(), null, null, null, null);
    }

    static Reserve with(Reserve r, int birthYear, String education, String gender) {
        return new Reserve(r.candidateId(), r.campaignId(), r.countyCode(), r.townshipCode(), r.villageCode(), r.track(), r.status(),
                r.targetPost(), gender, birthYear, education, r.politicalStatus(), r.ethnicity(), r.local(), r.sourceGroup(), r.channel(),
                r.electedPosts(), r.exitReason(), r.exitedFrom(), r.probationStart(), r.probationPlannedEnd());
    }

    static Reserve post(Reserve r, String targetPost, String politicalStatus, boolean local) {
        return new Reserve(r.candidateId(), r.campaignId(), r.countyCode(), r.townshipCode(), r.villageCode(), r.track(), r.status(),
                targetPost, r.gender(), r.birthYear(), r.educationLevel(), politicalStatus, r.ethnicity(), local, r.sourceGroup(), r.channel(),
                r.electedPosts(), r.exitReason(), r.exitedFrom(), r.probationStart(), r.probationPlannedEnd());
    }

    static Reserve exited(Reserve r, ReserveStatus from, String reason) {
        return new Reserve(r.candidateId(), r.campaignId(), r.countyCode(), r.townshipCode(), r.villageCode(), r.track(), ReserveStatus.EXITED,
                r.targetPost(), r.gender(), r.birthYear(), r.educationLevel(), r.politicalStatus(), r.ethnicity(), r.local(), r.sourceGroup(),
                r.channel(), r.electedPosts(), reason, from, r.probationStart(), r.probationPlannedEnd());
    }

    static Reserve probation(Reserve r, LocalDate plannedEnd) {
        return new Reserve(r.candidateId(), r.campaignId(), r.countyCode(), r.townshipCode(), r.villageCode(), r.track(), r.status(),
                r.targetPost(), r.gender(), r.birthYear(), r.educationLevel(), r.politicalStatus(), r.ethnicity(), r.local(), r.sourceGroup(),
                r.channel(), r.electedPosts(), r.exitReason(), r.exitedFrom(), plannedEnd.minusMonths(1), plannedEnd);
    }
}
