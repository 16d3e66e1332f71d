package org.reservoir.launcher;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: N threads each run one operation back to back for the warm-up and then the measured period;
 * only operations started and finished inside the measured period count. Latencies are recorded in microseconds.
 */
public final class LoadDriver {

    /** One thread's operation: true when it succeeded (an HTTP status or a committed transaction as expected). */
    public interface Worker extends AutoCloseable {
        boolean call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** Makes thread {@code index}'s worker (e.g. opens its connection) before the run starts. */
    public interface WorkerFactory {
        Worker create(int index) throws Exception;
    }

    /** What a run measured: operations per second over the measured period, failures, latencies. */
    public record Result(long ok, long failed, double seconds, Histogram micros, String firstFailure) {
        public double perSecond() {
            return seconds <= 0 ? 0 : ok / seconds;
        }
    }

    private LoadDriver() {
    }

    public static Result run(int threads, Duration warmup, Duration measure, WorkerFactory workers) {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureUntil = measureFrom + measure.toNanos();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<CompletableFuture<long[]>> runs = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Histogram h = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
            histograms.add(h);
            int index = t;
            runs.add(CompletableFuture.supplyAsync(() -> {
                long ok = 0;
                long failed = 0;
                try (Worker w = workers.create(index)) {
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= measureUntil) {
                            break;
                        }
                        boolean success;
                        try {
                            success = w.call();
                        } catch (Exception e) {
                            firstFailure.compareAndSet(null, e.toString());
                            success = false;
                        }
                        long after = System.nanoTime();
                        if (before >= measureFrom && after <= measureUntil) {
                            if (success) {
                                ok++;
                                h.recordValue(Math.min(h.getHighestTrackableValue(), (after - before) / 1000));
                            } else {
                                failed++;
                            }
                        }
                    }
                } catch (Exception e) {
                    firstFailure.compareAndSet(null, e.toString());
                }
                return new long[]{ok, failed};
            }, pool));
        }
        long ok = 0;
        long failed = 0;
        for (CompletableFuture<long[]> r : runs) {
            long[] counts = r.join();
            ok += counts[0];
            failed += counts[1];
        }
        pool.shutdown();
        Histogram all = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        histograms.forEach(all::add);
        return new Result(ok, failed, measure.toNanos() / 1e9, all, firstFailure.get());
    }
}
