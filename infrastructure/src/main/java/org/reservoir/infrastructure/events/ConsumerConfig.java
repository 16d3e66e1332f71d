package org.reservoir.infrastructure.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** {@code reservoir.consumer.*}: the idempotent consumer's group, retries, supervision and bookkeeping. */
@ConfigMapping(prefix = "reservoir.consumer")
public interface ConsumerConfig {

    /** The consumer group; the application's name when absent. */
    Optional<String> group();

    /** Attempts at one event before it goes to its dead-letter topic. */
    @WithDefault("5")
    int maxAttempts();

    @WithDefault("PT0.5S")
    Duration retryBackoff();

    /**
     * Most events read in one poll and applied in one transaction (one commit for all, then one offset commit); a batch
     * that fails is applied again one event per transaction.
     */
    @WithDefault("200")
    int batchSize();

    /**
     * First pause while the database is unavailable (connections refused or lost, none from the pool in time): the
     * unfinished events are read again after it; doubles up to 30 s while the outage lasts. Nothing is dead-lettered.
     */
    @WithDefault("PT1S")
    Duration outageBackoff();

    /** First pause before a dead consumer loop is restarted; doubles up to 30 s. */
    @WithDefault("PT1S")
    Duration restartBackoff();

    /** A restarted loop counts as recovered (and its back-off resets) after running this long. */
    @WithDefault("PT30S")
    Duration healthyAfter();

    @WithDefault("PT5S")
    Duration lagInterval();

    /**
     * {@code processed_event} rows are deleted after this long: keep it longer than events can be redelivered or
     * replayed from a dead-letter topic, or a replay could apply an event twice.
     */
    @WithDefault("P45D")
    Duration processedRetention();
}
