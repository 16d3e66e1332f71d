package org.reservoir.infrastructure.operations;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import io.opentelemetry.api.common.Attributes;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spans are recorded (and so exported) only when an operator names an OTLP endpoint, never on the built-in default. */
class TraceSamplingTest {

    @Test
    void noEndpointOrOnlyTheDefaultMeansNothingIsRecorded() {
        assertEquals(SamplingDecision.DROP, decision(Map.of()));
    }

    @Test
    void anEndpointFromTheEnvironmentSwitchesRecordingOn() {
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decision(Map.of("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317")));
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decision(Map.of("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://collector:4317")));
    }

    private static SamplingDecision decision(Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                // what the OpenTelemetry extension declares as the endpoint's default
                .withDefaultValue(TraceSampling.ENDPOINT, "http://localhost:4317/")
                .withSources(new EnvConfigSource(environment, 300))
                .build();
        return TraceSampling.sampler(config).shouldSample(Context.root(), "4bf92f3577b34da6a3ce929d0e0e4736", "GET /api/v1/regions",
                SpanKind.SERVER, Attributes.empty(), List.<LinkData>of()).getDecision();
    }
}
