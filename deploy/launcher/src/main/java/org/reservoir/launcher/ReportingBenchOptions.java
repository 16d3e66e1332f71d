package org.reservoir.launcher;

import java.time.Duration;
import java.util.List;

/**
 * Options of {@code ./reservoir bench reporting}. The defaults are issue 11's county (10,000 villages, 100,000 reserves);
 * anything that is not a known option with a value in range is refused before anything is started.
 */
public record ReportingBenchOptions(int villages, int reserves, Duration duration, Duration warmup, int connections, Duration catchUpTimeout) {

    public static final String USAGE = "usage: ./reservoir bench reporting [--villages N (1-20000, default 10000)]"
            + " [--reserves N (0-200000, default 100000)] [--duration SECONDS per report (1-600, default 10)]"
            + " [--warmup SECONDS (0-120, default 3)] [--connections N (1-64, default 4)]"
            + " [--catch-up-timeout SECONDS (10-7200, default 1800)]";

    public static ReportingBenchOptions defaults() {
        return new ReportingBenchOptions(10_000, 100_000, Duration.ofSeconds(10), Duration.ofSeconds(3), 4, Duration.ofSeconds(1800));
    }

    /** Parses {@code args} (the words after {@code bench reporting}); throws IllegalArgumentException naming what is wrong. */
    public static ReportingBenchOptions parse(List<String> args) {
        ReportingBenchOptions o = defaults();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (name.startsWith("--") && i + 1 < args.size()) {
                value = args.get(++i);
            }
            if (value == null && name.startsWith("--")) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            o = switch (name) {
                case "--villages" -> new ReportingBenchOptions(BenchOptions.number(name, value, 1, 20_000), o.reserves, o.duration, o.warmup, o.connections, o.catchUpTimeout);
                case "--reserves" -> new ReportingBenchOptions(o.villages, BenchOptions.number(name, value, 0, 200_000), o.duration, o.warmup, o.connections, o.catchUpTimeout);
                case "--duration" -> new ReportingBenchOptions(o.villages, o.reserves, seconds(name, value, 1, 600), o.warmup, o.connections, o.catchUpTimeout);
                case "--warmup" -> new ReportingBenchOptions(o.villages, o.reserves, o.duration, seconds(name, value, 0, 120), o.connections, o.catchUpTimeout);
                case "--connections" -> new ReportingBenchOptions(o.villages, o.reserves, o.duration, o.warmup, BenchOptions.number(name, value, 1, 64), o.catchUpTimeout);
                case "--catch-up-timeout" -> new ReportingBenchOptions(o.villages, o.reserves, o.duration, o.warmup, o.connections, seconds(name, value, 10, 7200));
                default -> throw new IllegalArgumentException("unknown option " + name);
            };
        }
        return o;
    }

    private static Duration seconds(String name, String value, int min, int max) {
        return Duration.ofSeconds(BenchOptions.number(name, value, min, max));
    }

    @Override
    public String toString() {
        return "reporting --villages " + villages + " --reserves " + reserves + " --duration " + duration.toSeconds() + " --warmup "
                + warmup.toSeconds() + " --connections " + connections + " --catch-up-timeout " + catchUpTimeout.toSeconds();
    }
}
