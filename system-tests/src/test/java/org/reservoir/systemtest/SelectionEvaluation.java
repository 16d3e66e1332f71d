package org.reservoir.systemtest;

import io.restassured.specification.RequestSpecification;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.launcher.Stack;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The selection evaluation through assessment-service's API, for system tests that need a candidate EVALUATED (no
 * hand-made event): the county's plan, a panel of three named raters, written test and field visit, sealing.
 * Written 78 → 23.40, interview 85 → 34.00, field visit 88 → 26.40: composite 83.80, passed.
 */
final class SelectionEvaluation {

    private SelectionEvaluation() {
    }

    static void byPanel(Stack stack, String countyAdminToken, String township, String campaign, String candidate) {
        List<String> raters = List.of("rater-a@" + township, "rater-b@" + township, "rater-c@" + township);
        String plan = """
                {"components":[{"component":"WRITTEN_TEST","weight":30,"maxScore":100},{"component":"INTERVIEW","weight":40,"maxScore":100},
                 {"component":"FIELD_VISIT","weight":30,"maxScore":100}],"passLine":60,"tieBreak":["INTERVIEW"],
                 "criteriaTemplate":"three-highs-three-strengths","raters":["%s","%s","%s"],"minRaters":3}"""
                .formatted(raters.get(0), raters.get(1), raters.get(2));
        // Assessment learns the campaign and the vetted candidate from recruitment's events; the plan is created once.
        Poll.until("the plan accepted once assessment knows the campaign", Duration.ofSeconds(30), () -> as(stack, countyAdminToken)
                .contentType("application/json").header("Idempotency-Key", "plan-" + campaign).body(plan)
                .post("/api/v1/campaigns/" + campaign + "/evaluation-plan").statusCode(), s -> s == 201 || s == 409);
        String assessor = stack.tokens().issue("assessor", township);
        Poll.untilEquals("the evaluation opened once assessment knows the vetted candidate", 201, Duration.ofSeconds(30), () -> as(stack, assessor)
                .contentType("application/json").header("Idempotency-Key", "open-" + candidate).body("{\"candidateId\":\"" + candidate + "\"}")
                .post("/api/v1/evaluations").statusCode());
        String url = "/api/v1/evaluations/" + candidate;
        String tag = as(stack, assessor).get(url).then().statusCode(200).extract().header("ETag");
        tag = as(stack, assessor).contentType("application/json").header("If-Match", tag).body("{\"score\":78}")
                .put(url + "/written-test").then().statusCode(200).extract().header("ETag");
        tag = as(stack, assessor).contentType("application/json").header("If-Match", tag)
                .body("{\"householdsVisited\":12,\"peopleTalkedTo\":20,\"findings\":\"邻里评价好\",\"score\":88}")
                .put(url + "/field-visit").then().statusCode(200).extract().header("ETag");
        for (String rater : raters) {
            tag = as(stack, stack.tokens().issueAs(rater, "assessor", township, null, Duration.ofHours(1))).contentType("application/json")
                    .header("If-Match", tag).body("""
                    {"scores":{"political-quality":18,"education":13,"standing":13,"development":17,"service":12,"coordination":12}}""")
                    .put(url + "/interview-sheets/mine").then().statusCode(200).extract().header("ETag");
        }
        as(stack, assessor).contentType("application/json").header("If-Match", tag).post(url + "/seal").then().statusCode(200)
                .body("status", equalTo("SEALED")).body("result.composite", equalTo(83.8f)).body("result.passed", equalTo(true));
    }

    private static RequestSpecification as(Stack stack, String token) {
        return given().baseUri(stack.service("assessment").baseUrl()).header("Authorization", "Bearer " + token);
    }
}
