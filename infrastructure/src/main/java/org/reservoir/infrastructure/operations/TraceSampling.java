package org.reservoir.infrastructure.operations;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.stream.Stream;

/**
 * Spans exist everywhere (their trace id is in every log line), but they are recorded and exported only when an
 * OTLP endpoint is configured; otherwise the exporter would send to its default localhost:4317 and log a failure per batch.
 */
public class TraceSampling {

    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    /** Ordinal of META-INF/microprofile-config.properties; built-in defaults sit far below it. */
    private static final int CONFIGURED = 100;

    @Produces
    @Singleton
    @Unremovable // looked up by the OpenTelemetry SDK set-up, never injected
    Sampler sampler() {
        return sampler(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class));
    }

    static Sampler sampler(SmallRyeConfig config) {
        return exporting(config) ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }

    /** True when an operator set an endpoint (file, environment, system property), not when only the default applies. */
    static boolean exporting(SmallRyeConfig config) {
        return Stream.of(ENDPOINT, TRACES_ENDPOINT).map(config::getConfigValue)
                .anyMatch(v -> v.getValue() != null && !v.getValue().isBlank() && v.getSourceOrdinal() >= CONFIGURED);
    }
}
