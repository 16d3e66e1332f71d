package org.reservoir.infrastructure.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code reservoir.outbox.*}: how the relay delivers outbox rows and how long sent rows are kept. */
@ConfigMapping(prefix = "reservoir.outbox")
public interface OutboxConfig {

    Relay relay();

    /** Sent rows are deleted by housekeeping after this long. */
    @WithDefault("P7D")
    Duration retention();

    interface Relay {
        /** Off in a process that must not publish (e.g. a one-off tool sharing the database). */
        @WithDefault("true")
        boolean enabled();

        /** The fallback poll: the relay is woken by each committed outbox insert (LISTEN/NOTIFY), this is for a missed one. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Most events sent per relay transaction: one produce request and one mark per batch, so a backlog drains in few. */
        @WithDefault("1000")
        int batchSize();
    }
}
