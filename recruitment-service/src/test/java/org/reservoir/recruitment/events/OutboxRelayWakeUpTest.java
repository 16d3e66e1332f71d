package org.reservoir.recruitment.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import static io.restassured.RestAssured.given;

/**
 * The relay is woken by the outbox insert's commit (LISTEN/NOTIFY), not by its poll: the tests run it with a 30 s
 * fallback poll (ReservoirTestResource), so every event sent within a few seconds was sent because of the wake-up.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class OutboxRelayWakeUpTest {

    private static final String COUNTY = "659801000000";
    private static final String TOWNSHIP = "659801001000";

    @Inject
    AgroalDataSource db;

    @Test
    void eachCommittedEventIsSentWithinSecondsThoughThePollIsThirtySecondsApart() throws Exception {
        String token = TestTokens.bearer("county-admin", COUNTY);
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"regions\":[{\"code\":\"%s\",\"name\":\"唤醒县\"},{\"code\":\"%s\",\"name\":\"唤醒镇\"}]}".formatted(COUNTY, TOWNSHIP))
                .post("/api/v1/regions/bulk").then().statusCode(201);
        OutboxRows.awaitAllSent(db, OutboxRows.By.MESSAGE_KEY, COUNTY, 5000);
        for (int i = 1; i <= 3; i++) {
            String village = TOWNSHIP.substring(0, 9) + "%03d".formatted(i);
            given().header("Authorization", token).contentType(ContentType.JSON)
                    .body("{\"code\":\"%s\",\"name\":\"唤醒%d村\",\"villageType\":\"WEAK\",\"committeeSeats\":5}".formatted(village, i))
                    .post("/api/v1/regions").then().statusCode(201);
            OutboxRows.awaitAllSent(db, OutboxRows.By.MESSAGE_KEY, village, 5000);
        }
    }
}
