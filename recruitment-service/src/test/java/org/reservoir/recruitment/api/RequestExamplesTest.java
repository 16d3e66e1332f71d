package org.reservoir.recruitment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every request example of the OpenAPI document is a request the service accepts: sent as it stands (by a role the
 * operation admits, to ids that do not exist), it passes parsing and Bean Validation — the answer is never 400 — and
 * it is refused, if at all, only for what the example cannot know (404 for the made-up id, 403 outside the caller's
 * region, 422 for a campaign or village this database lacks), never for a rule the example itself breaks. A generated
 * client copying an example therefore starts from a valid body.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class RequestExamplesTest {

    /** A county no fixture creates: the examples name regions elsewhere, so nothing they describe is created. */
    private static final String COUNTY = "659998000000";
    private static final String TOWNSHIP = "659998101000";
    private static final List<String> TOKENS = List.of(
            TestTokens.bearer("county-admin", COUNTY),
            TestTokens.bearer("township-officer", TOWNSHIP),
            "Bearer " + TestTokens.token("reviewer", COUNTY, "organisation"),
            TestTokens.bearer("service", COUNTY));

    private static final Set<String> ABSENT_REFERENCES = Set.of("campaign-missing", "campaign-scope", "village-in-scope");

    @Test
    void everyRequestExamplePassesValidation() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> refused = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode media = op.getValue().path("requestBody").path("content").path("application/json");
                if (media.isMissingNode()) {
                    continue;
                }
                List<JsonNode> examples = new ArrayList<>();
                media.path("examples").forEach(e -> examples.add(e.path("value")));
                if (media.has("example")) {
                    examples.add(media.get("example"));
                }
                for (JsonNode example : examples) {
                    String where = op.getKey().toUpperCase() + " " + path.getKey();
                    Response answer = send(op.getKey(), concrete(path.getKey()), example.toString());
                    sent++;
                    if (answer == null) {
                        refused.add(where + ": no role reaches the body's validation");
                    } else if (answer.statusCode() == 400 || answer.statusCode() == 422 && !onlyAbsentReferences(answer)) {
                        refused.add(where + " " + answer.statusCode() + " " + answer.body().asString() + "\n    example: " + example);
                    }
                }
            }
        }
        assertTrue(sent >= 15, "request examples sent: " + sent);
        assertEquals(List.of(), refused);
    }

    /**
     * The registration example, pointed at an open campaign and one of its villages, registers someone: its ID number,
     * birth date and gender agree, and its post needs no vacancy (the example once named a birth date and gender its
     * ID number contradicted, which only a real campaign brought out).
     */
    @Test
    void theRegistrationExampleRegistersSomeoneInAnOpenCampaign() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        JsonNode media = doc.at("/paths/~1api~1v1~1candidates/post/requestBody/content/application~1json");
        JsonNode example = media.has("example") ? media.get("example") : media.path("examples").elements().next().path("value");
        RecruitmentFixtures f = new RecruitmentFixtures();
        com.fasterxml.jackson.databind.node.ObjectNode body = example.deepCopy();
        body.put("campaignId", f.campaignId).put("villageCode", f.village1);
        f.officer().header("Accept-Language", "en").body(body.toString()).post("/api/v1/candidates").then().statusCode(201);
    }

    /**
     * A 422 naming only records this test database does not hold (the campaign, region or village an example refers
     * to): the example is valid, its references are not there.
     */
    private static boolean onlyAbsentReferences(Response answer) {
        List<String> rules = answer.jsonPath().getList("errors.rule");
        return rules != null && !rules.isEmpty() && ABSENT_REFERENCES.containsAll(rules);
    }

    /** The answer of the first role the operation admits (not 401/403 before the body is read); null if none. */
    private static Response send(String method, String path, String body) {
        for (String token : TOKENS) {
            Response r = given().header("Authorization", token).header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("If-Match", "\"0\"").header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                    .request(method, path);
            if (r.statusCode() != 401 && !(r.statusCode() == 403 && r.body().asString().contains("/forbidden"))) {
                return r;
            }
        }
        return null;
    }

    private static String concrete(String template) {
        return template.replace("{id}", UUID.randomUUID().toString()).replace("{code}", "659998101299").replace("{rule}", "min-age")
                .replace("{appraisalId}", UUID.randomUUID().toString());
    }
}
