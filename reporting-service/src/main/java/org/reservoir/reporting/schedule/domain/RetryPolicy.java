package org.reservoir.reporting.schedule.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a failed scheduled run is tried again: at most {@code maxAttempts} attempts in all, the n-th retry
 * {@code firstDelay × 2^(n-1)} after the failure, never more than {@code maxDelay}.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retry policy: at least 1 attempt, 0 <= firstDelay <= maxDelay");
        }
    }

    /** When the next attempt may start after attempt number {@code attemptsMade} failed at {@code failedAt}; empty: give up. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attemptsMade && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(failedAt.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
