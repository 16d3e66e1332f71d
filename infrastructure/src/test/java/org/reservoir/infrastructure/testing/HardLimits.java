package org.reservoir.infrastructure.testing;

import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Limits before work, as each service's {@code HardLimitsTest} checks them: oversize input is refused cheaply, answered briefly, and harms nothing. */
public final class HardLimits {

    /** How many elements or entries the tests send where a handful is allowed. */
    public static final int HUGE = 100_000;

    private HardLimits() {
    }

    /**
     * Sends {@code body} (of {@link #HUGE} elements or entries) and expects a quick 400 problem+json naming {@code field} with its
     * limit and the size sent, a body under 4 KB, and a healthy service afterwards.
     */
    public static void refusedQuickly(RequestSpecification as, Method method, String path, String body, String field, int limit) {
        long start = System.nanoTime();
        Response r = as.header("Accept-Language", "en").body(body).request(method, path);
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
}
