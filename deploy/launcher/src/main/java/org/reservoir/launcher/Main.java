package org.reservoir.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./reservoir up [--demo]}, {@code ./reservoir down}, {@code ./reservoir token ROLE REGION [DEPARTMENT | SUBJECT]},
 * {@code ./reservoir dlt replay TOPIC [--bootstrap-servers HOST:PORT]}, {@code ./reservoir projections rebuild [--url URL]},
 * {@code ./reservoir bench [options]} (see {@link BenchOptions}), {@code ./reservoir dashboard [COUNTY]} (see {@link DashboardLink}).
 * The data folder defaults to {@code .reservoir/} in the repository; {@code RESERVOIR_DATA} overrides it.
 */
public final class Main {

    private static final String USAGE = "usage: ./reservoir up [--demo] | down | token ROLE REGION [DEPARTMENT | SUBJECT]"
            + " | dlt replay TOPIC [--bootstrap-servers HOST:PORT] | projections rebuild [--url URL]"
            + " | bench [--duration S] [--warmup S] [--connections N] [--paced-rate N] [--import-rows N]"
            + " | bench reporting [--villages N] [--reserves N] [--duration S] [--warmup S] [--connections N]"
            + " | dashboard [COUNTY]";
    private static final List<String> ROLES = List.of("county-admin", "township-officer", "reviewer", "assessor", "mentor", "viewer", "service", "reserve");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("reservoir.home", ".")).toAbsolutePath().normalize();
        Path data = Optional.ofNullable(System.getenv("RESERVOIR_DATA")).map(Path::of).orElse(home.resolve(".reservoir")).toAbsolutePath();
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "up" -> up(home, data, Arrays.asList(args).contains("--demo"));
            case "down" -> down(data);
            case "token" -> token(data, args);
            case "dlt" -> deadLetters(args);
            case "projections" -> ProjectionRebuild.run(data, args);
            case "bench" -> bench(home, data, args);
            case "dashboard" -> dashboard(home, data, args);
            default -> {
                System.out.println(USAGE);
                System.out.println("roles: " + String.join(", ", ROLES));
            }
        }
    }

    private static void up(Path home, Path data, boolean demo) throws Exception {
        Path pidFile = data.resolve("run").resolve("launcher.pid");
        Processes.killStale(pidFile, Main.class.getName());
        Processes.writePid(pidFile, ProcessHandle.current().pid());
        long started = System.nanoTime();
        Stack stack = new Stack(Stack.Settings.local(home, data));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nstopping Reservoir…");
            stack.close();
            Processes.deleteQuietly(pidFile);
            stopped.countDown();
        }));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("start failed: " + e.getMessage());
            System.exit(1);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%nReservoir is up in %.1f s. Logs: %s%n%n", seconds, data.resolve("logs"));
        System.out.printf("  %-22s %-24s %s%n", "service", "url", "swagger ui");
        for (ServiceProcess s : stack.services().values()) {
            System.out.printf("  %-22s %-24s %s%n", s.name(), s.baseUrl(), s.baseUrl() + "/q/swagger-ui");
        }
        System.out.printf("%n  PostgreSQL  jdbc:postgresql://127.0.0.1:%d/<service>  (role and password = service name)%n", stack.postgres().port());
        System.out.printf("  Kafka       %s%n%n", stack.kafka().bootstrapServers());
        System.out.println("Bearer tokens (12 h, county " + DemoData.COUNTY + "; more: ./reservoir token ROLE REGION [DEPARTMENT]):");
        for (String role : ROLES) {
            if (role.equals("reserve")) {
                // A reserve's token names their candidate id: ./reservoir token reserve VILLAGE CANDIDATE_ID
                continue;
            }
            String region = role.equals("township-officer") || role.equals("mentor") ? "652327101000" : DemoData.COUNTY;
            String dept = role.equals("reviewer") ? "police" : null;
            System.out.printf("  %-16s %s%n", role, stack.tokens().issue(role, region, dept, Duration.ofHours(12)));
        }
        System.out.printf("%nDashboard (county admin; ./reservoir dashboard prints a fresh link):%n  %s%n",
                DashboardLink.forCounty(stack.tokens(), stack.service("reporting").baseUrl(), DemoData.COUNTY));
        if (demo) {
            System.out.println();
            System.out.println("loading demo data through the services' APIs…");
            System.out.println(DemoData.load(stack));
        }
        System.out.println("\nCtrl-C (or ./reservoir down) stops everything.");
        stopped.await();
    }

    private static void down(Path data) throws InterruptedException {
        Path pidFile = data.resolve("run").resolve("launcher.pid");
        if (!Files.exists(pidFile)) {
            System.out.println("Reservoir is not running (no " + pidFile + ")");
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> launcher = ProcessHandle.of(pid);
            if (launcher.isPresent()) {
                launcher.get().destroy();
                launcher.get().onExit().get();
            }
            System.out.println("Reservoir stopped");
        } catch (Exception e) {
            System.err.println("could not stop Reservoir: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void token(Path data, String[] args) {
        if (args.length < 3 || !ROLES.contains(args[1]) || (args[1].equals("reserve") && args.length < 4)) {
            System.err.println("usage: ./reservoir token ROLE REGION [DEPARTMENT | SUBJECT]; roles: " + String.join(", ", ROLES)
                    + "; the third argument is a reviewer's department, a mentor's or a reserve's subject (a reserve: the candidate id)");
            System.exit(2);
        }
        DevTokens tokens = DevTokens.in(data.resolve("keys"));
        String role = args[1];
        String extra = args.length > 3 ? args[3] : null;
        boolean subjectNamed = extra != null && (role.equals("mentor") || role.equals("reserve"));
        System.out.println(subjectNamed ? tokens.issueAs(extra, role, args[2], null, Duration.ofHours(12))
                : tokens.issue(role, args[2], extra, Duration.ofHours(12)));
    }

    /**
     * Replays a dead-letter topic to its origin. Kafka is the local stack's unless {@code --bootstrap-servers} or
     * {@code KAFKA_BOOTSTRAP_SERVERS} names another.
     */
    private static void deadLetters(String[] args) {
        if (args.length < 3 || !args[1].equals("replay")) {
            System.err.println("usage: ./reservoir dlt replay TOPIC [--bootstrap-servers HOST:PORT]  (TOPIC or TOPIC.dlt)");
            System.exit(2);
        }
        String servers = Optional.ofNullable(System.getenv("KAFKA_BOOTSTRAP_SERVERS")).orElse("127.0.0.1:" + Stack.Settings.local(
                Path.of("."), Path.of(".")).kafkaPort());
        int flag = Arrays.asList(args).indexOf("--bootstrap-servers");
        if (flag > 0 && flag + 1 < args.length) {
            servers = args[flag + 1];
        }
        try {
            DeadLetterReplay.Result result = DeadLetterReplay.replay(servers, args[2], Duration.ofMinutes(5));
            System.out.printf("%s: %d replayed to their origin topic, %d copies of the same message skipped, %d without origin skipped%n",
                    result.deadLetterTopic(), result.replayed(), result.duplicateCopies(), result.withoutOrigin());
        } catch (RuntimeException e) {
            System.err.println("replay failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Prints the dashboard's dev-login link (stdout: the link alone, so scripts can take it); warns when the stack is down. */
    private static void dashboard(Path home, Path data, String[] args) {
        Stack.Settings settings = Stack.Settings.local(home, data);
        int port = settings.servicePort("reporting");
        try {
            String link = DashboardLink.forCounty(DevTokens.in(data.resolve("keys")), "http://127.0.0.1:" + port,
                    args.length > 1 ? args[1] : DemoData.COUNTY);
            if (!DashboardLink.answering(port)) {
                System.err.println("reporting-service is not answering on port " + port + "; start the stack first: ./reservoir up --demo");
            }
            System.err.println("Open in a browser (county admin, " + DashboardLink.VALIDITY.toHours() + " h; the token stays in the tab):");
            System.out.println(link);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** Bounded loads against the local stack (reused if running, else started and stopped), one table of figures. */
    private static void bench(Path home, Path data, String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("reporting")) {
            reportingBench(home, data, args);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(Arrays.asList(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(Bench.run(home, data, options));
        } catch (IllegalStateException e) {
            System.err.println("bench failed: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("bench failed: " + e);
            System.exit(1);
        }
    }

    /** Issue 11's county loaded into reporting through events: catch-up rate and report latencies (see {@link ReportingBench}). */
    private static void reportingBench(Path home, Path data, String[] args) throws Exception {
        ReportingBenchOptions options;
        try {
            options = ReportingBenchOptions.parse(Arrays.asList(args).subList(2, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ReportingBenchOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(ReportingBench.run(home, data, options));
        } catch (Exception e) {
            System.err.println("bench failed: " + (e instanceof IllegalStateException ? e.getMessage() : e.toString()));
            System.exit(1);
        }
    }
}
