package org.reservoir.infrastructure.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The services' Clock in tests: the real time, moved forward on demand (a month passes, a deadline or a schedule falls
 * due, a retention ends). A service's tests declare the bean in one line — {@code @Alternative @Priority(1) @Singleton
 * class TestClock extends MovableClock {}} — which replaces the infrastructure's {@code Clocks} producer; a test that
 * moves it puts it back with {@link #reset()} in a finally block or before it starts.
 */
public abstract class MovableClock extends Clock {

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
