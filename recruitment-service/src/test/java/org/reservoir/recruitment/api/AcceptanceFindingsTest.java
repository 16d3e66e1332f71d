package org.reservoir.recruitment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reservoir.recruitment.api.RecruitmentFixtures.idNumber;

/** What the acceptance scenarios found wrong, each proved through the public API. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class AcceptanceFindingsTest {

    private static final String EVALUATION_TOPIC = "assessment.evaluation.v1";

    @Test
    void anIneligibleRosterRowIsRegisteredButReportsEveryRuleItFails() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        LocalDate sixteen = LocalDate.now().minusYears(16).minusDays(3);
        String csv = "姓名,民族,身份证号,联系电话,学历,政治面貌,工作年限,人员类别,产生渠道,储备类型,目标村代码,拟任岗位\n"
                + "赵一,汉族,%s,13800000000,高中,群众,3,本土优秀青年,个人自荐,兼职,%s,村委会委员\n".formatted(idNumber(sixteen, true), f.village1)
                + "赵二,汉族,%s,13800000000,初中,群众,3,本土优秀青年,个人自荐,兼职,%s,村委会委员\n".formatted(idNumber(sixteen, false), f.village1)
                + "赵三,汉族,%s,13800000000,高中,群众,3,本土优秀青年,个人自荐,兼职,%s,村委会委员\n"
                .formatted(idNumber(LocalDate.of(1990, 1, 1), true), f.village1);
        io.restassured.response.ValidatableResponse report = given().header("Authorization", TestTokens.bearer("township-officer", f.township1))
                .header("Accept-Language", "en")
                .contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/campaigns/" + f.campaignId + "/roster-imports").then().statusCode(201)
                .body("created", equalTo(3)).body("failed", equalTo(0))
                // The campaign's minimum age is 18: a 16-year-old is registered, and the report says why he is not eligible.
                .body("report.find { it.row == 2 }.outcome", equalTo("CREATED"))
                .body("report.find { it.row == 2 }.errors.rule", contains("min-age"))
                .body("report.find { it.row == 2 }.errors[0].field", equalTo("birthDate"))
                .body("report.find { it.row == 2 }.errors[0].column", startsWith("出生日期"))
                .body("report.find { it.row == 2 }.errors[0].reason", equalTo("Age 16, below the minimum 18"))
                // Two faults, both listed.
                .body("report.find { it.row == 3 }.errors.rule", contains("min-age", "min-education"))
                .body("report.find { it.row == 3 }.errors[1].column", equalTo("学历"))
                .body("report.find { it.row == 4 }.errors", hasSize(0));
        // The report matches the records: registered (REGISTERED), but not eligible.
        for (int row = 2; row <= 4; row++) {
            String id = report.extract().path("report.find { it.row == " + row + " }.candidateId");
            f.admin().get("/api/v1/candidates/" + id).then().body("status", equalTo("REGISTERED")).body("eligible", equalTo(row == 4));
        }
    }

    @Test
    void aTownshipRejectionNeedsAWrittenReason() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("PART_TIME");
        f.step(f.officer(), id, "/township-review", "{\"decision\":\"REJECT\"}").then().statusCode(422)
                .body("errors[0].field", equalTo("reason")).body("errors[0].rule", equalTo("rejection-reason-required"));
        f.step(f.officer(), id, "/township-review", "{\"decision\":\"REJECT\",\"reason\":\"  \"}").then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        f.admin().get("/api/v1/candidates/" + id).then().body("status", equalTo("REGISTERED"));
        f.step(f.officer(), id, "/township-review", "{\"decision\":\"REJECT\",\"reason\":\"长期不在村，群众评议较差\"}").then().statusCode(200)
                .body("status", equalTo("TOWNSHIP_REJECTED"));
        // A campaign's copy revalidates for a few bytes (304) while its version stands.
        String campaign = f.admin().get("/api/v1/campaigns/" + f.campaignId).then().statusCode(200).extract().header("ETag");
        f.admin().header("If-None-Match", campaign).get("/api/v1/campaigns/" + f.campaignId).then().statusCode(304)
                .header("ETag", equalTo(campaign)).body(emptyString());
        f.admin().header("If-None-Match", "\"999\"").get("/api/v1/campaigns/" + f.campaignId).then().statusCode(200);
    }

    @Test
    void unscoredCandidatesSortLastInBothDirections() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String unscored = f.register("PART_TIME");
        String low = f.register("PART_TIME");
        String high = f.register("PART_TIME");
        f.evaluate(low, 70);
        f.evaluate(high, 85);
        String campaign = "/api/v1/candidates?campaignId=" + f.campaignId;
        f.admin().get(campaign + "&sort=compositeScore").then().statusCode(200).body("items.id", contains(low, high, unscored));
        f.admin().get(campaign + "&sort=-compositeScore").then().statusCode(200).body("items.id", contains(high, low, unscored));
    }

    @Test
    void theFullTimeQuotaHoldsOnEveryPathIntoFullTime() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        // The campaign has 2 full-time places.
        for (int i = 0; i < 2; i++) {
            String id = f.register("FULL_TIME");
            f.evaluate(id, 75);
            f.step(f.admin(), id, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(200).body("status", equalTo("ADMITTED"));
        }
        String third = f.register("FULL_TIME");
        f.evaluate(third, 75);
        f.step(f.admin(), third, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(409)
                .body("type", equalTo("https://reservoir.local/problems/quota-full"));

        String partTime = f.register("PART_TIME");
        f.evaluate(partTime, 75);
        f.step(f.admin(), partTime, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(200).body("status", equalTo("IN_POOL"));
        f.step(f.admin(), partTime, "/move-to-full-time", "{\"villageCode\":\"" + f.village1 + "\",\"post\":\"COMMITTEE_MEMBER\"}")
                .then().statusCode(409).body("type", equalTo("https://reservoir.local/problems/quota-full"));
        f.admin().get("/api/v1/candidates/" + partTime).then().body("status", equalTo("IN_POOL")).body("track", equalTo("PART_TIME"));
        f.admin().get("/api/v1/campaigns/" + f.campaignId + "/report").then()
                .body("admitted.FULL_TIME", equalTo(2)).body("quota.FULL_TIME", equalTo(2)).body("admitted.PART_TIME", equalTo(1));
    }

    @Test
    void probationIsNotPassedBeforeItsEndWithoutTheCountyAndAReason() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("FULL_TIME");
        f.evaluate(id, 80);
        f.step(f.admin(), id, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(200);
        LocalDate today = LocalDate.now();
        String end = today.plusMonths(3).toString();
        f.step(f.officer(), id, "/probation", "{\"start\":\"" + today + "\"}").then().statusCode(200).body("probationPlannedEnd", equalTo(end));

        f.step(f.officer(), id, "/probation/outcome", "{\"passed\":true,\"reason\":\"表现良好\"}").then().statusCode(409)
                .body("type", equalTo("https://reservoir.local/problems/probation-not-over")).body("plannedEnd", equalTo(end));
        f.step(f.admin(), id, "/probation/outcome", "{\"passed\":true}").then().statusCode(409).body("plannedEnd", equalTo(end))
                .body("detail", containsString(end));
        f.admin().get("/api/v1/candidates/" + id).then().body("status", equalTo("ON_PROBATION"));
        f.step(f.admin(), id, "/probation/outcome", "{\"passed\":true,\"reason\":\"防汛抢险表现突出，经县委组织部研究提前认定合格\"}")
                .then().statusCode(200).body("status", equalTo("PROBATION_PASSED"));
    }

    @Test
    void anAdmittedCandidatesScoresStay() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("FULL_TIME");
        f.vet(id);
        RecruitmentFixtures.publish(EVALUATION_TOPIC, id, RecruitmentFixtures.evaluationEvent(UUID.randomUUID().toString(), id, 81.5, true));
        f.awaitStatus(id, "EVALUATED");
        f.step(f.admin(), id, "/admission", "{\"decision\":\"ADMIT\"}").then().statusCode(200);
        f.step(f.officer(), id, "/probation", "{\"start\":\"2026-01-05\"}").then().statusCode(200);
        // A late evaluation for the admitted reserve, then (same key, same partition, so read after it) the probation outcome.
        RecruitmentFixtures.publish(EVALUATION_TOPIC, id, RecruitmentFixtures.evaluationEvent(UUID.randomUUID().toString(), id, 95, true));
        EventProbe.publish(EVALUATION_TOPIC, id, UUID.randomUUID().toString(), "reservoir.assessment.probation.completed", id,
                "{\"candidateId\":\"%s\",\"passed\":true,\"comment\":\"试岗期满，考核合格\"}".formatted(id));
        f.awaitStatus(id, "PROBATION_PASSED");
        f.admin().get("/api/v1/candidates/" + id).then().body("compositeScore", equalTo(81.5f));
        f.admin().get("/api/v1/candidates/" + id + "/history").then()
                .body("findAll { it.action.startsWith('RECORD_EVALUATION') }", hasSize(1));
    }

    @Test
    void withoutAnAgeRuleTheLegalMinimumOfEighteenStillApplies() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String noAgeRule = f.campaignJson(f.county, 2, 5).replace("\"minAge\":18,\"maxAge\":45,", "");
        String campaign = f.admin().body(noAgeRule).post("/api/v1/campaigns").then().statusCode(201)
                .body("eligibility.minAge", nullValue()).extract().path("id");
        f.admin().header("If-Match", "\"0\"").post("/api/v1/campaigns/" + campaign + "/open").then().statusCode(200);
        f.campaignId = campaign;
        String child = f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", idNumber(LocalDate.now().minusYears(10), true), "")
                .replace("\"PARTY_MEMBER\"", "\"MASSES\"").replace("\"partyJoinDate\":\"2015-07-01\",", "");
        String id = f.officer().header("Accept-Language", "en").body(child).post("/api/v1/candidates").then().statusCode(201)
                .body("eligible", equalTo(false))
                .body("eligibility.find { it.rule == 'min-age' }.passed", equalTo(false))
                .body("eligibility.find { it.rule == 'min-age' }.required", equalTo("18"))
                .extract().path("id");
        // The law is not a campaign standard a township can explain away.
        f.step(f.officer(), id, "/eligibility/min-age/override", "{\"reason\":\"家庭困难，提前培养\"}").then().statusCode(409)
                .body("type", equalTo("https://reservoir.local/problems/rule-not-overridable"));
        f.step(f.officer(), id, "/township-review", "{\"decision\":\"APPROVE\"}").then().statusCode(409)
                .body("failedRules", contains("min-age"));
    }

    @Test
    void aBenchTargetWithOnlyAMinimumHasNoUpperBound() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String bench = "/api/v1/regions/" + f.township1 + "/bench-strength";
        String village1 = "perVillage.find { it.villageCode == '" + f.village1 + "' }";
        f.admin().get(bench + "?targetMin=3").then().statusCode(200)
                .body(village1 + ".targetMin", equalTo(3)).body(village1 + ".targetMax", nullValue());
        f.admin().get(bench + "?targetMin=0").then().statusCode(200).body(village1 + ".status", equalTo("ON_TARGET"))
                .body(village1 + ".targetMax", nullValue());
        f.admin().get(bench).then().statusCode(200).body(village1 + ".targetMin", equalTo(2)).body(village1 + ".targetMax", equalTo(3));
        f.admin().get(bench + "?targetMin=3&targetMax=2").then().statusCode(422).body("errors[0].field", equalTo("targetMax"));
    }
}
