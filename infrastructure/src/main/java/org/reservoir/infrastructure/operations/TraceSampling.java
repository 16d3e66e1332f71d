package org.reservoir.infrastructure.operations;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Spans exist everywhere (their trace id is in every log line), but they are recorded and exported only when an
 * OTLP endpoint is configured; otherwise the exporter would send to localhost:4317 and log a failure per batch.
 */
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "quarkus.otel.exporter.otlp.endpoint") Optional<String> endpoint,
                    @ConfigProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint") Optional<String> tracesEndpoint) {
        boolean exporting = endpoint.or(() -> tracesEndpoint).filter(e -> !e.isBlank()).isPresent();
        return exporting ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }
}
