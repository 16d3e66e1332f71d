package org.reservoir.launcher;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * {@code ./reservoir bench reporting}: loads a county (issue 11: 10,000 villages, 100,000 reserves) into reporting's
 * projections through events — recruitment-shaped envelopes published on the real topics with the plain Kafka client,
 * as recruitment's outbox relay would — measures how fast reporting's consumer catches up, then the p50/p95/p99 of the
 * county's coverage, structure and readiness reports and of a township drill-down. Reuses a running stack (then
 * recruitment, assessment and training consume the same events beside reporting: the note says so), or starts only
 * what it needs — PostgreSQL, Kafka and reporting-service — and stops it at the end.
 */
final class ReportingBench {

    private static final List<String> SERVICES = List.of("recruitment", "assessment", "training", "reporting");
    private static final String TARGET_REPORT = "p95 ≤ 50 ms";
    private static final String GROUP = "reporting-service";

    private final Path home;
    private final Path data;
    private final ReportingBenchOptions options;
    private final Stack.Settings ports;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchTable table = new BenchTable();
    private final List<String> notes = new ArrayList<>();
    private final List<AutoCloseable> started = new ArrayList<>();

    private ReportingBench(Path home, Path data, ReportingBenchOptions options) {
        this.home = home;
        this.data = data;
        this.options = options;
        this.ports = Stack.Settings.local(home, data);
    }

    static int run(Path home, Path data, ReportingBenchOptions options) throws Exception {
        return new ReportingBench(home, data, options).run();
    }

    private int run() throws Exception {
        Thread stopOnExit = new Thread(this::stopStarted);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            ensureStack();
            String loadBefore = loadAverage();
            System.out.printf("bench %s%n", options);
            CountyLoad load = new CountyLoad(freeCounty(), options.villages(), options.reserves(), System.nanoTime(),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            awaitEarlierBacklog();
            catchUp(load);
            reports(load);
            Instant finished = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Reservoir reporting bench, %s, %d CPUs, %s %s, Java %s,"
                            + " load average %s before and %s after, county %s (%d townships, %d villages, %d reserves), %s%n%n",
                    finished, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                    Runtime.version(), loadBefore, loadAverage(), load.county(), load.townships(), options.villages(), options.reserves(), options));
            report.append(table.render());
            notes.forEach(n -> report.append("- ").append(n).append('\n'));
            System.out.println();
            System.out.print(report);
            Path saved = data.resolve("bench").resolve("reporting-" + finished.toString().replace(":", "") + ".md");
            Files.createDirectories(saved.getParent());
            Files.writeString(saved, report);
            System.out.println("saved to " + saved);
            return 0;
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            stopStarted();
        }
    }

    // ---- the stack ---------------------------------------------------------------------------------------------------

    /** Reuses a ready stack; otherwise starts PostgreSQL, Kafka and reporting-service only (a half-running stack is refused). */
    private void ensureStack() {
        boolean pg = Processes.portOpen("127.0.0.1", ports.pgPort());
        boolean kafka = Processes.portOpen("127.0.0.1", ports.kafkaPort());
        boolean reporting = Processes.portOpen("127.0.0.1", ports.servicePort("reporting"));
        if (pg && kafka && reporting) {
            if (status(get(url("/q/health/ready"), null)) != 200) {
                throw new IllegalStateException("reporting-service is running but not ready (/q/health/ready); try again when it is");
            }
            List<String> others = SERVICES.stream().filter(s -> !s.equals("reporting") && Processes.portOpen("127.0.0.1", ports.servicePort(s))).toList();
            System.out.println("reusing the running stack; the bench starts nothing and leaves it running");
            if (!others.isEmpty()) {
                notes.add("ran beside a full stack: " + String.join(", ", others) + " consumed the same recruitment events at the same time");
            }
            return;
        }
        if (pg || kafka || reporting || SERVICES.stream().anyMatch(s -> Processes.portOpen("127.0.0.1", ports.servicePort(s)))) {
            throw new IllegalStateException("part of the stack is running: wait for `./reservoir up` to finish, or stop it with"
                    + " `./reservoir down`, then run the bench again");
        }
        if (!Files.isRegularFile(home.resolve("reporting-service/target/quarkus-app/quarkus-run.jar"))) {
            throw new IllegalStateException("reporting-service is not built: `./mvnw -DskipTests package`");
        }
        System.out.println("no stack is running: starting PostgreSQL, Kafka and reporting-service; the bench stops them at the end");
        long t0 = System.nanoTime();
        PostgresServer postgres = PostgresServer.start(data.resolve("postgres"), ports.pgPort(), true);
        started.add(postgres);
        KafkaBroker broker = new KafkaBroker(data.resolve("kafka"), ports.kafkaPort(), ports.kafkaPort() + 1, "384m").start();
        started.add(broker);
        postgres.ensureDatabase("reporting", "reporting", "reporting");
        ServiceProcess service = Stack.service(ports, "reporting", ports.servicePort("reporting"), "reporting-service",
                postgres.jdbcUrl("reporting"), broker.bootstrapServers());
        started.add(service);
        service.start().awaitReady(Duration.ofMinutes(3));
        System.out.printf("PostgreSQL, Kafka and reporting-service up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Stops what this bench started, the service first. */
    private synchronized void stopStarted() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("could not stop " + started.get(i) + ": " + e.getMessage());
            }
        }
        started.clear();
    }

    /** A county code (6588xx000000) that reporting has never seen: each run loads a county of its own. */
    private String freeCounty() throws SQLException {
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("select 1 from region_projection where code like ? limit 1")) {
            for (int n = 1; n <= 99; n++) {
                String code = "6588%02d000000".formatted(n);
                ps.setString(1, code.substring(0, 6) + "%");
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) {
                        return code;
                    }
                }
            }
        }
        throw new IllegalStateException("every reporting bench county code (6588xx) is used: reset the stack's data (delete .reservoir/)");
    }

    // ---- catch-up ------------------------------------------------------------------------------------------------------

    /** Events on reporting's topics its consumer group has not committed yet (an earlier run's backlog would count in this one). */
    private long backlog(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        long lag = 0;
        for (var e : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += Math.max(0, e.getValue().offset() - (c == null ? 0 : c.offset()));
        }
        return lag;
    }

    /** Waits (within the catch-up timeout) until reporting has consumed what was on its topics before this run. */
    private void awaitEarlierBacklog() throws Exception {
        Properties ap = new Properties();
        ap.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + ports.kafkaPort());
        try (Admin admin = Admin.create(ap)) {
            long deadline = System.nanoTime() + options.catchUpTimeout().toNanos();
            long lag = backlog(admin);
            while (lag > 0) {
                System.out.printf("reporting has %,d earlier events to consume first; waiting…%n", lag);
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reporting still has " + lag + " earlier events to consume after the catch-up timeout;"
                            + " run again later, or on fresh data (./reservoir down, delete .reservoir/)");
                }
                Thread.sleep(15_000);
                lag = backlog(admin);
            }
        }
    }

    /**
     * Publishes every event of the county as fast as the producer goes, then waits until reporting holds every region and
     * candidate of it. The catch-up rate is events over the time from the first send to the last row applied; the
     * consumer's own rate is events over the time between the first and the last row it wrote (its updated_at).
     */
    private void catchUp(CountyLoad load) throws Exception {
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + ports.kafkaPort());
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        pp.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        pp.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        pp.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        AtomicReference<Exception> failure = new AtomicReference<>();
        System.out.printf("publishing %,d events (county %s: %d townships, %,d villages, 1 campaign, %,d candidates)…%n", load.events(),
                load.county(), load.townships(), options.villages(), options.reserves());
        Instant firstSend = Instant.now();
        long t0 = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(pp, new StringSerializer(), new ByteArraySerializer())) {
            load.forEach(m -> producer.send(new ProducerRecord<>(m.topic(), m.key(), m.json().getBytes(StandardCharsets.UTF_8)), (meta, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            }));
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("publishing failed: " + failure.get());
        }
        double publishSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("published in %.1f s; waiting for reporting to apply them…%n", publishSeconds);
        String like = load.county().substring(0, 6) + "%";
        long deadline = t0 + options.catchUpTimeout().toNanos();
        long regions = 0;
        long candidates = 0;
        long lastPrint = 0;
        try (Connection c = db();
             PreparedStatement r = c.prepareStatement("select count(*) from region_projection where code like ?");
             PreparedStatement cp = c.prepareStatement("select count(*) from candidate_projection where county_code = ?")) {
            r.setString(1, like);
            cp.setString(1, load.county());
            while (System.nanoTime() < deadline) {
                regions = single(r);
                candidates = single(cp);
                if (regions >= load.regionEvents() && candidates >= options.reserves()) {
                    break;
                }
                if (System.nanoTime() - lastPrint > TimeUnit.SECONDS.toNanos(15)) {
                    lastPrint = System.nanoTime();
                    System.out.printf("  %.0f s: %,d of %,d regions, %,d of %,d candidates applied%n", (lastPrint - t0) / 1e9, regions,
                            load.regionEvents(), candidates, options.reserves());
                }
                Thread.sleep(200);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long applied = regions + candidates + 1;
        boolean complete = regions >= load.regionEvents() && candidates >= options.reserves();
        if (!complete) {
            notes.add(String.format(Locale.ROOT, "catch-up stopped at the timeout (%d s): %,d of %,d regions and %,d of %,d candidates applied",
                    options.catchUpTimeout().toSeconds(), regions, load.regionEvents(), candidates, options.reserves()));
        }
        double applyWindow = applyWindowSeconds(load, firstSend);
        table.add(new BenchTable.Row(String.format(Locale.ROOT, "catch-up: %,d events published (%.1f s) → applied by reporting", load.events(),
                publishSeconds), BenchTable.rate(applied / seconds, "events/s"), String.format(Locale.ROOT, "%.1f s from the first send", seconds),
                "consumer alone (first to last row written)", applyWindow > 0 ? BenchTable.rate(applied / applyWindow, "events/s")
                + String.format(Locale.ROOT, " over %.1f s", applyWindow) : "n/a", "", "≥ 2,000 events/s"));
        System.out.printf("reporting applied %,d events in %.1f s%n", applied, seconds);
    }

    /** From the first to the last projection row of the county reporting wrote (updated_at is its transaction's start). */
    private double applyWindowSeconds(CountyLoad load, Instant firstSend) throws SQLException {
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("""
                select extract(epoch from max(t) - min(t)) from (
                  select updated_at t from region_projection where code like ?
                  union all select updated_at from candidate_projection where county_code = ?) x""")) {
            ps.setString(1, load.county().substring(0, 6) + "%");
            ps.setString(2, load.county());
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getDouble(1) : 0;
            }
        }
    }

    // ---- reports -------------------------------------------------------------------------------------------------------

    private void reports(CountyLoad load) {
        String token = DevTokens.in(data.resolve("keys")).issue("county-admin", load.county());
        String county = load.county();
        for (String report : List.of("coverage", "structure", "readiness")) {
            measure("GET /api/v1/reports/" + report + " of the county", token, i -> "/api/v1/reports/" + report + "?region=" + county);
        }
        for (String report : List.of("coverage", "structure", "readiness")) {
            measureCold("GET /api/v1/reports/" + report + " of the county, cold (first answer after a change)", token,
                    "/api/v1/reports/" + report + "?region=" + county);
        }
        List<String> kinds = List.of("coverage", "structure", "readiness");
        measure("township drill-down: coverage, structure, readiness of a random township in turn", token, i -> "/api/v1/reports/"
                + kinds.get(i % kinds.size()) + "?region=" + load.township(ThreadLocalRandom.current().nextInt(load.townships())));
    }

    private void measure(String what, String token, IntFunction<String> path) {
        int[] sizes = new int[1];
        LoadDriver.Result r = LoadDriver.run(options.connections(), options.warmup(), options.duration(), index -> {
            int[] n = {0};
            return () -> {
                HttpResponse<byte[]> response = http.send(get(url(path.apply(n[0]++)), token), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                            + new String(response.body(), 0, Math.min(300, response.body().length), StandardCharsets.UTF_8));
                }
                sizes[0] = Math.max(sizes[0], response.body().length);
                return true;
            };
        });
        table.add(new BenchTable.Row(what + ", " + options.connections() + " connections", BenchTable.rate(r.perSecond(), "req/s"),
                BenchTable.percentiles(r.micros()), "largest answer " + String.format(Locale.ROOT, "%,d", sizes[0] / 1024) + " KiB", "", "",
                TARGET_REPORT));
        if (r.failed() > 0 || r.firstFailure() != null) {
            notes.add(what + ": " + r.failed() + " failed (first: " + r.firstFailure() + ")");
        }
    }

    /**
     * The first answer after the projections changed: reporting keeps a report per projection watermark (bumped by every
     * write to what reports read), so each round bumps it as a consumer's batch would, then asks once, on one connection.
     */
    private void measureCold(String what, String token, String path) {
        Histogram micros = new Histogram(3);
        int[] sizes = new int[1];
        long rounds = 0;
        String failure = null;
        try (Connection c = db(); PreparedStatement bump = c.prepareStatement("update report_watermark set value = value + 1 where id = 1")) {
            long end = System.nanoTime() + options.duration().toNanos();
            while (System.nanoTime() < end) {
                bump.executeUpdate();
                long t0 = System.nanoTime();
                HttpResponse<byte[]> response = http.send(get(url(path), token), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    failure = what + " answered " + response.statusCode();
                    break;
                }
                micros.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                sizes[0] = Math.max(sizes[0], response.body().length);
                rounds++;
            }
        } catch (Exception e) {
            failure = e.toString();
        }
        table.add(new BenchTable.Row(what + ", 1 connection", rounds + " rounds", BenchTable.percentiles(micros),
                "largest answer " + String.format(Locale.ROOT, "%,d", sizes[0] / 1024) + " KiB", "", "", TARGET_REPORT));
        if (failure != null) {
            notes.add(what + ": " + failure);
        }
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------------

    private Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + ports.pgPort() + "/reporting", "reporting", "reporting");
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + ports.servicePort("reporting") + path;
    }

    private static HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private int status(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static {
        // Keeps the Kafka client quiet about its configuration (slf4j-simple prints INFO by default).
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
    }
}
