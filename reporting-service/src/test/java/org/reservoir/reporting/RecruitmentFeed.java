package org.reservoir.reporting;

import org.reservoir.infrastructure.region.RegionTopic;
import org.reservoir.infrastructure.testing.EventProbe;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends recruitment-shaped events (docs/events/recruitment.*.v1.schema.json) on the real topics, as recruitment-service
 * publishes them: what reporting's consumer tests feed its projections with.
 */
final class RecruitmentFeed {

    static final String CAMPAIGN_TOPIC = "recruitment.campaign.v1";
    static final String CANDIDATE_TOPIC = "recruitment.candidate.v1";
    private static final AtomicInteger COUNTIES = new AtomicInteger(1);

    private RecruitmentFeed() {
    }

    /** A county code no other test uses (6531xx000000). */
    static String newCounty() {
        return String.format("6531%02d000000", COUNTIES.getAndIncrement());
    }

    static String township(String county, int n) {
        return county.substring(0, 6) + (100 + n) + "000";
    }

    static String village(String township, int n) {
        return township.substring(0, 9) + (200 + n);
    }

    static void region(String code, String name, String level, String parent, int seats) {
        String village = level.equals("VILLAGE") ? ",\"villageType\":\"WEAK\",\"committeeSeats\":%d,\"secretaryDirectorOnePerson\":true".formatted(seats) : "";
        EventProbe.publish(RegionTopic.NAME, code, UUID.randomUUID().toString(), "reservoir.recruitment.region.created", code, """
                {"code":"%s","name":"%s","level":"%s","parentCode":%s,"active":true,"version":0%s}"""
                .formatted(code, name, level, parent == null ? "null" : "\"" + parent + "\"", village));
    }

    static String campaignData(UUID id, String county, Integer maxAge, long version) {
        return """
                {"campaignId":"%s","name":"招募%s","scopeCode":"%s","countyCode":"%s","startsOn":"2026-01-01","endsOn":"2026-12-31",
                 "fullTimeQuota":10,"partTimeQuota":20,"weightWrittenTest":40,"weightInterview":40,"weightFieldVisit":20,"passLine":60,
                 "probationMonths":1,"status":"OPEN","version":%d,"maxAge":%s}"""
                .formatted(id, version, county, county, version, maxAge == null ? "null" : maxAge.toString());
    }

    static UUID campaign(String county, Integer maxAge) {
        UUID id = UUID.randomUUID();
        EventProbe.publish(CAMPAIGN_TOPIC, id.toString(), UUID.randomUUID().toString(), "reservoir.recruitment.campaign.opened",
                id.toString(), campaignData(id, county, maxAge, 1));
        return id;
    }

    /** A candidate snapshot; {@link #send} publishes it. */
    record Candidate(UUID id, UUID campaignId, String villageCode, String track, String status, String targetPost, String gender,
                     int birthYear, String education, String political, String ethnicity, boolean local, String sourceGroup,
                     String channel, List<String> electedPosts, String exitReason, String exitedFrom, LocalDate probationStart,
                     LocalDate probationPlannedEnd, long version) {

        static Candidate of(UUID campaignId, String village, String track, String status) {
            return new Candidate(UUID.randomUUID(), campaignId, village, track, status, "COMMITTEE_MEMBER", "MALE", 1990, "BACHELOR",
                    "PARTY_MEMBER", "汉族", true, "RETURNING_GRADUATE", "OPEN_RECRUITMENT", List.of(), null, null, null, null, 3);
        }

        Candidate person(int birthYear, String education, String gender, String ethnicity, String political) {
            return new Candidate(id, campaignId, villageCode, track, status, targetPost, gender, birthYear, education, political, ethnicity,
                    local, sourceGroup, channel, electedPosts, exitReason, exitedFrom, probationStart, probationPlannedEnd, version);
        }

        Candidate source(String sourceGroup, String channel) {
            return new Candidate(id, campaignId, villageCode, track, status, targetPost, gender, birthYear, education, political, ethnicity,
                    local, sourceGroup, channel, electedPosts, exitReason, exitedFrom, probationStart, probationPlannedEnd, version);
        }

        Candidate post(String targetPost, boolean local) {
            return new Candidate(id, campaignId, villageCode, track, status, targetPost, gender, birthYear, education, political, ethnicity,
                    local, sourceGroup, channel, electedPosts, exitReason, exitedFrom, probationStart, probationPlannedEnd, version);
        }

        Candidate status(String status, long version) {
            return new Candidate(id, campaignId, villageCode, track, status, targetPost, gender, birthYear, education, political, ethnicity,
                    local, sourceGroup, channel, electedPosts, exitReason, exitedFrom, probationStart, probationPlannedEnd, version);
        }

        Candidate exited(String from, String reason) {
            return new Candidate(id, campaignId, villageCode, track, "EXITED", targetPost, gender, birthYear, education, political, ethnicity,
                    local, sourceGroup, channel, electedPosts, reason, from, probationStart, probationPlannedEnd, version + 1);
        }

        Candidate probation(LocalDate plannedEnd) {
            return new Candidate(id, campaignId, villageCode, track, status, targetPost, gender, birthYear, education, political, ethnicity,
                    local, sourceGroup, channel, electedPosts, exitReason, exitedFrom, plannedEnd.minusMonths(1), plannedEnd, version);
        }

        String townshipCode() {
            return villageCode.substring(0, 9) + "000";
        }

        String data() {
            String transition = exitedFrom == null ? "null"
                    : "{\"action\":\"EXIT\",\"from\":\"%s\",\"to\":\"EXITED\",\"reason\":\"迁出\"}".formatted(exitedFrom);
            return """
                    {"candidateId":"%s","campaignId":"%s","name":"某某","countyCode":"%s","townshipCode":"%s","villageCode":"%s",
                     "targetPost":"%s","track":"%s","gender":"%s","birthYear":%d,"educationLevel":%s,"politicalStatus":"%s","local":%s,
                     "sourceGroup":"%s","channel":"%s","status":"%s","eligible":true,"electedPosts":[%s],"exitReason":%s,"version":%d,
                     "transition":%s,"ethnicity":"%s","probationStart":%s,"probationPlannedEnd":%s}"""
                    .formatted(id, campaignId, villageCode.substring(0, 6) + "000000", townshipCode(), villageCode, targetPost, track, gender,
                            birthYear, quoted(education), political, local, sourceGroup, channel, status,
                            String.join(",", electedPosts.stream().map(p -> "\"" + p + "\"").toList()), quoted(exitReason), version,
                            transition, ethnicity, quoted(probationStart), quoted(probationPlannedEnd));
        }

        private static String quoted(Object value) {
            return value == null ? "null" : "\"" + value + "\"";
        }
    }

    static void send(Candidate c) {
        send(c.id().toString(), UUID.randomUUID().toString(), c);
    }

    /** Sends {@code c} as event {@code eventId} on Kafka key {@code key} (a key other than its own keeps it behind that key's events). */
    static void send(String key, String eventId, Candidate c) {
        EventProbe.publish(CANDIDATE_TOPIC, key, eventId, "reservoir.recruitment.candidate.status-changed", c.id().toString(), c.data());
    }
}
