package org.reservoir.assessment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Limits before work for JSON objects read into a map (the request maps of assessment: an interview sheet's and an
 * appraisal's scores): a map over its {@code @Size(max)} is refused while the body is read, cheaply, with a bounded
 * problem+json 400 naming the field, its limit and the entries sent — never a 500, and the service stays healthy.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class HardLimitsTest {

    private static final int HUGE = 100_000;
    private static final String TOWNSHIP = "652399101000";

    /** {@code {"scores":{...}}} with {@code entries} distinct four-letter keys: 100,000 of them stay under the 1 MiB body limit. */
    private static String scores(int entries) {
        StringBuilder b = new StringBuilder(entries * 10).append("{\"scores\":{");
        for (int i = 0; i < entries; i++) {
            b.append(i == 0 ? "" : ",").append('"').append(Integer.toString(46_656 + i, 36)).append("\":1");
        }
        return b.append("}}").toString();
    }

    /** Puts {@code body}, expects a quick 400 naming {@code field} with its limit and the size sent, then a healthy service. */
    private static void refusedQuickly(Supplier<RequestSpecification> as, String path, String body, String field, int limit) {
        long start = System.nanoTime();
        Response r = as.get().header("Accept-Language", "en").header("If-Match", "\"0\"").body(body).put(path);
        long millis = (System.nanoTime() - start) / 1_000_000;
        r.then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].rule", equalTo("Size"))
                .body("errors[0].message", containsString(Integer.toString(limit)))
                .body("errors[0].message", containsString(Integer.toString(HUGE)));
        assertTrue(r.asByteArray().length < 4_000, "bounded error body, was " + r.asByteArray().length);
        assertTrue(millis < 3_000, path + " took " + millis + " ms");
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void everyMapOverItsLimitIsRefusedWhileTheBodyIsRead() {
        assertTrue(scores(HUGE).length() < 1_000_000, "under the body limit: the map's own limit answers, not the body's");
        String sheet = "/api/v1/evaluations/" + UUID.randomUUID() + "/interview-sheets/mine";
        String appraisal = "/api/v1/appraisals/" + UUID.randomUUID() + "/scores";
        refusedQuickly(() -> AssessmentFixtures.as("assessor", TOWNSHIP), sheet, scores(HUGE), "scores", 20);
        refusedQuickly(() -> AssessmentFixtures.as("township-officer", TOWNSHIP), appraisal, scores(HUGE), "scores", 5);
        // A map within its limit is read and goes on to the work: here, the evaluation or appraisal that does not exist.
        AssessmentFixtures.as("assessor", TOWNSHIP).header("If-Match", "\"0\"").body(AssessmentFixtures.sheet(18, 12, 13, 17, 13, 12))
                .put(sheet).then().statusCode(404);
        AssessmentFixtures.as("township-officer", TOWNSHIP).header("If-Match", "\"0\"").body("{\"scores\":{\"MORALITY\":90}}")
                .put(appraisal).then().statusCode(404);
    }
}
