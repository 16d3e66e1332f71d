package org.reservoir.reporting.schedule.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * {@code reservoir.reporting.schedules.*}: the scheduler pass (interval in application.properties, which the
 * {@code @Scheduled} expression of {@link ScheduledRuns} reads too) and the retries of failed runs (README, "Reporting").
 */
@ConfigMapping(prefix = "reservoir.reporting.schedules")
public interface SchedulesConfig {

    /** How often an instance looks for due schedules and runs waiting for a retry (also read by the @Scheduled pass). */
    Duration interval();

    /** Attempts a run gets before it fails for good. */
    @WithDefault("3")
    int maxAttempts();

    /** The first retry's delay after a failed attempt; each further retry waits twice as long. */
    @WithDefault("5m")
    Duration firstRetryDelay();

    /** The longest delay between two attempts. */
    @WithDefault("1h")
    Duration maxRetryDelay();
}
