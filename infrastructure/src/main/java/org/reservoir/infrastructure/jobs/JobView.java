package org.reservoir.infrastructure.jobs;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A job's row as its resource shows it (no payload). */
public record JobView(UUID id, String type, String triggerKey, JobStatus status, int attempts, int maxAttempts,
                      OffsetDateTime heartbeatAt, String failureReason, OffsetDateTime createdAt, OffsetDateTime finishedAt) {
}
