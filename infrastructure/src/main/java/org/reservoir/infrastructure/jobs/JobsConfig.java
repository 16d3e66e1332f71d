package org.reservoir.infrastructure.jobs;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/**
 * {@code reservoir.jobs.*} (defaults in the shared microprofile-config.properties, which the {@code @Scheduled}
 * expressions of {@link JobPoller} read too).
 */
@ConfigMapping(prefix = "reservoir.jobs")
public interface JobsConfig {

    /** How often an instance looks for claimable jobs. */
    Duration pollInterval();

    /** How often an instance renews the heartbeat of the jobs it runs. */
    Duration heartbeatInterval();

    /** A running job without a heartbeat for this long belongs to a dead instance and is taken over. */
    Duration heartbeatTimeout();

    /** Attempts before a job fails with a reason. */
    int maxAttempts();
}
