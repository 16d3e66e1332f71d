package org.reservoir.assessment.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.reservoir.assessment.events.AppraisalEvents;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.testing.EventContracts;
import org.reservoir.infrastructure.testing.OpenApiAnswers;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reservoir.assessment.appraisal.AppraisalFixtures.cycleRequest;

/**
 * A cycle over recruitment's reserves (projected from contract-shaped recruitment.candidate.v1 events) through the API on
 * real PostgreSQL and Kafka: opening creates one appraisal per reserve in scope, the township scores and records the
 * democratic appraisal, grading applies the rule tables and publishes the graded event with its proposals, and the
 * county's decision on a proposal is published too.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class AppraisalCycleFlowTest {

    private static final LocalDate DEADLINE = LocalDate.now().plusDays(20);

    private static JsonNode onlyEvent(String appraisalId, String type) {
        List<JsonNode> events = AppraisalFixtures.events(appraisalId, type, Duration.ofSeconds(2));
        assertEquals(1, events.size(), type + " of " + appraisalId);
        EventContracts.assertEventConforms(events.get(0), "assessment.appraisal.v1.schema.json");
        return events.get(0);
    }

    @Test
    void aCycleAppraisesTheReservesInScopeGradesThemAndPublishesTheCountysDecisions() {
        AppraisalFixtures f = new AppraisalFixtures();
        UUID excellent = f.reserve(f.village, "IN_POOL", 7);
        UUID poor = f.reserve(f.village, "ON_PROBATION", 9);
        UUID appointed = f.reserve(f.otherVillage, "APPOINTED", 12);
        f.reserve(f.village, "REGISTERED", 0);
        f.reserve(f.village, "EXITED", 8);
        f.awaitProjected(5);

        f.admin().body(cycleRequest(f.county, null, DEADLINE, 40)).post("/api/v1/appraisal-cycles").then().statusCode(422)
                .body("errors.field", hasItems("dimensions")).body("errors.rule", hasItems("dimension-weights-sum"));
        f.officer().body(cycleRequest(f.county, null, DEADLINE, 30)).post("/api/v1/appraisal-cycles").then().statusCode(403);
        Response created = f.admin().body(cycleRequest(f.county, null, DEADLINE, 30)).post("/api/v1/appraisal-cycles");
        created.then().statusCode(201).header("ETag", notNullValue()).header("Location", notNullValue())
                .body("status", equalTo("DRAFT")).body("periodKey", equalTo(DEADLINE.getYear() + (DEADLINE.getMonthValue() > 6 ? "-H2" : "-H1")));
        f.admin().body(cycleRequest(f.county, null, DEADLINE, 30)).post("/api/v1/appraisal-cycles").then().statusCode(409)
                .body("type", equalTo("https://reservoir.local/problems/cycle-exists"));
        String cycle = created.jsonPath().getString("id");
        f.admin().post("/api/v1/appraisal-cycles/" + cycle + "/open").then().statusCode(428);
        f.admin().header("If-Match", created.header("ETag")).post("/api/v1/appraisal-cycles/" + cycle + "/open").then().statusCode(200)
                .body("status", equalTo("OPEN")).body("appraisalCount", equalTo(3)).body("allowedActions", contains("CLOSE"));

        f.admin().queryParam("cycleId", cycle).get("/api/v1/appraisals").then().statusCode(200).body("total", equalTo(3))
                .body("items.candidateId", containsInAnyOrder(excellent.toString(), poor.toString(), appointed.toString()));
        f.officer().queryParam("cycleId", cycle).get("/api/v1/appraisals").then().statusCode(200).body("total", equalTo(2));
        String a1 = f.appraisalOf(cycle, excellent);
        String a2 = f.appraisalOf(cycle, poor);
        // Jurisdiction without an oracle: another township neither reads nor scores it.
        f.as(Roles.TOWNSHIP_OFFICER, f.otherTownship).get("/api/v1/appraisals/" + a1).then().statusCode(404);

        String etag = f.officer().get("/api/v1/appraisals/" + a1).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("allowedActions", contains("RECORD_SCORES", "RECORD_VOTES", "GRADE")).extract().header("ETag");
        f.officer().header("If-Match", etag).body(Map.of("scores", Map.of("ABILITY", 101))).put("/api/v1/appraisals/" + a1 + "/scores")
                .then().statusCode(422).body("errors.field", contains("scores.ABILITY")).body("errors.rule", contains("score-range"));
        etag = f.officer().header("If-Match", etag).body(AppraisalFixtures.scores(96)).put("/api/v1/appraisals/" + a1 + "/scores")
                .then().statusCode(200).body("scores.PERFORMANCE", equalTo(96)).extract().header("ETag");
        f.officer().header("If-Match", etag).post("/api/v1/appraisals/" + a1 + "/grade").then().statusCode(409)
                .body("type", equalTo("https://reservoir.local/problems/appraisal-incomplete"));
        etag = f.officer().header("If-Match", etag).body(AppraisalFixtures.votes(20, 4, 0, 0)).put("/api/v1/appraisals/" + a1 + "/votes")
                .then().statusCode(200).body("votes", hasSize(2)).extract().header("ETag");
        // 96 × 0.7 + (20×100 + 5×80) / 25 × 0.3 = 67.2 + 28.8 = 96.00; 20 of 25 ballots excellent.
        f.officer().header("If-Match", etag).post("/api/v1/appraisals/" + a1 + "/grade").then().statusCode(200)
                .body("status", equalTo("GRADED")).body("grade", equalTo("EXCELLENT")).body("total", equalTo(96.0f))
                .body("proposals.kind", contains("KEY_CULTIVATION")).body("proposals[0].status", equalTo("OPEN"));
        f.officer().get("/api/v1/appraisals/" + a1 + "/history").then().statusCode(200)
                .body("action", contains("RECORD_SCORES", "RECORD_VOTES", "GRADE")).body("[2].details.grade", equalTo("EXCELLENT"));

        JsonNode graded = onlyEvent(a1, AppraisalEvents.GRADED);
        assertEquals(excellent.toString(), graded.at("/data/candidateId").asText());
        assertEquals("EXCELLENT", graded.at("/data/grade").asText());
        assertEquals("KEY_CULTIVATION", graded.at("/data/proposals/0/kind").asText());
        assertEquals(f.village, graded.at("/data/villageCode").asText());

        // 10 of 26 ballots incompetent: more than a third, whatever the score.
        f.scoreAndGrade(a2, f.township, 90, 10, 5, 0, 10).then().body("grade", equalTo("INCOMPETENT"))
                .body("gradeRule", equalTo("incompetent-votes-third")).body("proposals.kind", contains("EXIT"));

        String keyCultivation = f.admin().queryParam("appraisalId", a1).get("/api/v1/adjustment-proposals").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().getString("items[0].id");
        String exit = f.admin().queryParam("appraisalId", a2).get("/api/v1/adjustment-proposals").jsonPath().getString("items[0].id");
        String pEtag = f.admin().get("/api/v1/adjustment-proposals/" + keyCultivation).header("ETag");
        f.officer().header("If-None-Match", pEtag).get("/api/v1/adjustment-proposals/" + keyCultivation).then().statusCode(304);
        f.officer().header("If-Match", pEtag).body(Map.of("reason", "同意")).post("/api/v1/adjustment-proposals/" + keyCultivation + "/accept")
                .then().statusCode(403);
        f.admin().header("If-Match", pEtag).body(Map.of("reason", " ")).post("/api/v1/adjustment-proposals/" + keyCultivation + "/accept")
                .then().statusCode(400);
        f.admin().header("If-Match", pEtag).body(Map.of("reason", "经县委组织部研究，列为重点培养对象"))
                .post("/api/v1/adjustment-proposals/" + keyCultivation + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("decisionReason", equalTo("经县委组织部研究，列为重点培养对象"));
        f.officer().header("If-None-Match", pEtag).get("/api/v1/adjustment-proposals/" + keyCultivation).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        JsonNode decided = onlyEvent(a1, AppraisalEvents.PROPOSAL_DECIDED);
        assertEquals("ACCEPTED", decided.at("/data/status").asText());
        assertEquals("KEY_CULTIVATION", decided.at("/data/kind").asText());
        assertEquals(keyCultivation, decided.at("/data/proposalId").asText());

        String xEtag = f.admin().get("/api/v1/adjustment-proposals/" + exit).header("ETag");
        xEtag = f.admin().header("If-Match", xEtag).body(Map.of("reason", "试岗期间群众意见已整改，暂不调整"))
                .post("/api/v1/adjustment-proposals/" + exit + "/dismiss").then().statusCode(200).body("status", equalTo("DISMISSED"))
                .extract().header("ETag");
        f.admin().header("If-Match", xEtag).body(Map.of("reason", "改为采纳")).post("/api/v1/adjustment-proposals/" + exit + "/accept")
                .then().statusCode(409).body("type", equalTo("https://reservoir.local/problems/proposal-status"));
        f.admin().get("/api/v1/adjustment-proposals/" + exit + "/history").then().statusCode(200)
                .body("action", contains("PROPOSE", "DISMISS"));
        assertEquals("DISMISSED", onlyEvent(a2, AppraisalEvents.PROPOSAL_DECIDED).at("/data/status").asText());
    }

    @Test
    void aReserveReadsOnlyItsOwnAppraisalAndProposalsWhileMentorsAndReviewersReadNone() {
        AppraisalFixtures f = new AppraisalFixtures();
        UUID mine = f.reserve(f.village, "IN_POOL", 7);
        UUID peer = f.reserve(f.village, "IN_POOL", 9);
        f.awaitProjected(2);
        String cycle = f.openCycle(DEADLINE);
        String own = f.appraisalOf(cycle, mine);
        String peers = f.appraisalOf(cycle, peer);
        f.scoreAndGrade(own, f.township, 96, 20, 4, 0, 0).then().body("proposals.kind", contains("KEY_CULTIVATION"));
        f.scoreAndGrade(peers, f.township, 90, 10, 5, 0, 10).then().body("proposals.kind", contains("EXIT"));
        String ownProposal = f.admin().queryParam("appraisalId", own).get("/api/v1/adjustment-proposals").jsonPath().getString("items[0].id");
        String peersProposal = f.admin().queryParam("appraisalId", peers).get("/api/v1/adjustment-proposals").jsonPath().getString("items[0].id");

        RequestSpecification reserve = f.asSubject(mine.toString(), Roles.RESERVE, f.village);
        reserve.queryParam("cycleId", cycle).get("/api/v1/appraisals").then().statusCode(200)
                .body("total", equalTo(1)).body("items.candidateId", contains(mine.toString()));
        f.asSubject(mine.toString(), Roles.RESERVE, f.village).get("/api/v1/appraisals/" + own).then().statusCode(200).body("grade", equalTo("EXCELLENT"));
        f.asSubject(mine.toString(), Roles.RESERVE, f.village).get("/api/v1/adjustment-proposals").then().statusCode(200)
                .body("items.id", contains(ownProposal));
        // A peer's records answer as if absent, to the reserve and to callers who read no one's appraisals.
        for (RequestSpecification outsider : List.of(f.asSubject(mine.toString(), Roles.RESERVE, f.village),
                f.asSubject("mentor-" + f.village, Roles.MENTOR, f.village), f.as(Roles.REVIEWER, f.county))) {
            outsider.get("/api/v1/appraisals/" + peers).then().statusCode(404);
        }
        for (String path : List.of("/api/v1/appraisals/" + peers + "/history", "/api/v1/adjustment-proposals/" + peersProposal,
                "/api/v1/adjustment-proposals/" + peersProposal + "/history")) {
            f.asSubject(mine.toString(), Roles.RESERVE, f.village).get(path).then().statusCode(404);
        }
        f.asSubject("mentor-" + f.village, Roles.MENTOR, f.village).queryParam("cycleId", cycle).get("/api/v1/appraisals").then()
                .statusCode(200).body("total", equalTo(0));
        f.as(Roles.REVIEWER, f.county).get("/api/v1/adjustment-proposals").then().statusCode(200).body("total", equalTo(0));
        // A reserve token whose subject is no candidate id names nobody.
        f.asSubject("not-a-candidate", Roles.RESERVE, f.village).queryParam("cycleId", cycle).get("/api/v1/appraisals").then()
                .statusCode(200).body("total", equalTo(0));
        f.as(Roles.VIEWER, f.county).queryParam("cycleId", cycle).get("/api/v1/appraisals").then().statusCode(200).body("total", equalTo(2));
    }

    /** A strict client reads the answer by the document: an optional value sent as null must be allowed to be null. */
    @Test
    void aCycleWithoutAnOpeningDateConformsToItsDocumentedSchema() {
        AppraisalFixtures f = new AppraisalFixtures();
        String body = f.admin().body(cycleRequest(f.county, null, DEADLINE, 30)).post("/api/v1/appraisal-cycles").then().statusCode(201)
                .body("opensOn", org.hamcrest.Matchers.nullValue()).extract().asString();
        OpenApiAnswers.assertConforms("AppraisalCycle", OpenApiAnswers.parse(body));
    }

    @Test
    void basicallyCompetentTwiceInARowIsProposedForExit() {
        AppraisalFixtures f = new AppraisalFixtures();
        UUID reserve = f.reserve(f.village, "IN_POOL", 3);
        f.awaitProjected(1);
        // This half year, then the same half of the next year: the second basically competent grade is the second in a row.
        String first = f.openCycle(DEADLINE);
        String a1 = f.appraisalOf(first, reserve);
        f.scoreAndGrade(a1, f.township, 65, 2, 20, 3, 0).then().body("grade", equalTo("BASICALLY_COMPETENT")).body("proposals", hasSize(0));
        Response next = f.admin().body(cycleRequest(f.county, null, DEADLINE.plusYears(1), 30)).post("/api/v1/appraisal-cycles");
        next.then().statusCode(201);
        f.admin().header("If-Match", next.header("ETag")).post("/api/v1/appraisal-cycles/" + next.jsonPath().getString("id") + "/open")
                .then().statusCode(200);
        String a2 = f.appraisalOf(next.jsonPath().getString("id"), reserve);
        f.scoreAndGrade(a2, f.township, 65, 2, 20, 3, 0).then().body("grade", equalTo("BASICALLY_COMPETENT"))
                .body("proposals.kind", contains("EXIT"));
    }
}
