package org.reservoir.recruitment.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertSentWithin(COUNTY, 5000);
        for (int i = 1; i <= 3; i++) {
            String village = TOWNSHIP.substring(0, 9) + "%03d".formatted(i);
            given().header("Authorization", token).contentType(ContentType.JSON)
                    .body("{\"code\":\"%s\",\"name\":\"唤醒%d村\",\"villageType\":\"WEAK\",\"committeeSeats\":5}".formatted(village, i))
                    .post("/api/v1/regions").then().statusCode(201);
            assertSentWithin(village, 5000);
        }
    }

    private void assertSentWithin(String key, long millis) throws SQLException, InterruptedException {
        long t0 = System.nanoTime();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) filter (where sent_at is null), count(*) from outbox_event where message_key = ?")) {
            s.setString(1, key);
            while (true) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(2) > 0 && r.getLong(1) == 0) {
                        return;
                    }
                }
                long waited = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(waited < millis, "the event of " + key + " was not sent within " + millis + " ms");
                Thread.sleep(20);
            }
        }
    }
}
