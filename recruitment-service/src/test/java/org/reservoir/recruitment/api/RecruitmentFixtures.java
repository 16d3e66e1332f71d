package org.reservoir.recruitment.api;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** A county with townships, villages and an open campaign, built through the API, plus valid ID numbers. */
public final class RecruitmentFixtures {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final AtomicInteger COUNTIES = new AtomicInteger(1);
    private static final AtomicInteger PEOPLE = new AtomicInteger(1);

    final String county;
    final String township1;
    final String township2;
    final String village1;
    final String village2;
    final String village3;
    String campaignId;

    RecruitmentFixtures() {
        county = String.format("6526%02d000000", COUNTIES.getAndIncrement());
        township1 = county.substring(0, 6) + "101000";
        township2 = county.substring(0, 6) + "102000";
        village1 = township1.substring(0, 9) + "201";
        village2 = township1.substring(0, 9) + "202";
        village3 = township2.substring(0, 9) + "201";
        admin().body("""
                {"regions":[{"code":"%s","name":"测试县"},{"code":"%s","name":"一号镇"},{"code":"%s","name":"二号镇"},
                 {"code":"%s","name":"东湾村","villageType":"WEAK","committeeSeats":5},
                 {"code":"%s","name":"西地村","villageType":"POOR","committeeSeats":5},
                 {"code":"%s","name":"南滩村","villageType":"INDUSTRY","committeeSeats":7}]}"""
                .formatted(county, township1, township2, village1, village2, village3))
                .post("/api/v1/regions/bulk").then().statusCode(201);
        campaignId = admin().body(campaignJson(county, 2, 5)).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        admin().header("If-Match", "\"0\"").post("/api/v1/campaigns/" + campaignId + "/open").then().statusCode(200);
    }

    String campaignJson(String scope, int fullTime, int partTime) {
        return """
                {"name":"测试招募","scopeCode":"%s","startsOn":"2026-01-01","endsOn":"2026-12-31",
                 "vacancies":[{"villageCode":"%s","post":"PARTY_SECRETARY"},{"villageCode":"%s","post":"COMMITTEE_MEMBER"}],
                 "fullTimeQuota":%d,"partTimeQuota":%d,
                 "eligibility":{"minAge":18,"maxAge":45,"minEducation":"SENIOR_HIGH","minWorkYears":2,"requireFitForDuty":true},
                 "probationMonths":3}"""
                .formatted(scope, village1, village1, fullTime, partTime);
    }

    static RequestSpecification as(String role, String region) {
        return given().header("Authorization", TestTokens.bearer(role, region)).contentType(ContentType.JSON);
    }

    static RequestSpecification reviewer(String region, String department) {
        return given().header("Authorization", "Bearer " + TestTokens.token("reviewer", region, department)).contentType(ContentType.JSON);
    }

    RequestSpecification admin() {
        return as("county-admin", county);
    }

    RequestSpecification officer() {
        return as("township-officer", township1);
    }

    /** A valid 18-character ID number (GB 11643 check character) for someone born on {@code birth}. */
    static String idNumber(LocalDate birth, boolean male) {
        int seq = PEOPLE.getAndIncrement() % 500 * 2 + (male ? 1 : 0);
        String body = "652327" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    String registration(String village, String post, String track, String idNumber, String extra) {
        return """
                {"campaignId":"%s","villageCode":"%s","targetPost":"%s","track":"%s","name":"李%s","ethnicity":"汉族",
                 "idNumber":"%s","phone":"13800000000","educationLevel":"BACHELOR","politicalStatus":"PARTY_MEMBER",
                 "partyJoinDate":"2015-07-01","workYears":6,"fitForDuty":true,"local":true,
                 "sourceGroup":"RETURNING_GRADUATE","channel":"ORGANISATION_RECOMMENDATION"%s}"""
                .formatted(campaignId, village, post, track, idNumber.substring(14), idNumber, extra);
    }

    /** Registers someone born in 1992 as {@code track} for village 1; returns the candidate id. */
    String register(String track) {
        String post = track.equals("FULL_TIME") ? "PARTY_SECRETARY" : "COMMITTEE_MEMBER";
        return officer().body(registration(village1, post, track, idNumber(LocalDate.of(1992, 3, 14), true), ""))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
    }

    static long version(RequestSpecification as, String candidateId) {
        return as.get("/api/v1/candidates/" + candidateId).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /** Takes a step with the current version as If-Match; returns the response for assertions. */
    Response step(RequestSpecification as, String candidateId, String path, String body) {
        long v = version(admin(), candidateId);
        RequestSpecification r = as.header("If-Match", "\"" + v + "\"");
        return (body == null ? r : r.body(body)).post("/api/v1/candidates/" + candidateId + path);
    }

    /** Township approval, joint review by police and court, both pass. */
    void vet(String id) {
        step(officer(), id, "/township-review", "{\"decision\":\"APPROVE\"}").then().statusCode(200);
        step(admin(), id, "/joint-review", "{\"departments\":[\"police\",\"court\"]}").then().statusCode(200);
        step(reviewer(county, "police"), id, "/joint-review/verdicts", "{\"verdict\":\"PASS\"}").then().statusCode(200);
        step(reviewer(county, "court"), id, "/joint-review/verdicts", "{\"verdict\":\"PASS\"}").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("VETTED"));
    }

    /**
     * A sealed evaluation as assessment-service publishes it (assessment.evaluation.v1); recruitment's consumer tests play
     * assessment's part here, the system tests run the real assessment-service.
     */
    public static String evaluationEvent(String eventId, String candidateId, double composite, boolean passed) {
        return EventProbe.envelope(eventId, "reservoir.assessment.evaluation.completed", candidateId, """
                {"candidateId":"%s","campaignId":"%s","planId":"%s","resultVersion":1,"composite":%s,"passed":%s,"rank":1,"rankOf":1,
                 "breakdown":[{"component":"WRITTEN_TEST","score":80,"maxScore":100,"weight":30,"weighted":24.00},
                  {"component":"INTERVIEW","score":75.5,"maxScore":100,"weight":40,"weighted":30.20},
                  {"component":"FIELD_VISIT","score":90,"maxScore":100,"weight":30,"weighted":27.00}],
                 "sealedAt":"2026-04-01T08:00:00Z","countyCode":"652327000000","townshipCode":"652327101000","villageCode":"652327101201",
                 "version":2}""".formatted(candidateId, UUID.randomUUID(), UUID.randomUUID(), composite, passed));
    }

    /** A probation outcome as assessment-service sends it on assessment.evaluation.v1. */
    public static String probationEvent(String eventId, String candidateId, boolean passed, String comment) {
        return EventProbe.envelope(eventId, "reservoir.assessment.probation.completed", candidateId, """
                {"candidateId":"%s","passed":%s,"comment":"%s"}""".formatted(candidateId, passed, comment));
    }

    /** A graded appraisal with one open proposal of {@code kind}, as assessment-service sends it on assessment.appraisal.v1 (keyed by appraisal). */
    public static String gradedEvent(String eventId, String candidateId, String appraisalId, String proposalId, String grade, String kind) {
        return EventProbe.envelope(eventId, "reservoir.assessment.appraisal.graded", appraisalId, """
                {"appraisalId":"%s","cycleId":"%s","candidateId":"%s","period":"2026-H1","grade":"%s","total":58.5,
                 "proposals":[{"proposalId":"%s","kind":"%s","status":"OPEN"}],"countyCode":"652327000000","townshipCode":"652327101000",
                 "villageCode":"652327101201","version":3}""".formatted(appraisalId, UUID.randomUUID(), candidateId, grade, proposalId, kind));
    }

    /** The county admin's decision on a proposal, as assessment-service sends it on assessment.appraisal.v1. */
    public static String decidedEvent(String eventId, String candidateId, String appraisalId, String proposalId, String kind, String status,
                                      String reason) {
        return EventProbe.envelope(eventId, "reservoir.assessment.proposal.decided", appraisalId, """
                {"proposalId":"%s","appraisalId":"%s","candidateId":"%s","kind":"%s","status":"%s","reason":"%s",
                 "countyCode":"652327000000","townshipCode":"652327101000","villageCode":"652327101201","version":1}"""
                .formatted(proposalId, appraisalId, candidateId, kind, status, reason));
    }

    static void publish(String topic, String key, String json) {
        EventProbe.send(topic, key, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Polls the candidate until it reaches {@code status}. */
    void awaitStatus(String id, String status) {
        Poll.untilEquals("the status of candidate " + id, status, Duration.ofSeconds(30),
                () -> admin().get("/api/v1/candidates/" + id).then().extract().<String>path("status"));
    }

    /** Vets, then evaluates through a real assessment event. */
    void evaluate(String id, double composite) {
        vet(id);
        publish("assessment.evaluation.v1", id, evaluationEvent(UUID.randomUUID().toString(), id, composite, composite >= 60));
        awaitStatus(id, composite >= 60 ? "EVALUATED" : "EVALUATION_FAILED");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
