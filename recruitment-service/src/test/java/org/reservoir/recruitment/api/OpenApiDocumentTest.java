package org.reservoir.recruitment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** The published OpenAPI document describes the endpoints, their errors and the security scheme. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class OpenApiDocumentTest {

    @Test
    void documentsEndpointsErrorsAndSecurity() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Reservoir recruitment-service"))
                .body("info.description", containsString("problem+json"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.responses", hasKey("UnprocessableContent"))
                .body("components.responses.BadRequest.content.'application/problem+json'.examples", hasKey("validation"))
                .body("paths.'/api/v1/regions'.post.responses", hasKey("201"))
                .body("paths.'/api/v1/regions'.post.responses.'422'.'$ref'", equalTo("#/components/responses/UnprocessableContent"))
                .body("paths.'/api/v1/regions'.post.responses.'401'.'$ref'", equalTo("#/components/responses/Unauthorized"))
                .body("paths.'/api/v1/regions/{code}'.patch.responses.'412'.'$ref'", equalTo("#/components/responses/PreconditionFailed"))
                .body("paths.'/api/v1/regions/{code}'.patch.responses.'428'", notNullValue())
                .body("paths.'/api/v1/regions/bulk'.post", notNullValue())
                .body("paths.'/api/v1/regions/bulk'.post.responses.'413'.'$ref'", equalTo("#/components/responses/PayloadTooLarge"))
                .body("paths.'/api/v1/regions/{code}/deactivate'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/candidates'.post.responses.'409'.'$ref'", equalTo("#/components/responses/Conflict"))
                .body("paths.'/api/v1/candidates'.get.parameters.name", org.hamcrest.Matchers.hasItems("region", "status", "track", "minAge", "sort"))
                .body("paths.'/api/v1/candidates/{id}/joint-review/verdicts'.post.responses.'412'", notNullValue())
                .body("paths.'/api/v1/candidates/{id}/history'.get", notNullValue())
                .body("paths.'/api/v1/campaigns/{id}/ranking'.get", notNullValue())
                .body("paths.'/api/v1/campaigns/{campaignId}/roster-imports'.post.requestBody.content", hasKey("text/csv"))
                .body("paths.'/api/v1/regions/{code}/bench-strength'.get", notNullValue())
                .body("components.schemas", hasKey("RegisterCandidate"))
                .body("components.schemas", hasKey("EligibilityRuleSet"));
    }

    @Test
    void swaggerUiAndMetricsAreOpen() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("reservoir_outbox_backlog"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
