package org.reservoir.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.reporting.RecruitmentFeed.Candidate;
import org.reservoir.reporting.application.Alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reservoir.reporting.AlertsTest.assertConforms;
import static org.reservoir.reporting.RecruitmentFeed.region;
import static org.reservoir.reporting.RecruitmentFeed.send;

/**
 * The cultivation and appraisal reports and their alerts, fed with events shaped as docs/events/assessment.appraisal.v1,
 * training.mentorship.v1, training.attendance.v1 and training.practice.v1 describe them (each checked against its schema before
 * it is sent) on the real topics.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class CultivationAppraisalReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Alerts alerts;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String county = RecruitmentFeed.newCounty();
    private final String township = RecruitmentFeed.township(county, 1);
    private final String v1 = RecruitmentFeed.village(township, 1);
    private final String v2 = RecruitmentFeed.village(township, 2);

    private String regions(String village) {
        return "\"countyCode\":\"%s\",\"townshipCode\":\"%s\",\"villageCode\":\"%s\"".formatted(county, township, village);
    }

    /** Sends one event after checking it against its contract: whole-envelope schemas for appraisal and mentorship, payload ones else. */
    private static void publish(String topic, String key, String type, String data, String schema, boolean envelopeSchema) {
        String id = UUID.randomUUID().toString();
        String envelope = EventProbe.envelope(id, type, key, data);
        try {
            JsonNode node = JSON.readTree(envelope);
            assertConforms(envelopeSchema ? node : node.path("data"), schema);
            assertConforms(node, "envelope.schema.json");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        EventProbe.publish(topic, key, id, type, key, data);
    }

    private void graded(UUID appraisal, UUID cycle, UUID candidate, String village, String grade, String proposals, long version) {
        publish("assessment.appraisal.v1", appraisal.toString(), "reservoir.assessment.appraisal.graded", """
                {"appraisalId":"%s","cycleId":"%s","candidateId":"%s","period":"2026-H1","grade":"%s","total":88.50,"proposals":[%s],%s,"version":%d}"""
                .formatted(appraisal, cycle, candidate, grade, proposals, regions(village), version), "assessment.appraisal.v1.schema.json", true);
    }

    private void decided(UUID proposal, UUID appraisal, UUID candidate, String village, String kind, String status) {
        publish("assessment.appraisal.v1", appraisal.toString(), "reservoir.assessment.proposal.decided", """
                {"proposalId":"%s","appraisalId":"%s","candidateId":"%s","kind":"%s","status":"%s","reason":"县级审定",%s,"version":1}"""
                .formatted(proposal, appraisal, candidate, kind, status, regions(village)), "assessment.appraisal.v1.schema.json", true);
    }

    private void overdue(UUID appraisal, UUID cycle, UUID candidate, String village) {
        publish("assessment.appraisal.v1", appraisal.toString(), "reservoir.assessment.appraisal.overdue", """
                {"appraisalId":"%s","cycleId":"%s","candidateId":"%s","deadline":"2026-07-31",%s,"version":0}"""
                .formatted(appraisal, cycle, candidate, regions(village)), "assessment.appraisal.v1.schema.json", true);
    }

    private void pair(String type, UUID pair, UUID mentor, UUID candidate, String village, String status, long version) {
        boolean ended = status.equals("ENDED");
        publish("training.mentorship.v1", pair.toString(), type, """
                {"pairId":"%s","mentorId":"%s","candidateId":"%s","startedOn":"2026-03-01","endsOn":"2027-02-28","endedOn":%s,
                 "endReason":%s,"status":"%s",%s,"version":%d}"""
                .formatted(pair, mentor, candidate, ended ? "\"2026-11-20\"" : "null", ended ? "\"MENTOR_CHANGED\"" : "null", status,
                        regions(village), version), "training.mentorship.v1.schema.json", true);
    }

    private void followUp(UUID pair, UUID candidate, String village, String month) {
        publish("training.mentorship.v1", pair.toString(), "reservoir.training.mentorship.followup-recorded", """
                {"pairId":"%s","candidateId":"%s","taskId":"%s","month":"%s","rating":4,"recordedAt":"2026-11-05T09:30:00+08:00",%s,"version":1}"""
                .formatted(pair, candidate, UUID.randomUUID(), month, regions(village)), "training.mentorship.v1.schema.json", true);
    }

    private void silent(UUID pair, UUID mentor, UUID candidate, String village, String month) {
        publish("training.mentorship.v1", pair.toString(), "reservoir.training.mentorship.silent", """
                {"pairId":"%s","candidateId":"%s","mentorId":"%s","month":"%s",%s,"version":1}"""
                .formatted(pair, candidate, mentor, month, regions(village)), "training.mentorship.v1.schema.json", true);
    }

    private void hours(UUID attendance, UUID candidate, String village, String hours, String on) {
        publish("training.attendance.v1", candidate.toString(), "reservoir.training.hours.credited", """
                {"attendanceId":"%s","candidateId":"%s","programmeId":"%s","sessionId":"%s","programmeKind":"REGULAR","hours":%s,
                 "attendedOn":"%s","method":"CHECK_IN",%s,"version":0}"""
                .formatted(attendance, candidate, UUID.randomUUID(), UUID.randomUUID(), hours, on, regions(village)),
                "training.attendance.v1.schema.json", false);
    }

    private void practice(UUID assignment, UUID candidate, String village, String postVillage, String status, long version) {
        boolean ended = status.equals("ENDED");
        publish("training.practice.v1", assignment.toString(), "reservoir.training.practice." + (ended ? "ended" : "started"), """
                {"assignmentId":"%s","candidateId":"%s","postKind":"GRID_MEMBER","postVillageCode":"%s","crossVillage":%s,
                 "startOn":"2026-04-01","endOn":"2026-09-30","supervisor":"王书记","status":"%s","evaluation":%s,%s,"version":%d}"""
                .formatted(assignment, candidate, postVillage, !postVillage.equals(village), status,
                        ended ? "{\"grade\":\"GOOD\",\"comment\":null}" : "null", regions(village), version),
                "training.practice.v1.schema.json", false);
    }

    private JsonPath report(String name, String role, String region, Map<String, ?> query) {
        return given().header("Authorization", TestTokens.bearer(role, region)).queryParams(query).get("/api/v1/reports/" + name)
                .then().statusCode(200).extract().jsonPath();
    }

    private int alerts(String kind, String state) {
        return AlertsTest.list("viewer", county, Map.of("kind", kind, "state", state)).getInt("total");
    }

    @Test
    void cultivationFromTrainingsEventsWithSilentPairAlerts() {
        region(county, "测试县", "COUNTY", null, 0);
        region(township, "测试镇", "TOWNSHIP", county, 0);
        region(v1, "甲村", "VILLAGE", township, 5);
        region(v2, "乙村", "VILLAGE", township, 5);
        UUID campaign = RecruitmentFeed.campaign(county, null);
        Candidate c1 = Candidate.of(campaign, v1, "PART_TIME", "IN_POOL");
        Candidate c2 = Candidate.of(campaign, v1, "FULL_TIME", "ON_PROBATION");
        Candidate c3 = Candidate.of(campaign, v2, "PART_TIME", "IN_POOL");
        List.of(c1, c2, c3).forEach(RecruitmentFeed::send);
        Poll.untilEquals("bench", 3L, WAIT, () -> report("cultivation", "viewer", county, Map.of("year", 2026)).getLong("figures.hours.reserves"));

        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        pair("reservoir.training.mentorship.started", p1, mentor, c1.id(), v1, "ACTIVE", 0);
        pair("reservoir.training.mentorship.started", p2, mentor, c3.id(), v2, "ACTIVE", 0);
        followUp(p1, c1.id(), v1, "2026-09");
        silent(p2, mentor, c3.id(), v2, "2026-09");
        silent(p2, mentor, c3.id(), v2, "2026-09");
        silent(p1, mentor, c1.id(), v1, "2026-10");
        Poll.untilEquals("two silent pairs", 2L, WAIT, () -> report("cultivation", "viewer", county, Map.of()).getLong("figures.pairs.silent"));
        Poll.untilEquals("raised once each", 2, WAIT, () -> alerts("MENTOR_PAIR_SILENT", "ALL"));
        alerts.evaluate(county, Instant.now(), ZoneOffset.UTC);
        assertEquals(2, alerts("MENTOR_PAIR_SILENT", "OPEN"));
        assertEquals(2, alerts("MENTOR_PAIR_SILENT", "ALL"));

        followUp(p1, c1.id(), v1, "2026-10");
        pair("reservoir.training.mentorship.ended", p2, mentor, c3.id(), v2, "ENDED", 1);
        pair("reservoir.training.mentorship.started", p2, mentor, c3.id(), v2, "ACTIVE", 0);
        Poll.untilEquals("resolved by a follow-up and by the end", 2, WAIT, () -> alerts("MENTOR_PAIR_SILENT", "RESOLVED"));
        assertEquals(0, alerts("MENTOR_PAIR_SILENT", "OPEN"));

        UUID a1 = UUID.randomUUID();
        hours(a1, c1.id(), v1, "16", "2026-03-02");
        hours(a1, c1.id(), v1, "16", "2026-03-02");
        hours(UUID.randomUUID(), c1.id(), v1, "10", "2026-05-10");
        hours(UUID.randomUUID(), c2.id(), v1, "8.5", "2026-06-01");
        hours(UUID.randomUUID(), c3.id(), v2, "24", "2025-12-31");
        UUID s1 = UUID.randomUUID();
        practice(s1, c1.id(), v1, v2, "ACTIVE", 0);
        practice(s1, c1.id(), v1, v2, "ENDED", 1);
        practice(s1, c1.id(), v1, v2, "ACTIVE", 0);
        practice(UUID.randomUUID(), c3.id(), v2, v2, "ACTIVE", 0);
        Poll.untilEquals("hours", 34.5, WAIT, () -> report("cultivation", "viewer", county, Map.of("year", 2026)).getDouble("figures.hours.totalHours"));
        Poll.untilEquals("posts", 2, WAIT, () -> report("cultivation", "viewer", county, Map.of()).getInt("figures.practice.ended")
                + report("cultivation", "viewer", county, Map.of()).getInt("figures.practice.active"));

        JsonPath county2026 = report("cultivation", "county-admin", county, Map.of("year", 2026));
        assertEquals(1, county2026.getInt("figures.pairs.active"));
        assertEquals(1, county2026.getInt("figures.pairs.ended"));
        assertEquals(0, county2026.getInt("figures.pairs.silent"));
        assertEquals(Map.of("2026-09", 1, "2026-10", 1), county2026.getMap("figures.followUpsPerMonth"));
        assertEquals(1, county2026.getInt("figures.hours.meetingMinimum"));
        assertEquals(2, county2026.getInt("figures.hours.belowMinimum"));
        assertEquals(24.0, county2026.getDouble("figures.hours.reservesBelowMinimum[0].minimumHours"), 1e-9);
        assertEquals(Map.of("GRID_MEMBER", 2), county2026.getMap("figures.practice.byPostKind"));
        assertEquals(1, county2026.getInt("figures.practice.ended"));
        assertEquals(1, county2026.getInt("figures.practice.crossVillage"));

        JsonPath village2 = report("cultivation", "township-officer", township, Map.of("region", v2, "year", 2025));
        assertEquals(v2, village2.getString("scope.code"));
        assertEquals(1, village2.getInt("figures.hours.reserves"));
        assertEquals(1, village2.getInt("figures.hours.meetingMinimum"));
        assertEquals(0, village2.getInt("figures.pairs.active"));

        given().header("Authorization", TestTokens.bearer("viewer", county)).queryParam("year", 1999).get("/api/v1/reports/cultivation")
                .then().statusCode(422);
        given().header("Authorization", TestTokens.bearer("township-officer", township)).queryParam("region", county)
                .get("/api/v1/reports/cultivation").then().statusCode(403)
                .body("type", startsWith("https://reservoir.local/problems/out-of-jurisdiction"));
    }

    @Test
    void appraisalFromAssessmentsEventsWithOverdueAlerts() {
        region(county, "测试县", "COUNTY", null, 0);
        region(township, "测试镇", "TOWNSHIP", county, 0);
        region(v1, "甲村", "VILLAGE", township, 5);
        UUID cycle = UUID.randomUUID();
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        UUID a3 = UUID.randomUUID();
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID c3 = UUID.randomUUID();
        UUID key = UUID.randomUUID();
        UUID exit = UUID.randomUUID();
        overdue(a3, cycle, c3, v1);
        overdue(a3, cycle, c3, v1);
        Poll.untilEquals("overdue raised once", 1, WAIT, () -> alerts("APPRAISAL_OVERDUE", "OPEN"));
        // The scheduled county evaluation finds the same cause: it neither raises a second alert nor resolves this one.
        alerts.evaluate(county, Instant.now(), ZoneOffset.UTC);
        assertEquals(1, alerts("APPRAISAL_OVERDUE", "ALL"));
        assertEquals(1, alerts("APPRAISAL_OVERDUE", "OPEN"));

        String keyOpen = "{\"proposalId\":\"%s\",\"kind\":\"KEY_CULTIVATION\",\"status\":\"OPEN\"}".formatted(key);
        graded(a1, cycle, c1, v1, "EXCELLENT", keyOpen, 1);
        graded(a2, cycle, c2, v1, "INCOMPETENT", "{\"proposalId\":\"%s\",\"kind\":\"EXIT\",\"status\":\"OPEN\"}".formatted(exit), 1);
        decided(key, a1, c1, v1, "KEY_CULTIVATION", "ACCEPTED");
        decided(exit, a2, c2, v1, "EXIT", "DISMISSED");
        graded(a1, cycle, c1, v1, "EXCELLENT", keyOpen, 1);
        graded(a3, cycle, c3, v1, "COMPETENT", "", 1);
        Poll.untilEquals("overdue resolved once graded", 1, WAIT, () -> alerts("APPRAISAL_OVERDUE", "RESOLVED"));
        Poll.untilEquals("decisions", 1, WAIT, () -> report("appraisal", "viewer", county, Map.of()).getInt("figures.proposals.total.dismissed"));

        JsonPath r = report("appraisal", "county-admin", county, Map.of());
        assertEquals(1, r.getList("figures.cycles").size());
        assertEquals("2026-H1", r.getString("figures.cycles[0].period"));
        assertEquals(3, r.getInt("figures.cycles[0].graded"));
        assertEquals(0, r.getInt("figures.cycles[0].overdue"));
        assertEquals(Map.of("COMPETENT", 1, "EXCELLENT", 1, "INCOMPETENT", 1), r.getMap("figures.cycles[0].byGrade"));
        assertEquals(Map.of("made", 2, "open", 0, "accepted", 1, "dismissed", 1), r.getMap("figures.proposals.total"));
        assertEquals(1, r.getInt("figures.proposals.byKind.KEY_CULTIVATION.accepted"));
        assertEquals(1, r.getInt("figures.proposals.byKind.EXIT.dismissed"));
        assertEquals(List.of(c1.toString()), r.getList("figures.keyCultivation.candidateId"));
        assertEquals("2026-H1", r.getString("figures.keyCultivation[0].period"));
        assertEquals(0, alerts("APPRAISAL_OVERDUE", "OPEN"));
        assertEquals(1, alerts("APPRAISAL_OVERDUE", "ALL"));

        JsonPath other = report("appraisal", "viewer", RecruitmentFeed.newCounty(), Map.of());
        assertEquals(0, other.getList("figures.cycles").size());
    }
}
