package org.reservoir.reporting.schedule.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Retries of failed scheduled runs: bounded, with a doubling back-off under a cap. */
class RetryPolicyTest {

    private static final Instant FAILED = Instant.parse("2026-11-23T05:00:00Z");

    @Test
    void backOffDoublesUpToTheCapAndAttemptsAreBounded() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(5), Duration.ofMinutes(15));
        assertEquals(Optional.of(FAILED.plus(Duration.ofMinutes(5))), policy.nextAttempt(1, FAILED));
        assertEquals(Optional.of(FAILED.plus(Duration.ofMinutes(10))), policy.nextAttempt(2, FAILED));
        assertEquals(Optional.of(FAILED.plus(Duration.ofMinutes(15))), policy.nextAttempt(3, FAILED), "capped");
        assertEquals(Optional.of(FAILED.plus(Duration.ofMinutes(15))), policy.nextAttempt(4, FAILED));
        assertEquals(Optional.empty(), policy.nextAttempt(5, FAILED), "out of attempts");
        assertEquals(Optional.empty(), policy.nextAttempt(6, FAILED));
    }

    @Test
    void oneAttemptMeansNoRetry() {
        assertEquals(Optional.empty(), new RetryPolicy(1, Duration.ofMinutes(5), Duration.ofHours(1)).nextAttempt(1, FAILED));
    }

    @Test
    void nonsensePoliciesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofMinutes(5), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofHours(2), Duration.ofHours(1)));
    }
}
