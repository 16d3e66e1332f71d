package org.reservoir.infrastructure.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.json.runtime.JsonLogConfig;
import io.quarkus.logging.json.runtime.LoggingJsonRecorder;
import io.quarkus.runtime.ApplicationConfig;
import io.quarkus.runtime.RuntimeValue;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Formatter;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console log format the services get from the shared defaults (META-INF/microprofile-config.properties): text
 * unless the environment sets QUARKUS_LOG_CONSOLE_JSON_ENABLED=true, then one JSON object per line with a zoned
 * timestamp, the correlation and trace ids and the service name. Built the way Quarkus builds it at start-up.
 */
class JsonLogFormatTest {

    @Test
    void consoleIsTextByDefault() throws Exception {
        assertTrue(consoleJsonFormatter(Map.of()).isEmpty(), "JSON console logging must be off unless switched on");
    }

    @Test
    void environmentSwitchesConsoleToJsonWithZonedTimestampAndIds() throws Exception {
        Formatter formatter = consoleJsonFormatter(Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true")).orElseThrow();
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "candidate registered", JsonLogFormatTest.class.getName());
        record.setLoggerName("org.reservoir.recruitment");
        MDC.put("correlationId", "ops-json-1");
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        try {
            record.copyMdc();
        } finally {
            MDC.remove("correlationId");
            MDC.remove("traceId");
        }
        String line = formatter.format(record);
        assertEquals(1, line.strip().lines().count(), "one line per record: " + line);
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("candidate registered", json.path("message").asText());
        assertEquals("INFO", json.path("level").asText());
        String timestamp = json.path("timestamp").asText();
        assertTrue(timestamp.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)"), timestamp);
        OffsetDateTime.parse(timestamp);
        assertEquals("ops-json-1", json.path("mdc").path("correlationId").asText());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", json.path("mdc").path("traceId").asText());
        assertEquals("recruitment-service", json.path("service").asText());
    }

    private static Optional<Formatter> consoleJsonFormatter(Map<String, String> environment) throws java.io.IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(
                        JsonLogFormatTest.class.getResource("/META-INF/microprofile-config.properties"), 100))
                .withSources(new PropertiesConfigSource(Map.of("quarkus.application.name", "recruitment-service"), "service", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(JsonLogConfig.class)
                .withMapping(ApplicationConfig.class)
                .withValidateUnknown(false)
                .build();
        LoggingJsonRecorder recorder = new LoggingJsonRecorder(
                new RuntimeValue<>(config.getConfigMapping(JsonLogConfig.class)),
                new RuntimeValue<>(config.getConfigMapping(ApplicationConfig.class)));
        return recorder.initializeConsoleJsonLogging().getValue();
    }
}
