package org.reservoir.assessment.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.reservoir.assessment.consumers.RecruitmentProjections;
import org.reservoir.assessment.events.AppraisalEvents;
import org.reservoir.assessment.persistence.CandidateProjection;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** A fresh county per test (cycles are unique per county and half year), its reserves as recruitment's events describe them. */
final class AppraisalFixtures {

    final String county;
    final String township;
    final String otherTownship;
    final String village;
    final String otherVillage;

    AppraisalFixtures() {
        // Prefecture 43xx, county xx01..xx99 (a county code never ends its six digits in 00).
        county = "43" + ThreadLocalRandom.current().nextInt(10, 100) + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 100))
                + "000000";
        township = county.substring(0, 6) + "101000";
        otherTownship = county.substring(0, 6) + "102000";
        village = township.substring(0, 9) + "201";
        otherVillage = otherTownship.substring(0, 9) + "201";
    }

    RequestSpecification as(String role, String region) {
        return given().header("Authorization", TestTokens.bearer(role, region)).header("Accept-Language", "en").contentType(ContentType.JSON);
    }

    /** A caller who is a token's subject: a reserve (its candidate id) or a mentor (a person id). */
    RequestSpecification asSubject(String subject, String role, String region) {
        return given().header("Authorization", TestTokens.bearerAs(subject, role, region)).header("Accept-Language", "en").contentType(ContentType.JSON);
    }

    RequestSpecification admin() {
        return as(Roles.COUNTY_ADMIN, county);
    }

    RequestSpecification officer() {
        return as(Roles.TOWNSHIP_OFFICER, township);
    }

    /** A candidate as recruitment.candidate.v1 carries it (the contract's shape, no ID number). */
    UUID reserve(String villageCode, String status, long version) {
        UUID id = UUID.randomUUID();
        reserve(id, villageCode, status, version);
        return id;
    }

    void reserve(UUID id, String villageCode, String status, long version) {
        EventProbe.publish(RecruitmentProjections.CANDIDATE_TOPIC, id.toString(), UUID.randomUUID().toString(),
                "reservoir.recruitment.candidate.status-changed", id.toString(), """
                        {"candidateId":"%s","campaignId":"%s","name":"后备%s","countyCode":"%s","townshipCode":"%s",
                         "villageCode":"%s","targetPost":"COMMITTEE_MEMBER","track":"PART_TIME","gender":"FEMALE","birthYear":1994,
                         "educationLevel":"BACHELOR","politicalStatus":"PARTY_MEMBER","local":true,"sourceGroup":"RETURNING_GRADUATE",
                         "channel":"OPEN_RECRUITMENT","status":"%s","eligible":true,"electedPosts":[],"exitReason":%s,"version":%d,
                         "transition":null}""".formatted(id, UUID.randomUUID(), id.toString().substring(0, 4), county,
                        villageCode.substring(0, 9) + "000", villageCode, status, "EXITED".equals(status) ? "\"ADJUSTED_OUT\"" : "null",
                        version));
    }

    void awaitProjected(long candidates) {
        Poll.until("candidates of " + county + " projected", Duration.ofSeconds(30),
                () -> QuarkusTransaction.requiringNew().call(() -> CandidateProjection.count("countyCode", county)), n -> n == candidates);
    }

    /**
     * The events of {@code type} about one appraisal: waits until one is there, then reads on for {@code settle} so a
     * duplicate would be seen too.
     */
    static List<JsonNode> events(String appraisalId, String type, Duration settle) {
        java.util.function.Predicate<EventProbe.Message> match = m -> appraisalId.equals(m.key()) && type.equals(m.headers().get("ce_type"));
        EventProbe.read(AppraisalEvents.TOPIC, match, 1, Duration.ofSeconds(30));
        return EventProbe.read(AppraisalEvents.TOPIC, match, Integer.MAX_VALUE, settle).stream().map(EventProbe.Message::json).toList();
    }

    static Map<String, Object> cycleRequest(String county, LocalDate opensOn, LocalDate deadline, int performanceWeight) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("countyCode", county);
        body.put("year", deadline.getYear());
        body.put("period", deadline.getMonthValue() > 6 ? "YEAR_END" : "MID_YEAR");
        if (opensOn != null) {
            body.put("opensOn", opensOn.toString());
        }
        body.put("deadline", deadline.toString());
        body.put("dimensions", java.util.List.of(
                Map.of("dimension", "MORALITY", "weight", 20, "guidance", "政治素质、道德品行"),
                Map.of("dimension", "ABILITY", "weight", 20, "guidance", "履职能力"),
                Map.of("dimension", "DILIGENCE", "weight", 20, "guidance", "出勤与工作态度"),
                Map.of("dimension", "PERFORMANCE", "weight", performanceWeight, "guidance", "工作实绩"),
                Map.of("dimension", "INTEGRITY", "weight", 10, "guidance", "廉洁自律")));
        body.put("democraticWeight", 30);
        return body;
    }

    /** Creates and opens a cycle by hand; returns its id. */
    String openCycle(LocalDate deadline) {
        Response created = admin().body(cycleRequest(county, null, deadline, 30)).post("/api/v1/appraisal-cycles");
        created.then().statusCode(201);
        String id = created.jsonPath().getString("id");
        admin().header("If-Match", created.header("ETag")).post("/api/v1/appraisal-cycles/" + id + "/open").then().statusCode(200);
        return id;
    }

    static Map<String, Object> scores(int all) {
        return Map.of("scores", Map.of("MORALITY", all, "ABILITY", all, "DILIGENCE", all, "PERFORMANCE", all, "INTEGRITY", all));
    }

    static Map<String, Object> votes(int excellent, int competent, int basically, int incompetent) {
        return Map.of("votes", java.util.List.of(
                Map.of("group", "VILLAGERS", "excellent", excellent, "competent", competent, "basicallyCompetent", basically,
                        "incompetent", incompetent),
                Map.of("group", "PARTY_MEMBERS", "excellent", 0, "competent", 1, "basicallyCompetent", 0, "incompetent", 0)));
    }

    /** The appraisal of {@code candidate} as the admin lists it. */
    String appraisalOf(String cycleId, UUID candidate) {
        return admin().queryParam("cycleId", cycleId).queryParam("candidateId", candidate.toString()).get("/api/v1/appraisals")
                .then().statusCode(200).extract().jsonPath().getString("items[0].id");
    }

    /** Scores, votes and grades an appraisal as the township officer; returns the graded body. */
    Response scoreAndGrade(String appraisalId, String region, int score, int excellent, int competent, int basically, int incompetent) {
        RequestSpecification officer = as(Roles.TOWNSHIP_OFFICER, region);
        String etag = officer.get("/api/v1/appraisals/" + appraisalId).header("ETag");
        etag = as(Roles.TOWNSHIP_OFFICER, region).header("If-Match", etag).body(scores(score)).put("/api/v1/appraisals/" + appraisalId + "/scores")
                .then().statusCode(200).extract().header("ETag");
        etag = as(Roles.TOWNSHIP_OFFICER, region).header("If-Match", etag).body(votes(excellent, competent, basically, incompetent))
                .put("/api/v1/appraisals/" + appraisalId + "/votes").then().statusCode(200).extract().header("ETag");
        Response graded = as(Roles.TOWNSHIP_OFFICER, region).header("If-Match", etag).post("/api/v1/appraisals/" + appraisalId + "/grade");
        graded.then().statusCode(200);
        return graded;
    }
}
