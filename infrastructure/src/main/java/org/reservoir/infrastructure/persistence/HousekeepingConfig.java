package org.reservoir.infrastructure.persistence;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** {@code reservoir.housekeeping.*} (default in the shared microprofile-config.properties, read by its schedule too). */
@ConfigMapping(prefix = "reservoir.housekeeping")
public interface HousekeepingConfig {

    /** How often {@link RetentionPurge} runs. */
    Duration interval();
}
