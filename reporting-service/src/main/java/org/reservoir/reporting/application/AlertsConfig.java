package org.reservoir.reporting.application;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** {@code reservoir.reporting.alerts.*} (application.properties; the {@code @Scheduled} expression of {@link AlertEvaluation} reads it too). */
@ConfigMapping(prefix = "reservoir.reporting.alerts")
public interface AlertsConfig {

    /** How often every county's alerts are evaluated (one job per period across instances). */
    Duration interval();
}
