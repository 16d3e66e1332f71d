package org.reservoir.recruitment.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventContracts;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.api.RecruitmentFixtures.as;
import static org.reservoir.recruitment.api.RecruitmentFixtures.idNumber;
import static org.reservoir.recruitment.api.RecruitmentFixtures.reviewer;

@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class CandidateLifecycleTest {

    @Test
    void registrationScreensEligibilityMasksTheIdNumberAndPublishesNoIdNumber() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = idNumber(LocalDate.of(1992, 3, 14), false);
        String candidate = f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", id, ""))
                .post("/api/v1/candidates").then().statusCode(201)
                .header("Location", containsString("/api/v1/candidates/"))
                .body("status", equalTo("REGISTERED"))
                .body("gender", equalTo("FEMALE"))
                .body("$", not(org.hamcrest.Matchers.hasKey("birthDate")))
                .body("age", equalTo(java.time.Period.between(LocalDate.of(1992, 3, 14), LocalDate.now()).getYears()))
                .body("idNumber", equalTo(id.substring(0, 4) + "*".repeat(14)))
                .body("eligible", equalTo(true))
                .body("eligibility.rule", contains("min-age", "max-age", "min-education", "min-work-years", "fit-for-duty"))
                .body("eligibility[1].reason", containsString("不超过 45 岁"))
                .body("allowedActions", hasItems("APPROVE_TOWNSHIP_REVIEW", "REJECT_TOWNSHIP_REVIEW", "EXIT"))
                .extract().path("id");
        f.admin().get("/api/v1/candidates/" + candidate).then().statusCode(200).body("idNumber", equalTo(id))
                .body("birthDate", equalTo("1992-03-14"));
        f.officer().header("Accept-Language", "en").get("/api/v1/candidates/" + candidate).then()
                .body("eligibility[0].reason", equalTo("Age 34, at least 18"));

        List<EventProbe.Message> events = EventProbe.read("recruitment.candidate.v1", m -> candidate.equals(m.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, events.size());
        JsonNode data = events.get(0).json().get("data");
        assertEquals("reservoir.recruitment.candidate.registered", events.get(0).json().get("type").asText());
        assertEquals(f.village1, data.get("villageCode").asText());
        assertEquals(1992, data.get("birthYear").asInt());
        assertEquals("PART_TIME", data.get("track").asText());
        assertFalse(data.has("idNumber"));
        EventContracts.assertConforms(events.get(0).json(), "recruitment.candidate.v1.schema.json");
        assertFalse(new String(events.get(0).value()).contains(id), "the raw ID number never goes on Kafka");
        assertFalse(new String(events.get(0).value()).contains(id.substring(6, 14) + id.substring(14, 17)));
    }

    @Test
    void invalidIdNumbersAndProfilesAreRefusedNamingFieldAndRule() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String valid = idNumber(LocalDate.of(1990, 1, 2), true);
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", wrongCheck, ""))
                .post("/api/v1/candidates").then().statusCode(422).body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].rule", equalTo("id-number-checksum"));
        f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", valid, ",\"birthDate\":\"1990-01-03\",\"gender\":\"FEMALE\""))
                .post("/api/v1/candidates").then().statusCode(422)
                .body("errors.rule", hasItems("id-number-birth-date-mismatch", "id-number-gender-mismatch"));
        f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", valid, "").replace("\"name\":\"李", "\"nom\":\"李"))
                .post("/api/v1/candidates").then().statusCode(400);
        f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "SOMETIMES", valid, ""))
                .post("/api/v1/candidates").then().statusCode(400).body("errors[0].field", equalTo("track")).body("errors[0].rule", equalTo("enum"));
        // Full-time only fills a named vacancy; a unit recommendation names the unit.
        f.officer().body(f.registration(f.village2, "COMMITTEE_MEMBER", "FULL_TIME", valid, "").replace("ORGANISATION_RECOMMENDATION", "UNIT_RECOMMENDATION"))
                .post("/api/v1/candidates").then().statusCode(422)
                .body("errors.field", hasItems("targetPost", "channelDetail"));
    }

    @Test
    void theSamePersonTwiceInOneCountyIsAConflictNamingTheRecord() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = idNumber(LocalDate.of(1988, 8, 8), true);
        String first = f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", id, ""))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        f.admin().body(f.registration(f.village2, "COMMITTEE_MEMBER", "PART_TIME", id.toLowerCase(), ""))
                .post("/api/v1/candidates").then().statusCode(409)
                .body("type", equalTo("https://reservoir.local/problems/candidate-exists"))
                .body("existingCandidateId", equalTo(first));
    }

    @Test
    void aFailedRuleBlocksApprovalUntilOverriddenWithAWrittenReason() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", idNumber(LocalDate.of(1970, 1, 1), true), ""))
                .post("/api/v1/candidates").then().statusCode(201)
                .body("eligible", equalTo(false))
                .body("eligibility.find { it.rule == 'max-age' }.passed", equalTo(false))
                .extract().path("id");
        f.step(f.officer(), id, "/township-review", "{\"decision\":\"APPROVE\"}").then().statusCode(409)
                .body("type", equalTo("https://reservoir.local/problems/not-eligible")).body("failedRules", contains("max-age"));
        f.step(f.officer(), id, "/eligibility/max-age/override", "{\"reason\":\"\"}").then().statusCode(400);
        f.step(as("viewer", f.county), id, "/eligibility/max-age/override", "{\"reason\":\"经验丰富，群众公认\"}").then().statusCode(403);
        f.step(f.officer(), id, "/eligibility/max-age/override", "{\"reason\":\"经验丰富，群众公认\"}").then().statusCode(200)
                .body("eligible", equalTo(true)).body("eligibility.find { it.rule == 'max-age' }.overrideReason", equalTo("经验丰富，群众公认"));
        f.step(f.officer(), id, "/township-review", "{\"decision\":\"APPROVE\"}").then().statusCode(200).body("status", equalTo("TOWNSHIP_APPROVED"));
        f.admin().get("/api/v1/candidates/" + id + "/history").then().statusCode(200)
                .body("action", contains("REGISTER", "OVERRIDE_ELIGIBILITY", "APPROVE_TOWNSHIP_REVIEW"))
                .body("[1].reason", equalTo("经验丰富，群众公认"))
                .body("[1].actorRole", equalTo("township-officer"))
                .body("[1].actor", startsWith("township-officer@"));
    }

    @Test
    void aFullTimeCandidateGoesFromRegistrationToAppointment() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("FULL_TIME");
        f.vet(id);
        // The evaluation arrives from assessment-service, twice (at-least-once delivery): applied once.
        String eventId = UUID.randomUUID().toString();
        RecruitmentFixtures.publish("assessment.evaluation.v1", id, RecruitmentFixtures.evaluationEvent(eventId, id, 81.65, true));
        RecruitmentFixtures.publish("assessment.evaluation.v1", id, RecruitmentFixtures.evaluationEvent(eventId, id, 81.65, true));
        f.awaitStatus(id, "EVALUATED");
        f.admin().get("/api/v1/candidates/" + id).then().body("compositeScore", equalTo(81.65f)).body("interviewScore", equalTo(75.5f));
        f.admin().get("/api/v1/campaigns/" + f.campaignId + "/ranking").then().statusCode(200)
                .body(f.village1 + ".PARTY_SECRETARY[0].candidateId", equalTo(id))
                .body(f.village1 + ".PARTY_SECRETARY[0].rank", equalTo(1));
        f.step(f.admin(), id, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(200).body("status", equalTo("ADMITTED"));
        f.step(f.officer(), id, "/probation", "{\"start\":\"2026-03-01\"}").then().statusCode(200)
                .body("status", equalTo("ON_PROBATION")).body("probationPlannedEnd", equalTo("2026-06-01"));
        f.step(f.officer(), id, "/probation/outcome", "{\"passed\":true,\"reason\":\"试岗表现良好\"}").then().statusCode(200)
                .body("status", equalTo("PROBATION_PASSED"));
        f.step(f.admin(), id, "/election", "{\"elected\":true,\"posts\":[\"PARTY_SECRETARY\",\"COMMITTEE_DIRECTOR\"]}").then().statusCode(200)
                .body("status", equalTo("ELECTED")).body("secretaryDirectorOnePerson", equalTo(true));
        f.step(f.admin(), id, "/appointment", "{}").then().statusCode(200).body("status", equalTo("APPOINTED"))
                .body("allowedActions", hasSize(0));

        f.admin().get("/api/v1/candidates/" + id + "/history").then().statusCode(200)
                .body("action", contains("REGISTER", "APPROVE_TOWNSHIP_REVIEW", "OPEN_JOINT_REVIEW", "RECORD_REVIEW_VERDICT",
                        "RECORD_REVIEW_VERDICT", "RECORD_EVALUATION", "ADMIT", "START_PROBATION", "RECORD_PROBATION_OUTCOME",
                        "RECORD_ELECTION", "APPOINT"))
                .body("find { it.action == 'RECORD_EVALUATION' }.actor", equalTo("assessment-service"))
                .body("find { it.action == 'OPEN_JOINT_REVIEW' }.actorRole", equalTo("county-admin"));

        List<EventProbe.Message> changes = EventProbe.read("recruitment.candidate.v1",
                m -> id.equals(m.key()) && m.json().get("type").asText().endsWith("status-changed"), 10, Duration.ofSeconds(20));
        assertEquals(10, changes.size(), "one status-changed event per step");
        assertEquals("APPOINTED", changes.get(9).json().at("/data/status").asText());
        assertEquals("APPOINT", changes.get(9).json().at("/data/transition/action").asText());
        changes.forEach(m -> EventContracts.assertConforms(m.json(), "recruitment.candidate.v1.schema.json"));
    }

    @Test
    void oneVetoRejectsAndReviewersActOnlyForTheirDepartment() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("PART_TIME");
        f.step(f.officer(), id, "/township-review", "{\"decision\":\"APPROVE\"}").then().statusCode(200);
        f.step(f.officer(), id, "/joint-review", "{\"departments\":[\"police\"]}").then().statusCode(403);
        f.step(f.admin(), id, "/joint-review", "{\"departments\":[\"discipline\",\"police\",\"petitions\"]}").then().statusCode(200)
                .body("reviewDepartments", contains("discipline", "petitions", "police"));
        f.step(reviewer(f.county, "court"), id, "/joint-review/verdicts", "{\"verdict\":\"PASS\"}").then().statusCode(403)
                .body("type", equalTo("https://reservoir.local/problems/department-not-in-review"));
        f.step(reviewer(f.county, "police"), id, "/joint-review/verdicts", "{\"verdict\":\"PASS\"}").then().statusCode(200)
                .body("status", equalTo("IN_JOINT_REVIEW"));
        f.step(reviewer(f.county, "police"), id, "/joint-review/verdicts", "{\"verdict\":\"PASS\"}").then().statusCode(409);
        f.step(reviewer(f.county, "petitions"), id, "/joint-review/verdicts", "{\"verdict\":\"VETO\"}").then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        f.step(reviewer(f.county, "petitions"), id, "/joint-review/verdicts", "{\"verdict\":\"VETO\",\"reason\":\"缠访闹访\"}").then().statusCode(200)
                .body("status", equalTo("JOINT_REVIEW_REJECTED"))
                .body("reviewVerdicts.find { it.department == 'petitions' }.verdict", equalTo("VETO"));
        f.step(reviewer(f.county, "discipline"), id, "/joint-review/verdicts", "{\"verdict\":\"PASS\"}").then().statusCode(409)
                .body("currentState", equalTo("JOINT_REVIEW_REJECTED")).body("allowedActions", hasSize(0));
    }

    @Test
    void illegalTransitionsNameTheStateAndTheAllowedActionsAndForeignRegionsSeeNothing() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("PART_TIME");
        f.step(f.admin(), id, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(409)
                .body("type", equalTo("https://reservoir.local/problems/illegal-transition"))
                .body("currentState", equalTo("REGISTERED"))
                .body("allowedActions", contains("APPROVE_TOWNSHIP_REVIEW", "REJECT_TOWNSHIP_REVIEW", "EXIT"));
        f.step(as("assessor", f.county), id, "/township-review", "{\"decision\":\"APPROVE\"}").then().statusCode(403);
        f.step(f.officer(), id, "/exit", "{\"reason\":\"WITHDREW\",\"note\":\"本人申请\"}").then().statusCode(403);
        as("township-officer", f.township2).get("/api/v1/candidates/" + id).then().statusCode(404);
        as("county-admin", "652201000000").get("/api/v1/candidates/" + id).then().statusCode(404);
        f.admin().header("If-Match", "\"0\"").body("{\"decision\":\"MAYBE\"}").post("/api/v1/candidates/" + id + "/township-review")
                .then().statusCode(400).body("errors[0].field", equalTo("decision"));
        f.admin().body("{\"decision\":\"APPROVE\"}").post("/api/v1/candidates/" + id + "/township-review").then().statusCode(428);
        f.admin().header("If-Match", "\"99\"").body("{\"decision\":\"APPROVE\"}").post("/api/v1/candidates/" + id + "/township-review")
                .then().statusCode(412);
        f.admin().get("/api/v1/candidates/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void twoOfficersActingAtOnceCannotBothWin() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("PART_TIME");
        long v = RecruitmentFixtures.version(f.admin(), id);
        List<CompletableFuture<Integer>> racers = List.of("APPROVE", "REJECT", "APPROVE").stream()
                .map(d -> CompletableFuture.supplyAsync(() -> f.officer().header("If-Match", "\"" + v + "\"")
                        .body("{\"decision\":\"" + d + "\",\"reason\":\"并发\"}").post("/api/v1/candidates/" + id + "/township-review").statusCode()))
                .toList();
        List<Integer> statuses = racers.stream().map(CompletableFuture::join).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), "statuses " + statuses);
        f.admin().get("/api/v1/candidates/" + id + "/history").then().body("action", hasSize(2));
    }

    @Test
    void partTimeReservesStockThePoolAndLeaveWithAReason() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("PART_TIME");
        f.evaluate(id, 72);
        f.step(f.admin(), id, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(200).body("status", equalTo("IN_POOL"));
        f.admin().get("/api/v1/regions/" + f.township1 + "/bench-strength").then().statusCode(200)
                .body("villages", equalTo(2)).body("belowTarget", equalTo(2))
                .body("perVillage.find { it.villageCode == '" + f.village1 + "' }.partTime", equalTo(1))
                .body("perVillage.find { it.villageCode == '" + f.village1 + "' }.status", equalTo("BELOW_TARGET"));
        f.admin().get("/api/v1/campaigns/" + f.campaignId + "/report").then().statusCode(200)
                .body("byStatus.IN_POOL", equalTo(1)).body("admitted.PART_TIME", equalTo(1)).body("quota.PART_TIME", equalTo(5));

        // An appraisal proposes adjusting the reserve out: shown as a recommendation, not applied.
        String appraisal = UUID.randomUUID().toString();
        String exitProposal = UUID.randomUUID().toString();
        RecruitmentFixtures.publish("assessment.appraisal.v1", appraisal, RecruitmentFixtures.gradedEvent(UUID.randomUUID().toString(), id,
                appraisal, exitProposal, "INCOMPETENT", "EXIT"));
        Poll.until("the exit recommendation is recorded", Duration.ofSeconds(30),
                () -> !f.admin().get("/api/v1/candidates/" + id).jsonPath().getList("exitRecommendations").isEmpty());
        f.admin().get("/api/v1/candidates/" + id).then().body("status", equalTo("IN_POOL"))
                .body("exitRecommendations[0].grade", equalTo("INCOMPETENT")).body("exitRecommendations[0].appraisalId", equalTo(appraisal));
        // The county dismisses it in assessment: the recommendation goes, the reason stays in history.
        RecruitmentFixtures.publish("assessment.appraisal.v1", appraisal, RecruitmentFixtures.decidedEvent(UUID.randomUUID().toString(), id,
                appraisal, exitProposal, "EXIT", "DISMISSED", "整改到位，继续培养"));
        Poll.until("the exit recommendation is dismissed", Duration.ofSeconds(30),
                () -> f.admin().get("/api/v1/candidates/" + id).jsonPath().getList("exitRecommendations").isEmpty());
        // A later excellent appraisal's key-cultivation proposal, accepted: the mark, in history and in the candidate's event.
        String later = UUID.randomUUID().toString();
        String keyProposal = UUID.randomUUID().toString();
        RecruitmentFixtures.publish("assessment.appraisal.v1", later, RecruitmentFixtures.decidedEvent(UUID.randomUUID().toString(), id,
                later, keyProposal, "KEY_CULTIVATION", "ACCEPTED", "列为重点培养对象"));
        Poll.until("the key-cultivation mark", Duration.ofSeconds(30),
                () -> f.admin().get("/api/v1/candidates/" + id).jsonPath().get("keyCultivation") != null);
        f.admin().get("/api/v1/candidates/" + id).then().body("keyCultivation.proposalId", equalTo(keyProposal))
                .body("keyCultivation.reason", equalTo("列为重点培养对象")).body("status", equalTo("IN_POOL"));
        List<EventProbe.Message> marked = EventProbe.read("recruitment.candidate.v1", m -> id.equals(m.key())
                && "reservoir.recruitment.candidate.key-cultivation-marked".equals(m.headers().get("ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, marked.size());
        assertTrue(marked.get(0).json().at("/data/keyCultivation").asBoolean());
        EventContracts.assertConforms(marked.get(0).json(), "recruitment.candidate.v1.schema.json");
        // An accepted exit proposal takes the exit path.
        String third = UUID.randomUUID().toString();
        String accepted = UUID.randomUUID().toString();
        RecruitmentFixtures.publish("assessment.appraisal.v1", third, RecruitmentFixtures.gradedEvent(UUID.randomUUID().toString(), id,
                third, accepted, "INCOMPETENT", "EXIT"));
        RecruitmentFixtures.publish("assessment.appraisal.v1", third, RecruitmentFixtures.decidedEvent(UUID.randomUUID().toString(), id,
                third, accepted, "EXIT", "ACCEPTED", "采纳考核建议"));
        f.awaitStatus(id, "EXITED");
        f.admin().get("/api/v1/candidates/" + id).then().body("exitReason", equalTo("ADJUSTED_OUT")).body("exitRecommendations", hasSize(0));
        f.admin().get("/api/v1/candidates/" + id + "/history").then()
                .body("action", hasItems("EXIT_RECOMMENDED", "DISMISS_EXIT_RECOMMENDATION", "MARK_KEY_CULTIVATION", "EXIT"))
                .body("find { it.action == 'DISMISS_EXIT_RECOMMENDATION' }.reason", equalTo("整改到位，继续培养"))
                .body("find { it.action == 'EXIT' }.reason", equalTo("采纳考核建议"))
                .body("find { it.action == 'EXIT' }.actor", equalTo("assessment-service"));
    }

    @Test
    void aPartTimeReserveCanBeCalledToAVacancy() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("PART_TIME");
        f.evaluate(id, 66);
        f.step(f.admin(), id, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(200);
        f.step(f.admin(), id, "/move-to-full-time", "{\"villageCode\":\"" + f.village3 + "\",\"post\":\"COMMITTEE_DIRECTOR\"}")
                .then().statusCode(200).body("status", equalTo("ADMITTED")).body("track", equalTo("FULL_TIME"))
                .body("villageCode", equalTo(f.village3)).body("townshipCode", equalTo(f.township2));
    }

    @Test
    void thePoolIsFilteredSortedAndPaginatedWithinTheCallersRegion() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String a = f.register("PART_TIME");
        String b = f.register("PART_TIME");
        String c = f.officer().body(f.registration(f.village2, "COMMITTEE_MEMBER", "PART_TIME", idNumber(LocalDate.of(1999, 9, 9), false),
                        "").replace("RETURNING_GRADUATE", "VETERAN").replace("BACHELOR", "SENIOR_HIGH").replace("2015-07-01", "2019-07-01"))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        String campaign = "campaignId=" + f.campaignId;
        f.admin().get("/api/v1/candidates?" + campaign + "&size=2").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2)).body("items.id", contains(a, b));
        f.admin().get("/api/v1/candidates?" + campaign + "&size=2&page=1").then().body("items.id", contains(c));
        f.admin().get("/api/v1/candidates?" + campaign + "&sourceGroup=VETERAN").then().body("items.id", contains(c));
        f.admin().get("/api/v1/candidates?" + campaign + "&minEducation=BACHELOR").then().body("total", equalTo(2));
        f.admin().get("/api/v1/candidates?" + campaign + "&maxAge=30").then().body("items.id", contains(c));
        f.admin().get("/api/v1/candidates?" + campaign + "&region=" + f.village2).then().body("items.id", contains(c));
        f.admin().get("/api/v1/candidates?" + campaign + "&status=REGISTERED&status=IN_POOL&sort=-birthDate").then()
                .body("items[0].id", equalTo(c)).body("total", equalTo(3));
        f.admin().get("/api/v1/candidates?" + campaign + "&track=SOMETIMES").then().statusCode(400).body("errors[0].field", equalTo("track"));
        f.admin().get("/api/v1/candidates?" + campaign + "&sort=idNumber").then().statusCode(400);
        as("viewer", f.township2).get("/api/v1/candidates?" + campaign).then().statusCode(200).body("total", equalTo(0));
        as("viewer", f.township2).get("/api/v1/candidates?region=" + f.township1).then().statusCode(403);
        f.admin().get("/api/v1/candidates?" + campaign).then().body("items[0]", not(org.hamcrest.Matchers.hasKey("idNumber")));
    }

    @Test
    void campaignsOpenCloseAndCheckTheirRules() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String bad = f.campaignJson(f.county, 1, 1).replace("\"2026-12-31\"", "\"2025-12-31\"").replace(f.village1, f.county);
        f.admin().body(bad).post("/api/v1/campaigns").then().statusCode(422)
                .body("errors.rule", hasItems("ends-before-start", "village-in-scope"));
        f.officer().body(f.campaignJson(f.county, 1, 1)).post("/api/v1/campaigns").then().statusCode(403);
        String township = f.officer().body(f.campaignJson(f.township1, 1, 1)).post("/api/v1/campaigns").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("probationMonths", equalTo(3)).extract().path("id");
        f.officer().header("If-Match", "\"0\"").post("/api/v1/campaigns/" + township + "/close").then().statusCode(409)
                .body("currentState", equalTo("DRAFT"));
        f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", idNumber(LocalDate.of(1991, 1, 1), true), "")
                        .replace(f.campaignId, township))
                .post("/api/v1/candidates").then().statusCode(409).body("type", equalTo("https://reservoir.local/problems/campaign-not-open"));
        f.admin().header("If-Match", "\"1\"").post("/api/v1/campaigns/" + f.campaignId + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        f.admin().get("/api/v1/campaigns?status=CLOSED").then().statusCode(200).body("items.id", hasItem(f.campaignId));
        as("viewer", f.township2).get("/api/v1/campaigns/" + township).then().statusCode(404);
        List<EventProbe.Message> events = EventProbe.read("recruitment.campaign.v1", m -> f.campaignId.equals(m.key()), 3, Duration.ofSeconds(20));
        assertEquals(List.of("reservoir.recruitment.campaign.created", "reservoir.recruitment.campaign.opened", "reservoir.recruitment.campaign.closed"),
                events.stream().map(m -> m.json().get("type").asText()).toList());
        assertTrue(events.get(0).json().at("/data/passLine").isMissingNode(), "no pass line in campaign events");
        assertEquals(3, events.get(0).json().at("/data/probationMonths").asInt());
        events.forEach(m -> EventContracts.assertConforms(m.json(), "recruitment.campaign.v1.schema.json"));
        f.admin().get("/api/v1/campaigns/" + f.campaignId).then().body("$", not(org.hamcrest.Matchers.hasKey("weights"))).body("eligibility.maxAge", equalTo(45))
                .body("vacancies", hasSize(2)).body("id", notNullValue());
    }

    @Test
    void aProfileChangeScreensAgainAndPublishesTheChange() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", idNumber(LocalDate.of(1993, 2, 2), true), "")
                        .replace("\"workYears\":6", "\"workYears\":1"))
                .post("/api/v1/candidates").then().statusCode(201)
                .body("eligible", equalTo(false)).extract().path("id");
        f.officer().body("{\"workYears\":3}").patch("/api/v1/candidates/" + id).then().statusCode(428);
        f.officer().header("If-Match", "\"0\"").body("{\"workYears\":3,\"phone\":\"13700000000\"}").patch("/api/v1/candidates/" + id)
                .then().statusCode(200).body("eligible", equalTo(true)).body("workYears", equalTo(3)).body("phone", equalTo("13700000000"));
        f.officer().header("If-Match", "\"1\"").body("{\"politicalStatus\":\"PARTY_MEMBER\",\"phone\":\"12\"}").patch("/api/v1/candidates/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("phone"));
        // Born 1993-02-02: a join date before the 18th birthday is refused, as at registration, and nothing changes.
        f.officer().header("If-Match", "\"1\"").body("{\"partyJoinDate\":\"2011-02-01\"}")
                .patch("/api/v1/candidates/" + id).then().statusCode(422).body("errors[0].field", equalTo("partyJoinDate"))
                .body("errors[0].rule", equalTo("party-join-date-too-early"));
        f.admin().get("/api/v1/candidates/" + id).then().header("ETag", "\"1\"").body("partyJoinDate", equalTo("2015-07-01"));
        f.step(f.officer(), id, "/eligibility/screen", null).then().statusCode(200).body("eligible", equalTo(true));
        f.admin().get("/api/v1/candidates/" + id + "/history").then().body("action", contains("REGISTER", "UPDATE_PROFILE", "SCREEN"));
        List<EventProbe.Message> events = EventProbe.read("recruitment.candidate.v1", m -> id.equals(m.key()), 3, Duration.ofSeconds(20));
        assertEquals(List.of("reservoir.recruitment.candidate.registered", "reservoir.recruitment.candidate.profile-updated",
                "reservoir.recruitment.candidate.screened"), events.stream().map(m -> m.json().get("type").asText()).toList());
        assertEquals(false, events.get(0).json().at("/data/eligible").asBoolean());
        assertEquals(true, events.get(1).json().at("/data/eligible").asBoolean());
    }

    @Test
    void probationFailedByAssessmentAndElectionLostLeadBackToThePool() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String first = f.register("FULL_TIME");
        f.evaluate(first, 70);
        f.step(f.admin(), first, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(200);
        f.step(f.officer(), first, "/probation", "{\"start\":\"2026-04-01\"}").then().statusCode(200);
        EventProbe.publish("assessment.evaluation.v1", first, UUID.randomUUID().toString(), "reservoir.assessment.probation.completed", first,
                """
                {"candidateId":"%s","passed":false,"comment":"试岗考核不合格"}""".formatted(first));
        f.awaitStatus(first, "PROBATION_FAILED");
        f.step(f.admin(), first, "/return-to-pool", "{\"reason\":\"转为兼职储备\"}").then().statusCode(200)
                .body("status", equalTo("IN_POOL")).body("track", equalTo("PART_TIME"));

        String second = f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "FULL_TIME", idNumber(LocalDate.of(1994, 4, 4), true), ""))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        f.evaluate(second, 64);
        f.step(f.admin(), second, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(200);
        f.step(f.officer(), second, "/probation", "{\"start\":\"2026-04-01\"}").then().statusCode(200);
        f.step(f.officer(), second, "/probation/outcome", "{\"passed\":true}").then().statusCode(200);
        f.step(f.admin(), second, "/election", "{\"elected\":true}").then().statusCode(422).body("errors[0].field", equalTo("posts"));
        f.step(f.admin(), second, "/election", "{\"elected\":false,\"reason\":\"得票未过半\"}").then().statusCode(200)
                .body("status", equalTo("NOT_ELECTED"));
        f.step(f.admin(), second, "/return-to-pool", "{}").then().statusCode(200).body("status", equalTo("IN_POOL"));

        String third = f.officer().body(f.registration(f.village2, "COMMITTEE_MEMBER", "PART_TIME", idNumber(LocalDate.of(1995, 5, 5), true), ""))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        f.evaluate(third, 61);
        f.step(f.admin(), third, "/admission", "{\"decision\":\"DECLINE\",\"reason\":\"名额优先给排名靠前者\"}").then().statusCode(200)
                .body("status", equalTo("NOT_ADMITTED"));
    }
}
