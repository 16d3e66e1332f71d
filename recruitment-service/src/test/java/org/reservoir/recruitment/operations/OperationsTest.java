package org.reservoir.recruitment.operations;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.launcher.KafkaBroker;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Operations: readiness answers fast with Kafka away, metrics for HTTP and the DB pool, trace ids in the logs. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class OperationsTest {

    @Test
    void readinessAnswersWithinTwoSecondsWhileKafkaIsDown() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Kafka connection health check"));
        KafkaBroker kafka = ReservoirTestResource.kafka();
        kafka.kill();
        try {
            for (int i = 0; i < 3; i++) {
                Instant start = Instant.now();
                Response ready = given().get("/q/health/ready");
                Duration took = Duration.between(start, Instant.now());
                assertEquals(503, ready.statusCode(), ready.asString());
                assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "readiness took " + took);
                assertEquals("DOWN", ready.path("checks.find { it.name == 'Kafka connection health check' }.status"));
            }
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            kafka.start();
        }
        Poll.until("readiness recovers after Kafka came back", Duration.ofSeconds(60), () -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void metricsExposeHttpHistogramBucketsAndDatabasePool() {
        given().header("Authorization", TestTokens.bearer("county-admin", "000000000000"))
                .get("/api/v1/regions?size=1").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_bucket{")
                && l.contains("uri=\"/api/v1/regions\"") && l.contains("le=\"0.25\"")), "HTTP histogram bucket of 250 ms");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_bucket{")
                && l.contains("le=\"+Inf\"")), "HTTP histogram +Inf bucket");
        for (String gauge : new String[] {"agroal_active_count", "agroal_available_count", "agroal_awaiting_count", "agroal_max_used_count"}) {
            assertTrue(metrics.contains(gauge + "{datasource=\"default\""), gauge);
        }
    }

    @Test
    void requestLogLinesCarryCorrelationIdAndTraceIdWithoutExportingSpans() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        try (LogCapture capture = new LogCapture(LogProbeResource.class.getName())) {
            given().header("Authorization", TestTokens.bearer("county-admin", "000000000000"))
                    .header("X-Correlation-Id", "ops-log-1")
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .get("/test-support/log-probe").then().statusCode(200)
                    // no OTLP endpoint configured: spans carry ids but are neither recorded nor exported
                    .body(equalTo("logged, recording=false"));
            given().header("Authorization", TestTokens.bearer("county-admin", "000000000000"))
                    .get("/test-support/log-probe").then().statusCode(200);

            assertEquals(2, capture.records.size());
            ExtLogRecord continued = capture.records.get(0);
            assertEquals("ops-log-1", continued.getMdc("correlationId"));
            assertEquals(traceId, continued.getMdc("traceId"), "trace id taken from the traceparent header");
            ExtLogRecord fresh = capture.records.get(1);
            assertNotNull(fresh.getMdc("traceId"));
            assertTrue(fresh.getMdc("traceId").matches("[0-9a-f]{32}") && !fresh.getMdc("traceId").equals(traceId),
                    "a request without traceparent starts its own trace: " + fresh.getMdc("traceId"));
        }
    }

    @Test
    void consoleLogsAreTextUnlessSwitchedToJson() {
        var console = LogCapture.console().orElseThrow();
        assertFalse(console.getFormatter().getClass().getName().toLowerCase().contains("json"),
                "console format by default: " + console.getFormatter().getClass().getName());
    }
}
