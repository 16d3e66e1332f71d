package org.reservoir.reporting.schedule;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The service's Clock in tests: the real time, moved forward on demand (a schedule falls due, a retention passes).
 * Replaces the infrastructure's Clocks producer; tests that move it put it back in a finally block.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    public static void moveForward(Duration by) {
        offset = offset.plus(by);
    }

    /** The moved time, for tests that compare with what the service computed. */
    public static Instant instantNow() {
        return Instant.now().plus(offset);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
