package org.reservoir.reporting.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.DatabaseOutage;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database outage is not the events' fault: the consumer pauses and applies them once the database is back, each
 * once, and dead-letters none (before, five quick failures each sent every event of the outage to the dead-letter topic).
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class DatabaseOutageTest {

    private static final String TOPIC = ControlledHandlers.FIXABLE_TOPIC;
    private static final String CHECK = "event-consumer reporting-service";

    @Inject
    AgroalDataSource db;

    @Test
    void eventsReadDuringADatabaseOutageAreAppliedWhenItEndsAndNoneIsDeadLettered() {
        List<String> subjects = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            subjects.add(UUID.randomUUID().toString());
            ids.add(UUID.randomUUID().toString());
        }
        Poll.until("the consumer runs", Duration.ofSeconds(30), () -> "RUNNING".equals(consumerState()));
        double pausesBefore = Metrics.value("reservoir_events_consumer_outage_pauses_total", Map.of("group", "reporting-service")).orElseThrow();
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            for (int i = 0; i < subjects.size(); i++) {
                EventProbe.publish(TOPIC, subjects.get(i), ids.get(i), "reservoir.test.fixable.happened", subjects.get(i), "{\"n\":" + i + "}");
            }
            Poll.until("readiness shows the consumer paused by the outage", Duration.ofSeconds(30), () -> "PAUSED".equals(consumerState()));
            // Far longer than the five attempts (50 ms apart in tests) after which a failing event is dead-lettered.
            Poll.sleep(4000);
            assertEquals(List.of(), EventProbe.read(TOPIC + ".dlt", m -> subjects.contains(m.key()), 1, Duration.ofSeconds(2)),
                    "nothing is dead-lettered during the outage");
        }
        Poll.until("every event is applied after the outage", Duration.ofSeconds(90), () -> processed(ids) == ids.size());
        assertTrue(Metrics.value("reservoir_events_consumer_outage_pauses_total", Map.of("group", "reporting-service")).orElseThrow() > pausesBefore);
        Poll.until("the consumer runs again", Duration.ofSeconds(30), () -> "RUNNING".equals(consumerState()));
        assertEquals(List.of(), EventProbe.read(TOPIC + ".dlt", m -> subjects.contains(m.key()), 1, Duration.ofSeconds(2)),
                "nothing was dead-lettered");
        for (String id : ids) {
            assertEquals(1, processedRows(id), "event " + id + " recorded once");
        }
    }

    private static String consumerState() {
        JsonPath health = given().get("/q/health/ready").then().extract().jsonPath();
        List<Map<String, Object>> checks = health.getList("checks");
        return checks.stream().filter(c -> CHECK.equals(c.get("name"))).findFirst()
                .map(c -> String.valueOf(((Map<?, ?>) c.get("data")).get("state"))).orElse("none");
    }

    private long processed(List<String> eventIds) {
        try {
            return ProcessedEvents.count(db, eventIds);
        } catch (SQLException e) {
            return -1;
        }
    }

    private long processedRows(String eventId) {
        return processed(List.of(eventId));
    }
}
