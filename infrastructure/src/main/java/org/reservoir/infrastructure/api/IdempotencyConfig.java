package org.reservoir.infrastructure.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code reservoir.idempotency.*}. */
@ConfigMapping(prefix = "reservoir.idempotency")
public interface IdempotencyConfig {

    /** An Idempotency-Key is honoured this long; its record is deleted by housekeeping afterwards. */
    @WithDefault("P7D")
    Duration retention();
}
