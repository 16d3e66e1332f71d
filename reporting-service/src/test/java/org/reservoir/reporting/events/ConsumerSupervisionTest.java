package org.reservoir.reporting.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.region.RegionTopic;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consumer loop survives a fatal error: it is restarted, readiness and metrics show it meanwhile, nothing is lost. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class ConsumerSupervisionTest {

    private static final String GROUP = "reporting-service";
    private static final String CHECK = "event-consumer " + GROUP;

    private static Map<String, Object> consumerCheck(JsonPath health) {
        List<Map<String, Object>> checks = health.getList("checks");
        return checks.stream().filter(c -> CHECK.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + CHECK + " check in " + health.prettify()));
    }

    private static Map<?, ?> data(Map<String, Object> check) {
        return (Map<?, ?>) check.get("data");
    }

    private static JsonPath readiness() {
        return given().get("/q/health/ready").then().extract().jsonPath();
    }

    @Test
    void everyConsumerCounterIsPublishedFromTheStartAtZero() {
        for (String topic : List.of(RegionTopic.NAME, ControlledHandlers.SUPERVISED_TOPIC, ControlledHandlers.FIXABLE_TOPIC)) {
            Map<String, String> labels = Map.of("group", GROUP, "topic", topic);
            for (String counter : List.of("reservoir_events_consumed_total", "reservoir_events_retried_total",
                    "reservoir_events_dead_lettered_total", "reservoir_events_duplicates_total", "reservoir_events_consumer_lag")) {
                assertTrue(Metrics.value(counter, labels).isPresent(), counter + " " + labels + " is published");
            }
        }
        // Nothing on the supervised topic is ever retried, dead-lettered or duplicated (its failures are fatal errors).
        Map<String, String> quiet = Map.of("group", GROUP, "topic", ControlledHandlers.SUPERVISED_TOPIC);
        assertEquals(0.0, Metrics.value("reservoir_events_retried_total", quiet).orElseThrow());
        assertEquals(0.0, Metrics.value("reservoir_events_dead_lettered_total", quiet).orElseThrow());
        assertEquals(0.0, Metrics.value("reservoir_events_duplicates_total", quiet).orElseThrow());
        assertTrue(Metrics.value("reservoir_events_consumer_restarts_total", Map.of("group", GROUP)).isPresent());
        assertTrue(Metrics.value("reservoir_events_consumer_up", Map.of("group", GROUP)).isPresent());
    }

    @Test
    void aConsumerLoopKilledByAnErrorIsRestartedAndReadinessReportsItUntilItRecovers() {
        Poll.until("the consumer runs", Duration.ofSeconds(30), () -> "RUNNING".equals(data(consumerCheck(readiness())).get("state")));
        double restartsBefore = Metrics.value("reservoir_events_consumer_restarts_total", Map.of("group", GROUP)).orElseThrow();
        String subject = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        ControlledHandlers.DYING.add(subject);
        try {
            EventProbe.publish(ControlledHandlers.SUPERVISED_TOPIC, subject, eventId, "reservoir.test.supervised.happened", subject, "{}");
            Poll.until("readiness reports the dead consumer", Duration.ofSeconds(30), () -> {
                JsonPath health = readiness();
                Map<String, Object> check = consumerCheck(health);
                return "DOWN".equals(health.getString("status")) && "DOWN".equals(check.get("status"))
                        && String.valueOf(data(check).get("lastFailure")).contains("simulated fatal error on " + subject);
            });
            given().get("/q/health/ready").then().statusCode(503);
            assertTrue(Metrics.value("reservoir_events_consumer_restarts_total", Map.of("group", GROUP)).orElseThrow() > restartsBefore);
            assertEquals(0.0, Metrics.value("reservoir_events_consumer_up", Map.of("group", GROUP)).orElseThrow());
            Poll.until("the stuck event shows as lag", Duration.ofSeconds(30), () -> Metrics.value("reservoir_events_consumer_lag",
                    Map.of("group", GROUP, "topic", ControlledHandlers.SUPERVISED_TOPIC)).orElse(0.0) >= 1);
            assertEquals(0, ControlledHandlers.applied(eventId));
        } finally {
            ControlledHandlers.DYING.remove(subject);
        }
        // The fix: the restarted loop applies the event it died on, once, and readiness is UP again.
        Poll.until("the event is applied after the restart", Duration.ofSeconds(60), () -> ControlledHandlers.applied(eventId) == 1);
        Poll.until("readiness is UP again", Duration.ofSeconds(30), () -> "UP".equals(readiness().getString("status")));
        given().get("/q/health/ready").then().statusCode(200);
        Map<String, Object> check = consumerCheck(readiness());
        assertEquals("RUNNING", data(check).get("state"));
        assertTrue(((Number) data(check).get("restarts")).intValue() >= 1, check.toString());
        assertEquals(1.0, Metrics.value("reservoir_events_consumer_up", Map.of("group", GROUP)).orElseThrow());
        Poll.until("the lag is back to 0", Duration.ofSeconds(30), () -> Metrics.value("reservoir_events_consumer_lag",
                Map.of("group", GROUP, "topic", ControlledHandlers.SUPERVISED_TOPIC)).orElse(-1.0) == 0);
        assertEquals(1, ControlledHandlers.applied(eventId));
    }
}
