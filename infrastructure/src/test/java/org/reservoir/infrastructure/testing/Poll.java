package org.reservoir.infrastructure.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what happens asynchronously (events consumed, a restarted process) by asking again every 100 ms until
 * the answer is right or time runs out; the failure names what was awaited and the last answer. JDK only, so the
 * system tests use it too.
 */
public final class Poll {

    private static final long INTERVAL_MILLIS = 100;

    private Poll() {
    }

    /** The first answer of {@code probe} that {@code done} accepts; fails after {@code timeout} with the last answer. */
    public static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T answer = probe.get();
            if (done.test(answer)) {
                return answer;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout + " waiting until " + what + "; last saw " + answer);
            }
            sleep(INTERVAL_MILLIS);
        }
    }

    /** Waits until {@code condition} holds. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, condition::getAsBoolean, Boolean::booleanValue);
    }

    /** Waits until {@code probe} answers {@code expected}. */
    public static <T> void untilEquals(String what, T expected, Duration timeout, Supplier<T> probe) {
        until(what + " = " + expected, timeout, probe, answer -> Objects.equals(expected, answer));
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
