package org.reservoir.infrastructure.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Set;

/** {@code reservoir.kafka.*}: how topics are created. */
@ConfigMapping(prefix = "reservoir.kafka")
public interface KafkaConfig {

    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    /** Snapshot topics, compacted so a new consumer can rebuild the latest state from the beginning. */
    Set<String> compactedTopics();

    /** Retention of the other topics. */
    @WithDefault("P14D")
    Duration retention();

    @WithDefault("P30D")
    Duration deadLetterRetention();

    Compaction compaction();

    interface Compaction {
        /** A snapshot stays uncompacted this long, so consumers that keep up see every intermediate state. */
        @WithDefault("PT1H")
        Duration minLag();

        /** Only closed segments are compacted: a segment rolls after this long even when it is small. */
        @WithDefault("P1D")
        Duration segment();
    }
}
