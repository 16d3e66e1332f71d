package org.reservoir.launcher;

import java.time.Duration;
import java.util.List;

/**
 * Options of {@code ./reservoir bench}. Small defaults keep a whole run within about three minutes; anything that is
 * not a known option with a value in range is refused before anything is started.
 *
 * @param only the one part to run ({@code http}, {@code events} or {@code import}), or null for all of them
 */
public record BenchOptions(Duration duration, Duration warmup, int connections, int pacedRate, int importRows, boolean startup,
                           String only) {

    /** The parts {@code --only} can name. */
    static final List<String> PARTS = List.of("http", "events", "import");

    public BenchOptions(Duration duration, Duration warmup, int connections, int pacedRate, int importRows, boolean startup) {
        this(duration, warmup, connections, pacedRate, importRows, startup, null);
    }

    public static final String USAGE = "usage: ./reservoir bench [--duration SECONDS (1-600, default 10)]"
            + " [--warmup SECONDS (0-120, default 3)] [--connections N (1-256, default 16)]"
            + " [--paced-rate WRITES_PER_SECOND (1-5000, default 100)] [--import-rows N (0-100000, default 10000; 0 skips)]"
            + " [--startup (also time each service started alone to its first answer; about a minute more)]"
            + " [--only http (only the HTTP request path: GET/POST beside JDBC, resident memory, --startup if given)"
            + " | --only events (only the Kafka baseline and the write → projection propagation runs)"
            + " | --only import (only the roster import of --import-rows rows, with recruitment's CPU per row, and resident memory)]";

    public static BenchOptions defaults() {
        return new BenchOptions(Duration.ofSeconds(10), Duration.ofSeconds(3), 16, 100, 10_000, false);
    }

    /** Only the HTTP request path. */
    public boolean httpOnly() {
        return "http".equals(only);
    }

    /** Only the Kafka baseline and the propagation runs. */
    public boolean eventsOnly() {
        return "events".equals(only);
    }

    /** Only the roster import. */
    public boolean importOnly() {
        return "import".equals(only);
    }

    /** Parses {@code args} (the words after {@code bench}); throws IllegalArgumentException naming what is wrong. */
    public static BenchOptions parse(List<String> args) {
        BenchOptions o = defaults();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (name.equals("--startup")) {
                o = new BenchOptions(o.duration, o.warmup, o.connections, o.pacedRate, o.importRows, true, o.only);
                continue;
            }
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--startup=")) {
                throw new IllegalArgumentException("--startup takes no value");
            }
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (name.startsWith("--") && i + 1 < args.size()) {
                value = args.get(++i);
            }
            if (value == null && name.startsWith("--")) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (name.equals("--only")) {
                if (!PARTS.contains(value)) {
                    throw new IllegalArgumentException("--only takes http, events or import, not '" + value + "'");
                }
                if (o.only != null && !o.only.equals(value)) {
                    throw new IllegalArgumentException("--only takes one of http, events and import");
                }
                o = new BenchOptions(o.duration, o.warmup, o.connections, o.pacedRate, o.importRows, o.startup, value);
                continue;
            }
            o = switch (name) {
                case "--duration" -> new BenchOptions(Duration.ofSeconds(number(name, value, 1, 600)), o.warmup, o.connections, o.pacedRate, o.importRows, o.startup, o.only);
                case "--warmup" -> new BenchOptions(o.duration, Duration.ofSeconds(number(name, value, 0, 120)), o.connections, o.pacedRate, o.importRows, o.startup, o.only);
                case "--connections" -> new BenchOptions(o.duration, o.warmup, number(name, value, 1, 256), o.pacedRate, o.importRows, o.startup, o.only);
                case "--paced-rate" -> new BenchOptions(o.duration, o.warmup, o.connections, number(name, value, 1, 5000), o.importRows, o.startup, o.only);
                case "--import-rows" -> new BenchOptions(o.duration, o.warmup, o.connections, o.pacedRate, number(name, value, 0, 100_000), o.startup, o.only);
                default -> throw new IllegalArgumentException("unknown option " + name);
            };
        }
        return o;
    }

    /** {@code value} as a whole number in [min, max]; otherwise an IllegalArgumentException naming the option and the range. */
    static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    @Override
    public String toString() {
        return "--duration " + duration.toSeconds() + " --warmup " + warmup.toSeconds() + " --connections " + connections
                + " --paced-rate " + pacedRate + " --import-rows " + importRows + (startup ? " --startup" : "")
                + (only == null ? "" : " --only " + only);
    }
}
