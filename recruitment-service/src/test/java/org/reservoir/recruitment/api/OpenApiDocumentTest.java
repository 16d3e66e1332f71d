package org.reservoir.recruitment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.OpenApiConventions;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
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
                .body("paths.'/api/v1/campaigns/{id}/roster-imports'.post.requestBody.content", hasKey("text/csv"))
                .body("paths.'/api/v1/regions/{code}/bench-strength'.get", notNullValue())
                .body("components.schemas", hasKey("RegisterCandidate"))
                .body("components.schemas", hasKey("EligibilityRuleSet"));
    }

    @Test
    void keepsTheSharedConventions() {
        OpenApiConventions.assertConventions(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    /** A generated client needs these exactly: typed enums in answers, the ETag of a creation, the roster's media types. */
    @Test
    void answersAreTypedForGeneratedClients() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/candidates'.post.operationId", equalTo("registerCandidate"))
                .body("paths.'/api/v1/candidates/{id}/township-review'.post.operationId", equalTo("townshipReview"))
                .body("paths.'/api/v1/candidates/{id}/township-review'.post.parameters.find { it.name == 'If-Match' }.required", equalTo(true))
                .body("paths.'/api/v1/regions'.post.responses.'201'.headers.ETag.schema.type", equalTo("string"))
                .body("paths.'/api/v1/campaigns'.post.responses.'201'.headers.Location.schema.format", equalTo("uri-reference"))
                // An optional property is its type or null (OpenAPI 3.1), as Jackson writes an absent value.
                .body("components.schemas.Candidate.properties.status.anyOf[0].'$ref'", equalTo("#/components/schemas/CandidateStatus"))
                .body("components.schemas.Candidate.properties.status.anyOf[1].type", equalTo("null"))
                .body("components.schemas.Candidate.properties.track.anyOf[0].'$ref'", equalTo("#/components/schemas/Track"))
                .body("components.schemas.CandidateSummary.properties.gender.anyOf[0].'$ref'", equalTo("#/components/schemas/Gender"))
                .body("components.schemas.Campaign.properties.sourceGroups.items.'$ref'", equalTo("#/components/schemas/SourceGroup"))
                .body("components.schemas.Campaign.properties.sourceGroups.type", hasItems("array", "null"))
                .body("components.schemas.Campaign.properties.status.anyOf[0].'$ref'", equalTo("#/components/schemas/CampaignStatus"))
                .body("components.schemas.CampaignStatus.description", containsString("开放报名"))
                .body("components.schemas.EventEnvelope.properties.data.type", equalTo("object"))
                .body("components.schemas.Problem.properties", hasKey("existingCandidateId"))
                .body("paths.'/api/v1/roster-template'.get.responses.'200'.content",
                        hasKey("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body("paths.'/api/v1/campaigns/{id}/roster-imports'.post.responses.'202'.headers", hasKey("Location"))
                .body("paths.'/api/v1/campaigns/{id}/roster-imports'.post.responses.'202'.content", hasKey("application/json"));
    }

    /** What the document promises on every answer is sent: on a success, a problem, and a refusal ahead of routing. */
    @Test
    void everyAnswerEchoesTheCorrelationId() {
        String admin = org.reservoir.infrastructure.testing.TestTokens.bearer("county-admin", "659997000000");
        given().header("Authorization", admin).header("X-Correlation-Id", "trace-200").get("/api/v1/regions").then().statusCode(200)
                .header("X-Correlation-Id", equalTo("trace-200"));
        given().header("Authorization", admin).header("X-Correlation-Id", "trace-404").get("/api/v1/campaigns/" + java.util.UUID.randomUUID())
                .then().statusCode(404).header("X-Correlation-Id", equalTo("trace-404"));
        given().header("Authorization", admin).header("X-Correlation-Id", "trace-414").get("/api/v1/regions?q=" + "x".repeat(5000))
                .then().statusCode(414).header("X-Correlation-Id", equalTo("trace-414"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.headers.CorrelationId.schema.type", equalTo("string"))
                .body("paths.'/api/v1/candidates'.post.responses.'201'.headers.'X-Correlation-Id'.'$ref'", equalTo("#/components/headers/CorrelationId"))
                .body("components.responses.NotFound.headers.'X-Correlation-Id'.'$ref'", equalTo("#/components/headers/CorrelationId"));
    }

    @Test
    void swaggerUiAndMetricsAreOpen() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("reservoir_outbox_backlog"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
