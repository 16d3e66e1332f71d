package org.reservoir.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.reservoir.assessment.events.EvaluationEventContract;
import org.reservoir.assessment.events.EvaluationEvents;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The selection evaluation through assessment's API on real PostgreSQL and Kafka: a plan, a five-rater panel, sealing
 * (composite, trimming, rank, pass) and the event on assessment.evaluation.v1, corrections and the ranking.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class EvaluationFlowTest {

    private static Response created(AssessmentFixtures f, UUID candidate) {
        return f.assessor().header("Idempotency-Key", "open-" + candidate).body("{\"candidateId\":\"" + candidate + "\"}")
                .post("/api/v1/evaluations").then().statusCode(201).extract().response();
    }

    private static String scoreWritten(AssessmentFixtures f, UUID candidate, String etag, String score) {
        return AssessmentFixtures.etag(f.assessor().header("If-Match", etag).body("{\"score\":" + score + "}")
                .put("/api/v1/evaluations/" + candidate + "/written-test").then().statusCode(200).extract().response());
    }

    private static String fieldVisit(AssessmentFixtures f, UUID candidate, String etag, String score) {
        return AssessmentFixtures.etag(f.assessor().header("If-Match", etag).body("""
                        {"householdsVisited":12,"peopleTalkedTo":20,"findings":"邻里评价好","score":%s}""".formatted(score))
                .put("/api/v1/evaluations/" + candidate + "/field-visit").then().statusCode(200).extract().response());
    }

    private static String sheet(AssessmentFixtures f, int rater, UUID candidate, String etag, String body) {
        return AssessmentFixtures.etag(f.rater(rater).header("If-Match", etag).body(body)
                .put("/api/v1/evaluations/" + candidate + "/interview-sheets/mine").then().statusCode(200).extract().response());
    }

    @Test
    void aPanelScoresSealsAndPublishesTheResult() throws Exception {
        AssessmentFixtures f = new AssessmentFixtures();
        UUID candidate = f.vettedCandidate("马晓燕");
        String planTag = AssessmentFixtures.etag(f.admin().header("Idempotency-Key", "plan-" + f.campaignId).body(f.planJson(5, null))
                .post("/api/v1/campaigns/" + f.campaignId + "/evaluation-plan").then().statusCode(201)
                .body("components.size()", equalTo(3)).body("trimFrom", equalTo(5)).extract().response());

        created(f, candidate);
        // Written-test scores come as a workbook: one good row, one out of range, one unknown, one unreadable.
        UUID stranger = UUID.randomUUID();
        f.assessor().contentType(RankingResource.XLSX).header("Accept-Language", "en")
                .body(workbook(new Object[][]{{"候选人ID", "笔试成绩"}, {candidate.toString(), 82.5}, {candidate.toString(), 90},
                        {stranger.toString(), 101}, {"not-an-id", 70}}))
                .post("/api/v1/campaigns/" + f.campaignId + "/written-test-scores").then().statusCode(200)
                .body("rows", equalTo(4)).body("entered", equalTo(1)).body("refused", equalTo(3))
                .body("outcomes.outcome", contains("ENTERED", "REFUSED", "REFUSED", "REFUSED"))
                .body("outcomes.row", contains(2, 3, 4, 5))
                .body("outcomes.rule", contains(nullValue(), equalTo("duplicate-in-upload"), equalTo("evaluation-unknown"), equalTo("uuid")));
        String tag = f.assessor().get("/api/v1/evaluations/" + candidate).then().statusCode(200)
                .body("writtenTest", equalTo(82.5f)).extract().header("ETag");
        tag = fieldVisit(f, candidate, tag, "88");
        tag = sheet(f, 1, candidate, tag, AssessmentFixtures.sheet(19, 14, 14, 19, 15, 14)); // 95
        tag = sheet(f, 2, candidate, tag, AssessmentFixtures.sheet(16, 12, 12, 16, 12, 12)); // 80
        tag = sheet(f, 3, candidate, tag, AssessmentFixtures.sheet(10, 9, 9, 10, 9, 9));     // 56, replaced below
        tag = sheet(f, 3, candidate, tag, AssessmentFixtures.sheet(12, 9, 9, 12, 9, 9));     // 60
        tag = sheet(f, 4, candidate, tag, AssessmentFixtures.sheet(17, 12, 12, 17, 12, 12)); // 82

        // Before sealing a rater sees only their own sheet.
        f.rater(2).get("/api/v1/evaluations/" + candidate).then().statusCode(200)
                .body("interview.sheetsEntered", equalTo(4)).body("interview.mine.total", equalTo(80.0f))
                .body("interview.sheets.size()", equalTo(0)).body("result", nullValue());
        // The plan cannot change once scoring started.
        f.admin().header("If-Match", planTag).body(f.planJson(3, null)).put("/api/v1/campaigns/" + f.campaignId + "/evaluation-plan")
                .then().statusCode(409).body("type", containsString("evaluation-plan-locked"));
        // Four of five sheets: not yet.
        f.assessor().header("If-Match", tag).post("/api/v1/evaluations/" + candidate + "/seal").then().statusCode(409)
                .body("type", containsString("evaluation-incomplete")).body("missing", hasItem(containsString("INTERVIEW")));
        tag = sheet(f, 5, candidate, tag, AssessmentFixtures.sheet(16, 12, 12, 16, 11, 11)); // 78

        // 95 and 60 dropped → interview 80.00 → 32.00; written 82.5 → 24.75; field visit 88 → 26.40; composite 83.15.
        Response sealed = f.assessor().header("If-Match", tag).post("/api/v1/evaluations/" + candidate + "/seal").then().statusCode(200)
                .body("status", equalTo("SEALED")).body("interview.score", equalTo(80.0f))
                .body("result.composite", equalTo(83.15f)).body("result.passed", equalTo(true)).body("result.rankAtSeal", equalTo(1))
                .body("result.resultVersion", equalTo(1)).body("interview.sheets.size()", equalTo(5))
                .body("interview.sheets.total", hasItem(60.0f)).extract().response();
        tag = AssessmentFixtures.etag(sealed);

        // After sealing: no more sheets.
        f.rater(1).header("If-Match", tag).body(AssessmentFixtures.sheet(20, 15, 15, 20, 15, 15))
                .put("/api/v1/evaluations/" + candidate + "/interview-sheets/mine").then().statusCode(409)
                .body("type", containsString("evaluation-sealed"));

        JsonNode event = EventProbe.events(EvaluationEvents.TOPIC, candidate.toString(), 1, Duration.ofSeconds(30)).get(0);
        assertEquals(EvaluationEvents.COMPLETED, event.get("type").asText());
        EvaluationEventContract.assertConforms(event);
        JsonNode d = event.get("data");
        assertEquals(0, new BigDecimal("83.15").compareTo(d.get("composite").decimalValue()));
        assertTrue(d.get("passed").asBoolean());
        assertEquals(1, d.get("rank").asInt());
        assertEquals(1, d.get("resultVersion").asInt());
        assertEquals(f.campaignId.toString(), d.get("campaignId").asText());
        assertEquals(f.village, d.get("villageCode").asText());
        assertEquals(3, d.get("breakdown").size());
        assertEquals("INTERVIEW", d.get("breakdown").get(1).get("component").asText());
        assertEquals(0, new BigDecimal("32.00").compareTo(d.get("breakdown").get(1).get("weighted").decimalValue()));

        // A county admin's correction: new result version, new event.
        f.admin().header("If-Match", tag).body("{\"reason\":\"笔试成绩录入错误\",\"writtenTest\":92.5}")
                .post("/api/v1/evaluations/" + candidate + "/corrections").then().statusCode(200)
                .body("status", equalTo("CORRECTED")).body("result.composite", equalTo(86.15f)).body("result.resultVersion", equalTo(2));
        List<JsonNode> events = EventProbe.events(EvaluationEvents.TOPIC, candidate.toString(), 2, Duration.ofSeconds(30));
        assertEquals(2, events.size());
        assertEquals(2, events.get(1).get("data").get("resultVersion").asInt());
        EvaluationEventContract.assertConforms(events.get(1));
        assertEquals(0, new BigDecimal("86.15").compareTo(events.get(1).get("data").get("composite").decimalValue()));

        f.admin().get("/api/v1/evaluations/" + candidate + "/history").then().statusCode(200)
                .body("action", contains("CREATE", "ENTER_WRITTEN_TEST", "ENTER_FIELD_VISIT", "ENTER_INTERVIEW_SHEET", "ENTER_INTERVIEW_SHEET",
                        "ENTER_INTERVIEW_SHEET", "ENTER_INTERVIEW_SHEET", "ENTER_INTERVIEW_SHEET", "ENTER_INTERVIEW_SHEET", "SEAL", "CORRECT"))
                .body("reason", hasItem("笔试成绩录入错误"));

        // Once recruitment moved the candidate on (admitted), corrections are refused.
        f.candidateEvent(candidate, "马晓燕", "ADMITTED", 9);
        org.reservoir.infrastructure.testing.Poll.until("admission projected", Duration.ofSeconds(30), () -> io.quarkus.narayana.jta.QuarkusTransaction
                .requiringNew().call(() -> "ADMITTED".equals(org.reservoir.assessment.persistence.CandidateProjection
                        .<org.reservoir.assessment.persistence.CandidateProjection>findById(candidate).status)));
        f.admin().header("If-Match", f.admin().get("/api/v1/evaluations/" + candidate).getHeader("ETag"))
                .body("{\"reason\":\"复核\",\"writtenTest\":50}").post("/api/v1/evaluations/" + candidate + "/corrections").then()
                .statusCode(409).body("type", containsString("correction-too-late"));
    }

    @Test
    void rankingOrdersTheCampaignAndExportsAWorkbook() throws Exception {
        AssessmentFixtures f = new AssessmentFixtures();
        f.admin().body(f.planJson(1, null).replace("\"trimFrom\":5", "\"trimFrom\":0"))
                .post("/api/v1/campaigns/" + f.campaignId + "/evaluation-plan").then().statusCode(201).body("trimFrom", nullValue());
        UUID a = f.vettedCandidate("甲");
        UUID b = f.vettedCandidate("乙");
        UUID c = f.vettedCandidate("丙");
        // a and b tie on the composite (70.00); b's interview is higher, and INTERVIEW is the first tie-break. c fails.
        seal(f, a, "90", AssessmentFixtures.sheet(10, 10, 10, 10, 10, 10), "60");   // 27 + 24 + 18 = 69
        seal(f, b, "60", AssessmentFixtures.sheet(15, 12, 12, 15, 11, 10), "70");   // 18 + 30 + 21 = 69
        seal(f, c, "20", AssessmentFixtures.sheet(5, 5, 5, 5, 5, 5), "30");        // 6 + 12 + 9 = 27
        f.admin().get("/api/v1/campaigns/" + f.campaignId + "/ranking?size=2").then().statusCode(200)
                .body("total", equalTo(3)).body("items.candidateId", contains(b.toString(), a.toString()))
                .body("items.rank", contains(1, 2)).body("items[0].interview", equalTo(75.0f)).body("items[0].composite", equalTo(69.0f));
        f.admin().get("/api/v1/campaigns/" + f.campaignId + "/ranking?page=1&size=2").then().statusCode(200)
                .body("items.candidateId", contains(c.toString())).body("items[0].rank", equalTo(3)).body("items[0].passed", equalTo(false));
        byte[] xlsx = f.admin().get("/api/v1/campaigns/" + f.campaignId + "/ranking/export").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(4, rows.size());
            assertEquals(b.toString(), rows.get(1).getCellText(1));
            assertEquals("69", rows.get(1).getCellText(8).replaceAll("\\.0+$", ""));
            assertEquals("不合格", rows.get(3).getCellText(9));
        }
    }

    static byte[] workbook(Object[][] rows) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("笔试");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof Number n) {
                    ws.value(r, c, n);
                } else {
                    ws.value(r, c, (String) rows[r][c]);
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static void seal(AssessmentFixtures f, UUID candidate, String written, String sheet, String fieldVisit) {
        String tag = AssessmentFixtures.etag(created(f, candidate));
        tag = scoreWritten(f, candidate, tag, written);
        tag = fieldVisit(f, candidate, tag, fieldVisit);
        tag = sheet(f, 1, candidate, tag, sheet);
        f.assessor().header("If-Match", tag).post("/api/v1/evaluations/" + candidate + "/seal").then().statusCode(200);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndTheRule() {
        AssessmentFixtures f = new AssessmentFixtures();
        String url = "/api/v1/campaigns/" + f.campaignId + "/evaluation-plan";
        f.admin().header("Accept-Language", "en").body(f.planJson(5, null).replace("\"weight\":30,\"maxScore\":100},{\"component\":\"INTERVIEW\"",
                        "\"weight\":20,\"maxScore\":100},{\"component\":\"INTERVIEW\"")).post(url).then().statusCode(422)
                .body("errors.field", hasItem("components")).body("errors.rule", hasItem("weights-sum"))
                .body("errors.message", hasItem(containsString("sum to 100 (now 90)")));
        f.admin().body(f.planJson(5, null).replace("FIELD_VISIT", "HOME_VISIT")).post(url).then().statusCode(400);
        f.assessor().body(f.planJson(5, null)).post(url).then().statusCode(403);
        as("county-admin", "652399000000").body(f.planJson(5, null)).post(url).then().statusCode(404);
        f.admin().body(f.planJson(5, null)).post(url).then().statusCode(201);
        f.admin().body(f.planJson(5, null)).post(url).then().statusCode(409).body("type", containsString("evaluation-plan-exists"));

        UUID candidate = f.vettedCandidate("丁");
        String tag = AssessmentFixtures.etag(created(f, candidate));
        f.assessor().header("If-Match", tag).header("Accept-Language", "zh-CN").body("{\"score\":100.5}")
                .put("/api/v1/evaluations/" + candidate + "/written-test").then().statusCode(422)
                .body("errors.rule", hasItem("score-range")).body("errors.message", hasItem(containsString("0 到 100")));
        f.assessor().header("If-Match", tag).body("{\"score\":-1}").put("/api/v1/evaluations/" + candidate + "/written-test").then()
                .statusCode(422).body("errors.rule", hasItem("score-range"));
        f.assessor().header("If-Match", tag).body("{\"votesFor\":3,\"votesTotal\":5}")
                .put("/api/v1/evaluations/" + candidate + "/democratic-recommendation").then().statusCode(422)
                .body("errors.rule", hasItem("component-not-in-plan"));
        f.rater(1).header("If-Match", tag).body("{\"scores\":{\"political-quality\":21,\"charisma\":3}}")
                .put("/api/v1/evaluations/" + candidate + "/interview-sheets/mine").then().statusCode(422)
                .body("errors.rule", hasItem("score-range")).body("errors.rule", hasItem("criterion-unknown"))
                .body("errors.rule", hasItem("criterion-missing"));
        // Not a panel member, though an assessor of the township.
        f.assessor().header("If-Match", tag).body(AssessmentFixtures.sheet(1, 1, 1, 1, 1, 1))
                .put("/api/v1/evaluations/" + candidate + "/interview-sheets/mine").then().statusCode(403)
                .body("type", containsString("not-on-panel"));
        // Another township's assessor does not learn the evaluation exists.
        as("assessor", f.county.substring(0, 6) + "102000").get("/api/v1/evaluations/" + candidate).then().statusCode(404);
        f.assessor().body("{\"score\":50}").put("/api/v1/evaluations/" + candidate + "/written-test").then().statusCode(428);
        f.assessor().header("If-Match", "\"99\"").body("{\"score\":50}").put("/api/v1/evaluations/" + candidate + "/written-test")
                .then().statusCode(412);
        f.assessor().body("{\"candidateId\":\"" + candidate + "\"}").post("/api/v1/evaluations").then().statusCode(409)
                .body("type", containsString("evaluation-exists"));
        // Correcting an open evaluation is not a transition the table allows; a township assessor may not correct at all.
        f.admin().header("If-Match", tag).body("{\"reason\":\"x\",\"writtenTest\":1}").post("/api/v1/evaluations/" + candidate + "/corrections")
                .then().statusCode(409).body("type", containsString("illegal-transition")).body("allowedActions", contains("SEAL"));
        f.assessor().header("If-Match", tag).body("{\"reason\":\"x\",\"writtenTest\":1}").post("/api/v1/evaluations/" + candidate + "/corrections")
                .then().statusCode(403);

        UUID unvetted = UUID.randomUUID();
        f.candidateEvent(unvetted, "戊", "IN_JOINT_REVIEW", 3);
        org.reservoir.infrastructure.testing.Poll.until("projected", Duration.ofSeconds(30), () -> f.assessor()
                .body("{\"candidateId\":\"" + unvetted + "\"}").post("/api/v1/evaluations").statusCode() == 409);
        f.assessor().body("{\"candidateId\":\"" + unvetted + "\"}").post("/api/v1/evaluations").then().statusCode(409)
                .body("type", containsString("candidate-not-vetted"));
    }

    private static io.restassured.specification.RequestSpecification as(String role, String region) {
        return AssessmentFixtures.as(role, region);
    }
}
