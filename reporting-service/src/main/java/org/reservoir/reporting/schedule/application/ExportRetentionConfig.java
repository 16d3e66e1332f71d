package org.reservoir.reporting.schedule.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code reservoir.reporting.exports.*}: how long an ad-hoc export (POST /api/v1/report-exports) and its file are kept. */
@ConfigMapping(prefix = "reservoir.reporting.exports")
public interface ExportRetentionConfig {

    @WithDefault("P30D")
    Duration retention();
}
