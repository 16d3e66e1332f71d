package org.reservoir.launcher;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./reservoir bench}: bounded loads against the local stack on loopback, each API figure beside the raw
 * baseline of the same work (plain JDBC on the same PostgreSQL, the plain Kafka client on the same broker) measured
 * in the same run. Reuses a running {@code ./reservoir up} stack, or starts one and stops it at the end.
 * Everything it writes lives in a county of its own (659xxx000000), new for each run; the JDBC baseline writes only
 * to a scratch schema it drops.
 */
public final class Bench {

    private static final List<String> SERVICES = List.of("recruitment", "assessment", "training", "reporting");
    private static final List<String> CONSUMERS = List.of("assessment", "training", "reporting");
    private static final int TOWNSHIPS = 300;
    private static final int READ_VILLAGES = 50;
    private static final String SCRATCH = "reservoir_bench";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private final Path home;
    private final Path data;
    private final BenchOptions options;
    private final Stack.Settings ports;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchTable table = new BenchTable();
    private final List<String> notes = new ArrayList<>();
    private final AtomicInteger nextVillage = new AtomicInteger();
    private final List<String> readCodes = new ArrayList<>();
    private String county;
    private String token;
    private Thread stopOnExit;

    private Bench(Path home, Path data, BenchOptions options) {
        this.home = home;
        this.data = data;
        this.options = options;
        this.ports = Stack.Settings.local(home, data);
    }

    /** Runs the whole bench and prints the table; returns the process exit code. */
    public static int run(Path home, Path data, BenchOptions options) throws Exception {
        return new Bench(home, data, options).run();
    }

    private int run() throws Exception {
        Stack started = ensureStack();
        String loadBefore = loadAverage();
        try {
            System.out.printf("bench %s%n", options);
            setUp();
            if (!options.eventsOnly() && !options.importOnly()) {
                readVersusSelect();
                writeVersusInsert();
            }
            if (!options.httpOnly()) {
                if (!options.importOnly()) {
                    Histogram kafka = kafkaProduceConsume();
                    propagation(kafka);
                }
                if (options.importRows() > 0 && !options.eventsOnly()) {
                    rosterImport();
                }
            }
            if (!options.eventsOnly()) {
                residentMemory();
            }
            if (options.startup()) {
                startup();
            }
            Instant finished = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            StringBuilder report = new StringBuilder(String.format("Reservoir bench, %s, %d CPUs, %s %s, Java %s, load average %s before and %s after,"
                    + " county %s, %s%n%n", finished, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                    System.getProperty("os.arch"), Runtime.version(), loadBefore, loadAverage(), county, options));
            report.append(table.render());
            notes.forEach(n -> report.append("- ").append(n).append('\n'));
            System.out.println();
            System.out.print(report);
            // Kept so that runs before and after a change can be compared side by side.
            Path saved = data.resolve("bench").resolve("bench-" + finished.toString().replace(":", "") + ".md");
            Files.createDirectories(saved.getParent());
            Files.writeString(saved, report);
            System.out.println("saved to " + saved);
            return 0;
        } finally {
            dropScratchSchema();
            if (started != null) {
                System.out.println("stopping the stack the bench started…");
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
                started.close();
            }
        }
    }

    // ---- the stack -------------------------------------------------------------------------------------------

    private Stack ensureStack() {
        Map<String, Integer> all = new LinkedHashMap<>();
        SERVICES.forEach(s -> all.put(s, ports.servicePort(s)));
        all.put("postgresql", ports.pgPort());
        all.put("kafka", ports.kafkaPort());
        List<String> open = all.entrySet().stream().filter(e -> Processes.portOpen("127.0.0.1", e.getValue())).map(Map.Entry::getKey).toList();
        if (open.size() == all.size()) {
            for (String s : SERVICES) {
                if (status(get(url(s, "/q/health/ready"), null)) != 200) {
                    throw new IllegalStateException(s + "-service is running but not ready (/q/health/ready); try again when `./reservoir up` says it is up");
                }
            }
            System.out.println("reusing the running stack (./reservoir up); the bench starts nothing and leaves it running");
            return null;
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("part of the stack is running (" + String.join(", ", open)
                    + " listening): wait for `./reservoir up` to finish, or stop it with `./reservoir down`, then run the bench again");
        }
        for (String s : SERVICES) {
            if (!Files.isRegularFile(home.resolve(s + "-service/target/quarkus-app/quarkus-run.jar"))) {
                throw new IllegalStateException("no stack is running and " + s + "-service is not built: start one with `./reservoir up`"
                        + " (it builds what is missing) or build with `./mvnw -DskipTests package`");
            }
        }
        System.out.println("no stack is running: starting one (PostgreSQL, Kafka, the four services); the bench stops it at the end");
        Stack stack = new Stack(ports);
        stopOnExit = new Thread(stack::close);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        long t0 = System.nanoTime();
        stack.start();
        System.out.printf("stack up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return stack;
    }

    private void setUp() throws Exception {
        county = freeCounty();
        token = DevTokens.in(data.resolve("keys")).issue("county-admin", county);
        StringBuilder body = new StringBuilder("{\"regions\":[").append(region(county, "基准县", false));
        for (int t = 1; t <= TOWNSHIPS; t++) {
            body.append(',').append(region(county.substring(0, 6) + "%03d000".formatted(t), "基准" + t + "镇", false));
        }
        for (int v = 0; v < READ_VILLAGES; v++) {
            String code = nextVillageCode();
            readCodes.add(code);
            body.append(',').append(region(code, "基准" + v + "村", true));
        }
        HttpResponse<String> r = send(post(url("recruitment", "/api/v1/regions/bulk"), body.append("]}").toString(), "application/json"));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("could not create the bench county: " + r.statusCode() + " " + r.body());
        }
        System.out.printf("bench county %s: %d townships, %d villages to read%n", county, TOWNSHIPS, READ_VILLAGES);
    }

    /** A county code under 659 that no earlier run used. */
    private String freeCounty() throws SQLException {
        try (Connection c = db("recruitment"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select substr(code, 1, 6) from region where code like '659%' and level = 'COUNTY'")) {
            List<String> used = new ArrayList<>();
            while (r.next()) {
                used.add(r.getString(1));
            }
            for (int prefecture = 99; prefecture >= 10; prefecture--) {
                for (int c1 = 1; c1 <= 99; c1++) {
                    String code = "65%02d%02d".formatted(prefecture, c1);
                    if (!used.contains(code)) {
                        return code + "000000";
                    }
                }
            }
        }
        throw new IllegalStateException("every bench county code is used: reset the stack's data (delete .reservoir/)");
    }

    private String nextVillageCode() {
        int i = nextVillage.getAndIncrement();
        int township = 1 + i / 999;
        if (township > TOWNSHIPS) {
            throw new IllegalStateException("the bench county is full (" + TOWNSHIPS * 999 + " villages)");
        }
        return county.substring(0, 6) + "%03d%03d".formatted(township, 1 + i % 999);
    }

    private static String region(String code, String name, boolean village) {
        return village
                ? "{\"code\":\"%s\",\"name\":\"%s\",\"villageType\":\"WEAK\",\"committeeSeats\":5,\"secretaryDirectorOnePerson\":false}".formatted(code, name)
                : "{\"code\":\"%s\",\"name\":\"%s\"}".formatted(code, name);
    }

    // ---- reads and writes beside plain JDBC --------------------------------------------------------------------

    private void readVersusSelect() {
        int n = options.connections();
        List<byte[]> reads = readCodes.stream().map(code -> getBytes("/api/v1/regions/" + code, token)).toList();
        LoadDriver.Result api = withCpu("GET 200", () -> LoadDriver.run(n, options.warmup(), options.duration(),
                keepAlive(200, "GET region", () -> reads.get(ThreadLocalRandom.current().nextInt(reads.size())))));
        LoadDriver.Result jdbc = LoadDriver.run(n, options.warmup(), options.duration(), i -> {
            Connection c = db("recruitment");
            PreparedStatement ps = c.prepareStatement("select code, name, level, parent_code, village_type, committee_seats,"
                    + " secretary_director_one_person, active, version, created_at, updated_at from region where code = ?");
            return new LoadDriver.Worker() {
                @Override
                public boolean call() throws SQLException {
                    ps.setString(1, readCodes.get(ThreadLocalRandom.current().nextInt(readCodes.size())));
                    try (ResultSet r = ps.executeQuery()) {
                        return r.next() && r.getString(2) != null;
                    }
                }

                @Override
                public void close() throws SQLException {
                    c.close();
                }
            };
        });
        row("GET /api/v1/regions/{code}, " + n + " connections", api, "req/s", "SELECT by code, plain JDBC, " + n + " connections", jdbc);
        String absent = county.substring(0, 6) + "999999";
        byte[] absentRead = getBytes("/api/v1/regions/" + absent, token);
        LoadDriver.Result missing = withCpu("GET 404", () -> LoadDriver.run(n, options.warmup(), options.duration(),
                keepAlive(404, "GET absent region", () -> absentRead)));
        table.add(new BenchTable.Row("GET of an absent region (404, valid token), " + n + " connections",
                BenchTable.rate(missing.perSecond(), "req/s"), BenchTable.percentiles(missing.micros()),
                "the 200 above: " + BenchTable.rate(api.perSecond(), "req/s"), BenchTable.percentiles(api.micros()),
                BenchTable.ratio(missing.perSecond(), api.perSecond()), ""));
        failures("GET 404", missing);
        // The same driver on the cheapest answer the service gives: its ceiling, and the framework's floor under the API.
        byte[] liveRead = getBytes("/q/health/live", null);
        LoadDriver.Result live = withCpu("GET /q/health/live", () -> LoadDriver.run(n, options.warmup(), options.duration(),
                keepAlive(200, "GET /q/health/live", () -> liveRead)));
        table.add(new BenchTable.Row("GET /q/health/live of recruitment (no token, no database), " + n + " connections",
                BenchTable.rate(live.perSecond(), "req/s"), BenchTable.percentiles(live.micros()),
                "the 200 above: " + BenchTable.rate(api.perSecond(), "req/s"), BenchTable.percentiles(api.micros()),
                BenchTable.ratio(live.perSecond(), api.perSecond()), ""));
        failures("GET /q/health/live", live);
    }

    private void writeVersusInsert() throws SQLException {
        int n = options.connections();
        LoadDriver.Result api = withWal("POST 201 (the request, the relay, three consumers)", () -> withCpu("POST 201",
                () -> LoadDriver.run(n, options.warmup(), options.duration(), keepAlive(201, "POST region", () -> {
                    String code = nextVillageCode();
                    return KeepAliveHttp.request("POST", "127.0.0.1", ports.servicePort("recruitment"), "/api/v1/regions",
                            region(code, "基准村" + code.substring(6), true).getBytes(StandardCharsets.UTF_8),
                            "Authorization", "Bearer " + token, "Content-Type", "application/json");
                }))));
        String payload = lastOutboxPayload();
        try (Connection c = db("recruitment"); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCRATCH + " cascade");
            s.execute("create schema " + SCRATCH);
            // The shape of recruitment's region and outbox_event tables (V1__region_directory, V0_1__messaging_and_idempotency).
            s.execute("create table " + SCRATCH + ".region (like public.region including defaults including constraints including indexes)");
            s.execute("create table " + SCRATCH + ".outbox_event (id bigserial primary key, event_id uuid not null unique, topic text not null,"
                    + " message_key text not null, event_type text not null, payload text not null, created_at timestamptz not null default now(),"
                    + " sent_at timestamptz)");
            s.execute("create index on " + SCRATCH + ".outbox_event (id) where sent_at is null");
        }
        AtomicLong seq = new AtomicLong();
        LoadDriver.Result jdbc = withWal("JDBC baseline transaction", () -> LoadDriver.run(n, options.warmup(), options.duration(), i -> {
            Connection c = db("recruitment");
            c.setAutoCommit(false);
            PreparedStatement region = c.prepareStatement("insert into " + SCRATCH + ".region (code, name, level, parent_code, village_type,"
                    + " committee_seats, secretary_director_one_person, active, version, created_at, updated_at)"
                    + " values (?, ?, 'VILLAGE', ?, 'WEAK', 5, false, true, 0, now(), now())");
            // Time-ordered ids, as the services' outbox writes them (PostgreSQL 18's uuidv7()).
            PreparedStatement outbox = c.prepareStatement("insert into " + SCRATCH + ".outbox_event (event_id, topic, message_key, event_type, payload)"
                    + " values (uuidv7(), 'recruitment.region.v1', ?, 'RegionChanged', ?)");
            return new LoadDriver.Worker() {
                @Override
                public boolean call() throws SQLException {
                    String code = "%012d".formatted(seq.incrementAndGet());
                    region.setString(1, code);
                    region.setString(2, "基准村" + code);
                    region.setString(3, county);
                    region.executeUpdate();
                    outbox.setString(1, code);
                    outbox.setString(2, payload);
                    outbox.executeUpdate();
                    c.commit();
                    return true;
                }

                @Override
                public void close() throws SQLException {
                    c.close();
                }
            };
        }));
        row("POST /api/v1/regions (a village, with outbox), " + n + " connections", api, "req/s",
                "INSERT region + outbox row, one transaction, plain JDBC, " + n + " connections", jdbc);
        dropScratchSchema();
    }

    /**
     * Closed-loop workers on recruitment, each on its own keep-alive socket ({@link KeepAliveHttp}: the driver's CPU per
     * request is a small fraction of the JDK HttpClient's, which on two shared cores competed with the service).
     */
    private LoadDriver.WorkerFactory keepAlive(int status, String what, java.util.function.Supplier<byte[]> request) {
        return i -> {
            KeepAliveHttp connection = new KeepAliveHttp("127.0.0.1", ports.servicePort("recruitment"));
            return new LoadDriver.Worker() {
                @Override
                public boolean call() throws IOException {
                    KeepAliveHttp.Answer a = connection.exchange(request.get());
                    if (a.status() != status) {
                        throw new IllegalStateException(what + " answered " + a.status() + " (expected " + status + "): " + abbreviate(a.text()));
                    }
                    return true;
                }

                @Override
                public void close() {
                    connection.close();
                }
            };
        };
    }

    private byte[] getBytes(String path, String bearer) {
        return KeepAliveHttp.request("GET", "127.0.0.1", ports.servicePort("recruitment"), path, null,
                "Authorization", bearer == null ? null : "Bearer " + bearer);
    }

    /**
     * Runs a load on recruitment and notes the service's CPU time (user + system, from /proc) over the measured period
     * per answered request: on a machine shared with other work the rates move with the load average, the CPU a request
     * costs much less.
     */
    private LoadDriver.Result withCpu(String what, java.util.function.Supplier<LoadDriver.Result> load) {
        long pid = recruitmentPid();
        return overMeasuredPeriod(() -> {
            long millis = cpuMillis(pid);
            return millis < 0 ? null : new long[] {millis};
        }, load, (delta, answered) -> String.format(java.util.Locale.ROOT,
                "recruitment-service CPU per request, %s: %.2f ms (%d ms over %d requests)",
                what, delta[0] / (double) answered, delta[0], answered));
    }

    /**
     * Runs a load and notes the WAL the whole PostgreSQL server wrote over the measured period (pg_stat_wal) per answered
     * request, and its full-page images: a POST's figure includes the relay's and the consumers' writes of the same time.
     * Session 11 found random event ids behind most of a POST's WAL; a regression shows here.
     */
    private LoadDriver.Result withWal(String what, java.util.function.Supplier<LoadDriver.Result> load) {
        return overMeasuredPeriod(this::wal, load, (delta, answered) -> String.format(java.util.Locale.ROOT,
                "WAL per %s: %.1f KB, %.2f full-page images (%d bytes, %d images over %d)",
                what, delta[0] / 1024.0 / answered, delta[1] / (double) answered, delta[0], delta[1], answered));
    }

    /**
     * Runs a load, reads {@code probe} when its warm-up ends and again when it ends, and adds the note {@code note} makes
     * of the difference and the answered requests; a probe that cannot be read (null) notes nothing.
     */
    private LoadDriver.Result overMeasuredPeriod(java.util.function.Supplier<long[]> probe, java.util.function.Supplier<LoadDriver.Result> load,
                                                 java.util.function.BiFunction<long[], Long, String> note) {
        AtomicReference<long[]> atStart = new AtomicReference<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.schedule(() -> atStart.set(probe.get()), options.warmup().toMillis(), TimeUnit.MILLISECONDS);
        LoadDriver.Result r = load.get();
        long[] atEnd = probe.get();
        timer.shutdownNow();
        long answered = r.ok() + r.failed();
        long[] start = atStart.get();
        if (start != null && atEnd != null && answered > 0) {
            long[] delta = new long[atEnd.length];
            for (int k = 0; k < delta.length; k++) {
                delta[k] = atEnd[k] - start[k];
            }
            notes.add(note.apply(delta, answered));
        }
        return r;
    }

    /** The server's WAL bytes and full-page images so far, or null if they cannot be read. */
    private long[] wal() {
        try (Connection c = db("recruitment"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select wal_bytes, wal_fpi from pg_stat_wal")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        } catch (SQLException e) {
            return null;
        }
    }

    /** recruitment-service's pid from {@code .reservoir/run/}, or -1. */
    private long recruitmentPid() {
        try {
            return Long.parseLong(Files.readString(data.resolve("run").resolve("recruitment-service.pid")).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime of a process in milliseconds (clock ticks of 10 ms), or -1. */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private void row(String what, LoadDriver.Result api, String unit, String baselineWhat, LoadDriver.Result baseline) {
        table.add(new BenchTable.Row(what, BenchTable.rate(api.perSecond(), unit), BenchTable.percentiles(api.micros()),
                baselineWhat + ": " + BenchTable.rate(baseline.perSecond(), "TPS"), BenchTable.percentiles(baseline.micros()),
                BenchTable.ratio(api.perSecond(), baseline.perSecond()), "ratio ≥ 25%"));
        failures(what, api);
        failures(baselineWhat, baseline);
    }

    private void failures(String what, LoadDriver.Result r) {
        if (r.failed() > 0 || r.firstFailure() != null) {
            notes.add(what + ": " + r.failed() + " failed (first: " + r.firstFailure() + ")");
        }
    }

    private String lastOutboxPayload() throws SQLException {
        try (Connection c = db("recruitment"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select payload from outbox_event where topic = 'recruitment.region.v1' order by id desc limit 1")) {
            return r.next() ? r.getString(1) : "{}";
        }
    }

    private void dropScratchSchema() {
        try (Connection c = db("recruitment"); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCRATCH + " cascade");
        } catch (SQLException e) {
            notes.add("could not drop the scratch schema " + SCRATCH + ": " + e.getMessage());
        }
    }

    /** Creates one village; with {@code written} given, records when its 201 arrived (epoch microseconds). */
    private boolean postVillage(Queue<Written> written) throws IOException, InterruptedException {
        String code = nextVillageCode();
        HttpResponse<String> r = send(post(url("recruitment", "/api/v1/regions"), region(code, "基准村" + code.substring(6), true), "application/json"));
        if (written != null && r.statusCode() == 201) {
            written.add(new Written(code, epochMicros()));
        }
        return expect(201, r, "POST region");
    }

    // ---- Kafka and propagation ---------------------------------------------------------------------------------

    /** Plain producer → plain consumer on the stack's broker at the paced rate: the floor under event propagation. */
    private Histogram kafkaProduceConsume() throws Exception {
        String topic = "reservoir-bench.produce-consume";
        Properties common = new Properties();
        common.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + ports.kafkaPort());
        try (Admin admin = Admin.create(common)) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw e;
                }
            }
            Properties cp = new Properties();
            cp.putAll(common);
            cp.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            cp.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            cp.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            Properties pp = new Properties();
            pp.putAll(common);
            pp.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            pp.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            pp.put(ProducerConfig.ACKS_CONFIG, "all");
            pp.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
            long measureFrom = System.nanoTime() + options.warmup().toNanos();
            AtomicLong sent = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            TopicPartition tp = new TopicPartition(topic, 0);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cp); KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pp)) {
                consumer.assign(List.of(tp));
                consumer.seekToEnd(List.of(tp));
                consumer.position(tp);
                Thread reader = new Thread(() -> {
                    while (!stop.get()) {
                        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                            long sentAt = ByteBuffer.wrap(r.value()).getLong();
                            if (sentAt >= measureFrom) {
                                micros.recordValue(Math.min(micros.getHighestTrackableValue(), (System.nanoTime() - sentAt) / 1000));
                            }
                        }
                    }
                }, "bench-kafka-consumer");
                reader.start();
                ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
                pacer.scheduleAtFixedRate(() -> {
                    long now = System.nanoTime();
                    if (now >= measureFrom) {
                        sent.incrementAndGet();
                    }
                    producer.send(new ProducerRecord<>(topic, ByteBuffer.allocate(8).putLong(now).array()));
                }, 0, 1_000_000_000L / options.pacedRate(), TimeUnit.NANOSECONDS);
                Thread.sleep(options.warmup().plus(options.duration()).toMillis());
                pacer.shutdown();
                pacer.awaitTermination(5, TimeUnit.SECONDS);
                producer.flush();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (micros.getTotalCount() < sent.get() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                stop.set(true);
                reader.join();
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
            if (micros.getTotalCount() < sent.get()) {
                notes.add("Kafka baseline: " + (sent.get() - micros.getTotalCount()) + " of " + sent.get() + " records not consumed within 10 s");
            }
            return micros;
        }
    }

    private record Written(String code, long ackMicros) {
    }

    private void propagation(Histogram kafka) throws Exception {
        try (RelayProbe relay = new RelayProbe(ports.kafkaPort())) {
            propagation(kafka, relay);
        }
    }

    private void propagation(Histogram kafka, RelayProbe relay) throws Exception {
        drain("before the paced propagation run");
        Queue<Written> paced = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.connections());
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        AtomicLong failed = new AtomicLong();
        long t0 = System.nanoTime();
        pacer.scheduleAtFixedRate(() -> pool.submit(() -> {
            try {
                postVillage(paced);
            } catch (Exception e) {
                failed.incrementAndGet();
            }
        }), 0, 1_000_000_000L / options.pacedRate(), TimeUnit.NANOSECONDS);
        Thread.sleep(options.duration().toMillis());
        pacer.shutdown();
        pacer.awaitTermination(5, TimeUnit.SECONDS);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        // Writes the service could not keep up with queue here and finish late: the rate shown is the one achieved.
        double pacedRate = paced.size() / ((System.nanoTime() - t0) / 1e9);
        if (failed.get() > 0) {
            notes.add("paced writes: " + failed.get() + " failed");
        }
        propagationRows("paced at " + options.pacedRate() + "/s (achieved " + BenchTable.rate(pacedRate, "writes/s") + ")", List.copyOf(paced), kafka, "p99 ≤ 100 ms", relay);

        drain("before the full-rate propagation run");
        Queue<Written> full = new ConcurrentLinkedQueue<>();
        LoadDriver.Result flat = LoadDriver.run(options.connections(), Duration.ZERO, options.duration(), i -> () -> postVillage(full));
        failures("full-rate writes", flat);
        propagationRows("full rate, " + BenchTable.rate(full.size() / (double) options.duration().toSeconds(), "writes/s"), List.copyOf(full), kafka, "p99 ≤ 1 s", relay);
    }

    /** For each consumer: when the projection row of each written village was applied (its updated_at) after the write's 201. */
    private void propagationRows(String how, List<Written> written, Histogram kafka, String target, RelayProbe relay) throws Exception {
        Map<String, Long> acks = new HashMap<>();
        written.forEach(w -> acks.put(w.code(), w.ackMicros()));
        String[] codes = acks.keySet().toArray(String[]::new);
        // The relay's share: write → the event read from Kafka by a plain consumer (every consumer's floor).
        relay.await(acks.keySet(), Duration.ofSeconds(120));
        Histogram relayed = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        acks.forEach((code, ack) -> {
            Long arrived = relay.arrived(code);
            if (arrived != null) {
                relayed.recordValue(Math.min(relayed.getHighestTrackableValue(), Math.max(0, arrived - ack)));
            }
        });
        table.add(new BenchTable.Row("write (201) → on Kafka (outbox relay; a plain consumer reads it), " + how,
                relayed.getTotalCount() + " writes", BenchTable.percentiles(relayed),
                "plain Kafka produce → consume, " + BenchTable.rate(options.pacedRate(), "msg/s"), BenchTable.percentiles(kafka),
                kafka.getTotalCount() == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "p99 ×%.1f",
                        relayed.getValueAtPercentile(99) / (double) Math.max(1, kafka.getValueAtPercentile(99))), ""));
        for (String consumer : CONSUMERS) {
            Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
            int seen = 0;
            try (Connection c = db(consumer)) {
                c.setReadOnly(true);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                Array array = c.createArrayOf("bpchar", codes);
                try (PreparedStatement ps = c.prepareStatement("select count(*) from region_projection where code = any(?)")) {
                    ps.setArray(1, array);
                    while (System.nanoTime() < deadline) {
                        try (ResultSet r = ps.executeQuery()) {
                            r.next();
                            seen = r.getInt(1);
                        }
                        if (seen >= codes.length) {
                            break;
                        }
                        Thread.sleep(200);
                    }
                }
                // When the row's transaction committed (it was visible from then on); its updated_at (the transaction's start)
                // where commit timestamps are not tracked.
                try (PreparedStatement ps = c.prepareStatement("select code, (extract(epoch from coalesce(case when"
                        + " current_setting('track_commit_timestamp') = 'on' then pg_xact_commit_timestamp(xmin) end, updated_at)) * 1000000)::bigint"
                        + " from region_projection where code = any(?)")) {
                    ps.setArray(1, array);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            long lag = r.getLong(2) - acks.get(r.getString(1));
                            micros.recordValue(Math.min(micros.getHighestTrackableValue(), Math.max(0, lag)));
                        }
                    }
                }
            }
            String missing = seen < codes.length ? ", " + (codes.length - seen) + " not there after 120 s" : "";
            table.add(new BenchTable.Row("write (201) → " + consumer + "'s region projection, " + how,
                    written.size() + " writes" + missing, BenchTable.percentiles(micros),
                    "plain Kafka produce → consume, " + BenchTable.rate(options.pacedRate(), "msg/s"), BenchTable.percentiles(kafka),
                    kafka.getTotalCount() == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "p99 ×%.1f",
                            micros.getValueAtPercentile(99) / (double) Math.max(1, kafka.getValueAtPercentile(99))),
                    target));
        }
    }

    /** Waits until every consumer's projection holds every region of the bench county, so one run's backlog does not bleed into the next. */
    private void drain(String when) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(180);
        String like = county.substring(0, 6) + "%";
        long expected = count("recruitment", "select count(*) from region where code like ?", like);
        for (String consumer : CONSUMERS) {
            while (count(consumer, "select count(*) from region_projection where code like ?", like) < expected) {
                if (System.nanoTime() > deadline) {
                    notes.add(consumer + " had not caught up " + when + " after 180 s; the figures after it include that backlog");
                    break;
                }
                Thread.sleep(250);
            }
        }
        System.out.printf("consumers caught up %s in %.1f s%n", when, (System.nanoTime() - t0) / 1e9);
    }

    // ---- roster import -------------------------------------------------------------------------------------------

    private void rosterImport() throws Exception {
        String village = readCodes.get(0);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String campaign = """
                {"name":"基准招募","scopeCode":"%s","startsOn":"%s","endsOn":"%s",
                 "vacancies":[{"villageCode":"%s","post":"COMMITTEE_MEMBER"}],"fullTimeQuota":2,"partTimeQuota":5,
                 "eligibility":{"minAge":18,"maxAge":45,"minEducation":"SENIOR_HIGH","minWorkYears":2,"requireFitForDuty":true},
                 "probationMonths":3}"""
                .formatted(county, today.minusDays(1), today.plusDays(180), village);
        HttpResponse<String> created = send(post(url("recruitment", "/api/v1/campaigns"), campaign, "application/json"));
        expect(201, created, "POST campaign");
        Matcher m = ID.matcher(created.body());
        if (!m.find()) {
            throw new IllegalStateException("no campaign id in " + created.body());
        }
        String campaignId = m.group(1);
        HttpRequest open = HttpRequest.newBuilder(URI.create(url("recruitment", "/api/v1/campaigns/" + campaignId + "/open")))
                .header("Authorization", "Bearer " + token).header("If-Match", "\"0\"").POST(HttpRequest.BodyPublishers.noBody()).build();
        expect(200, send(open), "open campaign");
        HttpResponse<String> template = send(get(url("recruitment", "/api/v1/roster-template?format=csv"), token));
        expect(200, template, "GET roster template");
        // A county's roster names people for many villages; all 10,000 in one village made every consumer batch re-read that
        // village's whole growing list of reserves for its alerts (reporting), which no real roster does.
        String csv = rosterCsv(template.body(), options.importRows(), readCodes);

        long pid = recruitmentPid();
        long cpuBefore = pid < 0 ? -1 : cpuMillis(pid);
        long t0 = System.nanoTime();
        HttpResponse<String> accepted = send(post(url("recruitment", "/api/v1/campaigns/" + campaignId + "/roster-imports"), csv, "text/csv"));
        if (accepted.statusCode() != 202 && accepted.statusCode() != 201) {
            throw new IllegalStateException("roster upload answered " + accepted.statusCode() + ": " + abbreviate(accepted.body()));
        }
        String location = accepted.headers().firstValue("Location").orElseGet(() -> "/" + idIn(accepted.body()));
        UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        String status = "RUNNING";
        int[] counts = new int[4];
        long deadline = t0 + TimeUnit.MINUTES.toNanos(10);
        try (Connection c = db("recruitment")) {
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement("select status, processed, created, skipped, failed from roster_import where id = ?")) {
                ps.setObject(1, job);
                while (status.equals("RUNNING") && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    try (ResultSet r = ps.executeQuery()) {
                        if (r.next()) {
                            status = r.getString(1);
                            for (int i = 0; i < 4; i++) {
                                counts[i] = r.getInt(i + 2);
                            }
                        }
                    }
                }
            }
            double jobSeconds = (System.nanoTime() - t0) / 1e9;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event where sent_at is null")) {
                while (System.nanoTime() < deadline) {
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        if (r.getLong(1) == 0) {
                            break;
                        }
                    }
                    Thread.sleep(100);
                }
            }
            double eventsSeconds = (System.nanoTime() - t0) / 1e9;
            long cpuAfter = pid < 0 ? -1 : cpuMillis(pid);
            if (cpuBefore >= 0 && cpuAfter >= 0 && counts[0] > 0) {
                notes.add(String.format(java.util.Locale.ROOT, "recruitment-service CPU per imported row (upload to events relayed): %.2f ms"
                        + " (%d ms over %d rows)", (cpuAfter - cpuBefore) / (double) counts[0], cpuAfter - cpuBefore, counts[0]));
            }
            table.add(new BenchTable.Row("roster import, " + options.importRows() + "-row CSV (" + accepted.statusCode() + " job), upload → " + status,
                    BenchTable.rate(counts[0] / jobSeconds, "rows/s"),
                    String.format(java.util.Locale.ROOT, "job %.1f s; events relayed %.1f s", jobSeconds, eventsSeconds),
                    "", "", "", options.importRows() == 10_000 ? "≤ 10 s with events" : ""));
            if (counts[1] != options.importRows()) {
                notes.add("roster import: " + counts[1] + " of " + options.importRows() + " rows created (skipped " + counts[2]
                        + ", failed " + counts[3] + ", processed " + counts[0] + ", status " + status + ")");
            }
        }
    }

    /**
     * N distinct, valid people in the template's columns, part-time reserves for the villages in turn (the system tests
     * import it too).
     */
    public static String rosterCsv(String template, int rows, List<String> villages) {
        String header = template.lines().findFirst().orElseThrow().replace("\uFEFF", "");
        List<String> columns = List.of(header.split(","));
        StringBuilder csv = new StringBuilder(header).append('\n');
        LocalDate first = LocalDate.of(1985, 1, 1);
        for (int i = 0; i < rows; i++) {
            Map<String, String> person = Map.ofEntries(Map.entry("姓名", "基准" + i), Map.entry("性别", "男"), Map.entry("民族", "汉族"),
                    Map.entry("身份证号", idNumber("652327", first.plusDays(i % 5000), i / 5000 * 2 + 1)), Map.entry("联系电话", "13800000000"),
                    Map.entry("学历", "高中"), Map.entry("政治面貌", "群众"), Map.entry("工作年限", "3"), Map.entry("身体健康", "是"),
                    Map.entry("人员类别", "返乡大学生"), Map.entry("产生渠道", "个人自荐"), Map.entry("储备类型", "兼职"),
                    Map.entry("目标村代码", villages.get(i % villages.size())), Map.entry("拟任岗位", "村委会委员"));
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                int paren = column.indexOf(" (");
                cells.add(person.getOrDefault((paren > 0 ? column.substring(0, paren) : column).trim(), ""));
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        return csv.toString();
    }

    /** A valid 18-character ID number (GB 11643 check character). */
    static String idNumber(String region, LocalDate birth, int sequence) {
        String body = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    // ---- memory ----------------------------------------------------------------------------------------------------

    private void residentMemory() {
        for (String s : SERVICES) {
            Path pidFile = data.resolve("run").resolve(s + "-service.pid");
            String figure;
            try {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                figure = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).findFirst()
                        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 + " MiB").orElse("unknown");
            } catch (IOException | RuntimeException e) {
                figure = "unknown (" + pidFile + ": " + e.getMessage() + ")";
            }
            table.add(new BenchTable.Row("resident memory (VmRSS) of " + s + "-service after the run", figure, "", "", "", "", "≤ 300 MiB"));
        }
    }

    // ---- start-up ----------------------------------------------------------------------------------------------------

    /**
     * Each service started alone (one more instance beside the idle stack, on a free port, same database and broker):
     * from launching its JVM to its first answer to an authenticated API read (health readiness where it has no API).
     */
    private void startup() throws Exception {
        Map<String, String> firstRequest = Map.of(
                "recruitment", "/api/v1/regions/" + county,
                "reporting", "/api/v1/reports/regions/" + county + "/summary");
        for (String s : SERVICES) {
            int port = Processes.freePort();
            String path = firstRequest.getOrDefault(s, "/q/health/ready");
            ServiceProcess instance = Stack.service(ports, s, port, s + "-service-bench-startup",
                    "jdbc:postgresql://127.0.0.1:" + ports.pgPort() + "/" + s, "127.0.0.1:" + ports.kafkaPort());
            HttpRequest request = get("http://127.0.0.1:" + port + path, path.startsWith("/q/") ? null : token);
            long t0 = System.nanoTime();
            String figure;
            try {
                instance.start();
                long deadline = t0 + TimeUnit.MINUTES.toNanos(3);
                while (status(request) != 200) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("no 200 within 3 minutes; see " + instance.logFile());
                    }
                    Thread.sleep(50);
                }
                figure = String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - t0) / 1e9);
            } catch (IllegalStateException e) {
                figure = "failed: " + e.getMessage();
            } finally {
                instance.close();
            }
            table.add(new BenchTable.Row("start → first 200 of " + s + "-service started alone (GET " + path.replace(county, "{code}") + ")",
                    figure, "", "", "", "", ""));
        }
    }

    /** The 1-minute load average: the figures mean little on a machine busy with other work. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    // ---- plumbing ----------------------------------------------------------------------------------------------------

    private Connection db(String service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + ports.pgPort() + "/" + service, service, service);
    }

    private long count(String service, String sql, String parameter) throws SQLException {
        try (Connection c = db(service); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String url(String service, String path) {
        return "http://127.0.0.1:" + ports.servicePort(service) + path;
    }

    private static HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private HttpRequest post(String url, String body, String contentType) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

    private static boolean expect(int status, HttpResponse<String> r, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + r.statusCode() + " (expected " + status + "): " + abbreviate(r.body()));
        }
        return true;
    }

    private static String idIn(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + abbreviate(body));
        }
        return m.group(1);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }
}
