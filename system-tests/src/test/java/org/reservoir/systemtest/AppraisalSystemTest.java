package org.reservoir.systemtest;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.launcher.Stack;
import org.reservoir.launcher.TestStacks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A half-yearly appraisal through the packaged services, with no hand-made event anywhere: twenty reserves enter the
 * pool through recruitment's API (registration, township review, joint review, an evaluation panel in assessment,
 * admission), a cycle in assessment appraises all twenty, one is graded excellent and one incompetent, and the county's
 * acceptance of both proposals reaches recruitment: the key-cultivation mark on one candidate, the exit of the other.
 */
class AppraisalSystemTest {

    private static final String COUNTY = "652391000000";
    private static final String TOWNSHIP_A = "652391101000";
    private static final String TOWNSHIP_B = "652391102000";
    private static final String VILLAGE_A = "652391101301";
    private static final String VILLAGE_B = "652391102301";
    private static Stack stack;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.start("stack-appraisal", 1);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    private static RequestSpecification as(String role, String region, String service) {
        return given().baseUri(stack.service(service).baseUrl()).header("Authorization", "Bearer " + stack.tokens().issue(role, region))
                .contentType("application/json");
    }

    private static RequestSpecification admin(String service) {
        return as("county-admin", COUNTY, service);
    }

    private static RequestSpecification reviewer() {
        return given().baseUri(stack.service("recruitment").baseUrl())
                .header("Authorization", "Bearer " + stack.tokens().issue("reviewer", COUNTY, "police", Duration.ofHours(1)))
                .contentType("application/json");
    }

    /** A valid ID number (ISO 7064 MOD 11-2) of someone born in 1990, the {@code n}-th. */
    private static String idNumber(int n) {
        String body = "652391" + LocalDate.of(1990, 1, 1).plusDays(n * 17L).format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** POSTs with the candidate's current version as If-Match; expects {@code status} afterwards. */
    private static void step(RequestSpecification who, String candidate, String path, String body, String status) {
        String etag = admin("recruitment").get("/api/v1/candidates/" + candidate).then().statusCode(200).extract().header("ETag");
        who.header("If-Match", etag).body(body).post("/api/v1/candidates/" + candidate + path).then().statusCode(200)
                .body("status", equalTo(status));
    }

    private static String etag(String service, String path) {
        return admin(service).get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void twentyReservesAreAppraisedAndTheCountysDecisionsReachRecruitment() {
        admin("recruitment").body("""
                {"regions":[{"code":"%s","name":"考评县"},{"code":"%s","name":"东镇"},{"code":"%s","name":"西镇"},
                 {"code":"%s","name":"东村","villageType":"POOR","committeeSeats":5},{"code":"%s","name":"西村","villageType":"POOR","committeeSeats":5}]}"""
                .formatted(COUNTY, TOWNSHIP_A, TOWNSHIP_B, VILLAGE_A, VILLAGE_B)).post("/api/v1/regions/bulk").then().statusCode(201);
        String campaign = admin("recruitment").body("""
                {"name":"考评县2026年村级后备力量招募","scopeCode":"%s","startsOn":"2026-01-01","endsOn":"2026-12-31",
                 "fullTimeQuota":0,"partTimeQuota":25}"""
                .formatted(COUNTY)).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        admin("recruitment").header("If-Match", "\"0\"").post("/api/v1/campaigns/" + campaign + "/open").then().statusCode(200);

        // Twenty registrations, ten per township, each through the township and the joint review.
        List<String> reserves = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String village = i < 10 ? VILLAGE_A : VILLAGE_B;
            String township = i < 10 ? TOWNSHIP_A : TOWNSHIP_B;
            String id = as("township-officer", township, "recruitment").body("""
                    {"campaignId":"%s","villageCode":"%s","targetPost":"COMMITTEE_MEMBER","track":"PART_TIME","name":"后备%02d","ethnicity":"汉族",
                     "idNumber":"%s","phone":"13800000000","educationLevel":"BACHELOR","politicalStatus":"PARTY_MEMBER",
                     "partyJoinDate":"2015-07-01","workYears":6,"fitForDuty":true,"local":true,
                     "sourceGroup":"RETURNING_GRADUATE","channel":"OPEN_RECRUITMENT"}""".formatted(campaign, village, i, idNumber(i)))
                    .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
            step(as("township-officer", township, "recruitment"), id, "/township-review", "{\"decision\":\"APPROVE\"}", "TOWNSHIP_APPROVED");
            step(admin("recruitment"), id, "/joint-review", "{\"departments\":[\"police\"]}", "IN_JOINT_REVIEW");
            step(reviewer(), id, "/joint-review/verdicts", "{\"verdict\":\"PASS\"}", "VETTED");
            reserves.add(id);
        }

        // The selection evaluation in assessment: one named rater, written test, field visit, interview, sealed.
        String rater = "assessor@" + COUNTY;
        Poll.until("assessment knows the campaign", Duration.ofSeconds(60), () -> admin("assessment").body("""
                {"components":[{"component":"WRITTEN_TEST","weight":30,"maxScore":100},{"component":"INTERVIEW","weight":40,"maxScore":100},
                 {"component":"FIELD_VISIT","weight":30,"maxScore":100}],"passLine":60,"tieBreak":["INTERVIEW","WRITTEN_TEST"],
                 "criteriaTemplate":"three-highs-three-strengths","raters":["%s"],"minRaters":1,"trimFrom":0}""".formatted(rater))
                .post("/api/v1/campaigns/" + campaign + "/evaluation-plan").statusCode() == 201);
        for (String id : reserves) {
            Poll.until("assessment knows candidate " + id, Duration.ofSeconds(60), () -> as("assessor", COUNTY, "assessment")
                    .body("{\"candidateId\":\"" + id + "\"}").post("/api/v1/evaluations").statusCode() == 201);
            String tag = etag("assessment", "/api/v1/evaluations/" + id);
            tag = as("assessor", COUNTY, "assessment").header("If-Match", tag).body("{\"score\":82}").put("/api/v1/evaluations/" + id + "/written-test")
                    .then().statusCode(200).extract().header("ETag");
            tag = as("assessor", COUNTY, "assessment").header("If-Match", tag)
                    .body("{\"householdsVisited\":10,\"peopleTalkedTo\":15,\"findings\":\"群众评价好\",\"score\":85}")
                    .put("/api/v1/evaluations/" + id + "/field-visit").then().statusCode(200).extract().header("ETag");
            tag = as("assessor", COUNTY, "assessment").header("If-Match", tag).body("""
                    {"scores":{"political-quality":16,"education":12,"standing":12,"development":16,"service":12,"coordination":12}}""")
                    .put("/api/v1/evaluations/" + id + "/interview-sheets/mine").then().statusCode(200).extract().header("ETag");
            as("assessor", COUNTY, "assessment").header("If-Match", tag).post("/api/v1/evaluations/" + id + "/seal").then().statusCode(200);
        }
        for (String id : reserves) {
            Poll.untilEquals("candidate " + id + " evaluated", "EVALUATED", Duration.ofSeconds(60),
                    () -> admin("recruitment").get("/api/v1/candidates/" + id).then().extract().<String>path("status"));
            step(admin("recruitment"), id, "/admission", "{\"decision\":\"ADMIT\"}", "IN_POOL");
        }

        // The cycle: opened once assessment has seen all twenty in the pool.
        LocalDate deadline = LocalDate.now().plusDays(30);
        String body = """
                {"countyCode":"%s","year":%d,"period":"%s","deadline":"%s","democraticWeight":30,
                 "dimensions":[{"dimension":"MORALITY","weight":20,"guidance":"政治素质、道德品行"},{"dimension":"ABILITY","weight":20,"guidance":"履职能力"},
                  {"dimension":"DILIGENCE","weight":20,"guidance":"工作态度"},{"dimension":"PERFORMANCE","weight":30,"guidance":"工作实绩"},
                  {"dimension":"INTEGRITY","weight":10,"guidance":"廉洁自律"}]}"""
                .formatted(COUNTY, deadline.getYear(), deadline.getMonthValue() > 6 ? "YEAR_END" : "MID_YEAR", deadline);
        Response cycle = admin("assessment").body(body).post("/api/v1/appraisal-cycles");
        cycle.then().statusCode(201);
        String cycleId = cycle.jsonPath().getString("id");
        Poll.until("twenty reserves in the pool", Duration.ofSeconds(60), () -> admin("recruitment").queryParam("campaignId", campaign)
                .queryParam("status", "IN_POOL").get("/api/v1/candidates").jsonPath().getInt("total") == 20);
        // Assessment learns the admissions from recruitment's candidate events: those it has not seen when the cycle opens
        // join the open cycle as their events arrive.
        admin("assessment").header("If-Match", cycle.header("ETag")).post("/api/v1/appraisal-cycles/" + cycleId + "/open").then().statusCode(200);
        Poll.untilEquals("twenty appraisals in the open cycle", 20, Duration.ofSeconds(60),
                () -> admin("assessment").get("/api/v1/appraisal-cycles/" + cycleId).then().statusCode(200).extract().<Integer>path("appraisalCount"));
        admin("assessment").queryParam("cycleId", cycleId).get("/api/v1/appraisals").then().body("total", equalTo(20));

        // Township officers score and record the democratic appraisal; reserve 0 excellent, reserve 1 incompetent.
        String excellent = reserves.get(0);
        String incompetent = reserves.get(1);
        for (int i = 0; i < 20; i++) {
            String township = i < 10 ? TOWNSHIP_A : TOWNSHIP_B;
            String appraisal = admin("assessment").queryParam("cycleId", cycleId).queryParam("candidateId", reserves.get(i)).get("/api/v1/appraisals")
                    .then().statusCode(200).extract().jsonPath().getString("items[0].id");
            int score = i == 0 ? 96 : i == 1 ? 50 : 82;
            String votes = i == 0 ? "[{\"group\":\"VILLAGERS\",\"excellent\":20,\"competent\":4,\"basicallyCompetent\":0,\"incompetent\":0}]"
                    : i == 1 ? "[{\"group\":\"VILLAGERS\",\"excellent\":2,\"competent\":8,\"basicallyCompetent\":4,\"incompetent\":10}]"
                    : "[{\"group\":\"VILLAGERS\",\"excellent\":5,\"competent\":15,\"basicallyCompetent\":2,\"incompetent\":0}]";
            String tag = etag("assessment", "/api/v1/appraisals/" + appraisal);
            tag = as("township-officer", township, "assessment").header("If-Match", tag).body("""
                    {"scores":{"MORALITY":%d,"ABILITY":%d,"DILIGENCE":%d,"PERFORMANCE":%d,"INTEGRITY":%d}}""".formatted(score, score, score, score, score))
                    .put("/api/v1/appraisals/" + appraisal + "/scores").then().statusCode(200).extract().header("ETag");
            tag = as("township-officer", township, "assessment").header("If-Match", tag).body("{\"votes\":" + votes + "}")
                    .put("/api/v1/appraisals/" + appraisal + "/votes").then().statusCode(200).extract().header("ETag");
            as("township-officer", township, "assessment").header("If-Match", tag).post("/api/v1/appraisals/" + appraisal + "/grade").then()
                    .statusCode(200).body("grade", equalTo(i == 0 ? "EXCELLENT" : i == 1 ? "INCOMPETENT" : "COMPETENT"));
        }
        admin("assessment").queryParam("cycleId", cycleId).queryParam("status", "GRADED").get("/api/v1/appraisals").then().body("total", equalTo(20));

        // The exit proposal shows in recruitment as a recommendation before the county decides.
        Poll.until("the exit recommendation in recruitment", Duration.ofSeconds(60),
                () -> !admin("recruitment").get("/api/v1/candidates/" + incompetent).jsonPath().getList("exitRecommendations").isEmpty());

        List<String> proposals = admin("assessment").queryParam("cycleId", cycleId).queryParam("status", "OPEN").get("/api/v1/adjustment-proposals")
                .then().statusCode(200).body("total", equalTo(2)).extract().jsonPath().getList("items.id");
        for (String proposal : proposals) {
            admin("assessment").header("If-Match", etag("assessment", "/api/v1/adjustment-proposals/" + proposal))
                    .body("{\"reason\":\"经县委组织部研究同意\"}").post("/api/v1/adjustment-proposals/" + proposal + "/accept").then().statusCode(200)
                    .body("status", equalTo("ACCEPTED"));
        }

        Poll.untilEquals("the accepted exit in recruitment", "EXITED", Duration.ofSeconds(60),
                () -> admin("recruitment").get("/api/v1/candidates/" + incompetent).then().extract().<String>path("status"));
        admin("recruitment").get("/api/v1/candidates/" + incompetent).then().body("exitReason", equalTo("ADJUSTED_OUT"));
        Poll.until("the key-cultivation mark in recruitment", Duration.ofSeconds(60),
                () -> admin("recruitment").get("/api/v1/candidates/" + excellent).jsonPath().get("keyCultivation") != null);
        admin("recruitment").get("/api/v1/candidates/" + excellent).then().statusCode(200).body("status", equalTo("IN_POOL"))
                .body("keyCultivation.reason", equalTo("经县委组织部研究同意")).body("keyCultivation.appraisalId", notNullValue());
        admin("recruitment").get("/api/v1/candidates/" + excellent + "/history").then().body("action", hasItem("MARK_KEY_CULTIVATION"));
        assertEquals(19, admin("recruitment").queryParam("campaignId", campaign).queryParam("status", "IN_POOL").get("/api/v1/candidates")
                .jsonPath().getInt("total"), "nineteen stay in the pool");
    }
}
