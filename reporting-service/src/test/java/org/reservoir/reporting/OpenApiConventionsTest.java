package org.reservoir.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.OpenApiConventions;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import static io.restassured.RestAssured.given;

/** This service's OpenAPI document keeps the conventions every Reservoir service shares. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class OpenApiConventionsTest {

    @Test
    void keepsTheSharedConventions() {
        OpenApiConventions.assertConventions(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
