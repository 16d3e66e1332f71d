package org.reservoir.infrastructure.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code reservoir.health.*}. */
@ConfigMapping(prefix = "reservoir.health")
public interface HealthConfig {

    /** Readiness gives Kafka this long to answer, so probes (3-5 s) get their answer in time. */
    @WithDefault("PT1.5S")
    Duration kafkaTimeout();
}
