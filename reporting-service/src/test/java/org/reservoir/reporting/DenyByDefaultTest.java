package org.reservoir.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.launcher.DevTokens;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;

/** The shared access rules reach this service too: no Reservoir role, no answer; bad token lifetimes, 401. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class DenyByDefaultTest {

    private static final String COUNTY = "652327000000";
    private static final String SUMMARY = "/api/v1/reports/regions/" + COUNTY + "/summary";

    @Test
    void aTokenWithoutAReservoirRoleIsRefused() {
        for (String groups : new String[]{null, "[]", "[\"hacker\"]", "[\"County-Admin\"]"}) {
            given().header("Authorization", TestTokens.bearer(groups, COUNTY, DevTokens.AUDIENCE, Instant.now(), Duration.ofMinutes(5)))
                    .get(SUMMARY).then().statusCode(403).contentType("application/problem+json");
        }
        given().get(SUMMARY).then().statusCode(401);
        // A viewer reaches the operation, which has nothing projected for this county in this test.
        given().header("Authorization", TestTokens.bearer("viewer", COUNTY)).get(SUMMARY).then().statusCode(404);
    }

    @Test
    void tokensForAnotherAudienceOrForACenturyAreRefused() {
        String viewer = "[\"viewer\"]";
        given().header("Authorization", TestTokens.bearer(viewer, COUNTY, "elsewhere", Instant.now(), Duration.ofMinutes(5)))
                .get(SUMMARY).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(viewer, COUNTY, DevTokens.AUDIENCE, Instant.now(), Duration.ofDays(36500)))
                .get(SUMMARY).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(viewer, COUNTY, DevTokens.AUDIENCE, Instant.now().plusSeconds(3600),
                Duration.ofMinutes(5))).get(SUMMARY).then().statusCode(401);
    }
}
