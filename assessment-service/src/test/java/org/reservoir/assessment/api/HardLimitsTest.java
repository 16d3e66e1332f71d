package org.reservoir.assessment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.HardLimits;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Limits before work for JSON objects read into a map (the request maps of assessment: an interview sheet's and an
 * appraisal's scores): a map over its {@code @Size(max)} is refused while the body is read, cheaply, with a bounded
 * problem+json 400 naming the field, its limit and the entries sent — never a 500, and the service stays healthy.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class HardLimitsTest {

    private static final String TOWNSHIP = "652399101000";

    /** {@code {"scores":{...}}} with {@code entries} distinct four-letter keys: 100,000 of them stay under the 1 MiB body limit. */
    private static String scores(int entries) {
        StringBuilder b = new StringBuilder(entries * 10).append("{\"scores\":{");
        for (int i = 0; i < entries; i++) {
            b.append(i == 0 ? "" : ",").append('"').append(Integer.toString(46_656 + i, 36)).append("\":1");
        }
        return b.append("}}").toString();
    }

    @Test
    void everyMapOverItsLimitIsRefusedWhileTheBodyIsRead() {
        String huge = scores(HardLimits.HUGE);
        assertTrue(huge.length() < 1_000_000, "under the body limit: the map's own limit answers, not the body's");
        String sheet = "/api/v1/evaluations/" + UUID.randomUUID() + "/interview-sheets/mine";
        String appraisal = "/api/v1/appraisals/" + UUID.randomUUID() + "/scores";
        // A map within its limit is read and goes on to the work: here, to the evaluation or appraisal that does not exist.
        AssessmentFixtures.as("assessor", TOWNSHIP).header("If-Match", "\"0\"").body(AssessmentFixtures.sheet(18, 12, 13, 17, 13, 12))
                .put(sheet).then().statusCode(404);
        AssessmentFixtures.as("township-officer", TOWNSHIP).header("If-Match", "\"0\"").body("{\"scores\":{\"MORALITY\":90}}")
                .put(appraisal).then().statusCode(404);
        HardLimits.refusedQuickly(AssessmentFixtures.as("assessor", TOWNSHIP).header("If-Match", "\"0\""), Method.PUT, sheet, huge, "scores", 20);
        HardLimits.refusedQuickly(AssessmentFixtures.as("township-officer", TOWNSHIP).header("If-Match", "\"0\""), Method.PUT, appraisal, huge,
                "scores", 5);
    }
}
