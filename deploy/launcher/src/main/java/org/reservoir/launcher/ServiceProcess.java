package org.reservoir.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged Quarkus service (fast-jar, prod profile) run as a child process. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The JVM flags every service runs with, beside the heap and the JIT; deploy/Dockerfile's JAVA_OPTS carries the same
     * (DeployFilesTest). The heap starts small and grows with use (-Xms48m): with -Xms equal to -Xmx the serial
     * collector's young generation alone was ~100 MiB, all of it touched within seconds of load, whatever the live data
     * (~30 MiB). The image's stack size; two malloc arenas instead of one per thread (set in the environment); freed
     * malloc memory that glibc would keep is returned every 10 s.
     */
    static final List<String> JVM_FLAGS = List.of("-Xss512k", "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=10000");

    /**
     * The local stack compiles with C1 only: five JVMs start on two cores and each stays under 300 MiB. C2 (the image's
     * choice, for steady state) halves a warm GET's CPU (0.12–0.13 against 0.29–0.33 ms, session 10), but a bench-length
     * load is still compiling, and its code and compilers took recruitment to 335–339 MiB after a bench (README, Session 10;
     * metaspace, ~91 MiB, is the application's classes whatever the JIT). C2 without tiers stays above 300 MiB too, and
     * starts in the interpreter (README, Session 11).
     */
    static final String LOCAL_JIT = "-XX:TieredStopAtLevel=1";

    /**
     * The local stack's heap gives memory back after a full collection (the serial collector keeps 20–40% of the old
     * generation free instead of its default 40–70%): after an import recruitment's old generation held 25 MiB live in
     * 77 MiB committed, and its RSS reached 301 MiB; with these 256–278 MiB over the same runs. The image fixes its heap
     * (-Xms = -Xmx), where these would change nothing.
     */
    static final List<String> LOCAL_HEAP = List.of("-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path runJar;
    private final Map<String, String> environment;
    private final Path logFile;
    private final Path pidFile;
    private final String heap;
    private Process process;

    public ServiceProcess(String name, int port, Path runJar, Map<String, String> environment, Path logDir, Path runDir, String heap) {
        this.name = name;
        this.port = port;
        this.runJar = runJar;
        this.environment = environment;
        this.logFile = logDir.resolve(name + ".log");
        this.pidFile = runDir.resolve(name + ".pid");
        this.heap = heap;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized ServiceProcess start() {
        if (!Files.isRegularFile(runJar)) {
            throw new IllegalStateException(runJar + " is missing: build the services first (./mvnw -DskipTests package)");
        }
        Processes.killStale(pidFile, runJar.getFileName().toString());
        try {
            Files.createDirectories(logFile.getParent());
            List<String> cmd = new ArrayList<>(List.of(Processes.javaBinary(), "-Xms48m", "-Xmx" + heap));
            cmd.addAll(JVM_FLAGS);
            cmd.addAll(LOCAL_HEAP);
            cmd.add(LOCAL_JIT);
            cmd.addAll(List.of("-Djava.io.tmpdir=" + pidFile.getParent(), "-jar", runJar.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            pb.environment().put("MALLOC_ARENA_MAX", "2");
            pb.environment().putAll(environment);
            pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            process = pb.start();
            Processes.writePid(pidFile, process.pid());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Waits for {@code /q/health/ready} to answer 200 (database and Kafka reachable, migrations done). */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + logFile + ", which ends:\n" + logTail(40));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready within " + timeout + "; see " + logFile);
            }
            Processes.sleep(200);
        }
    }

    /** The log's last lines, so that a start that failed on a CI machine can be diagnosed from the build output alone. */
    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Simulates a crash: SIGKILL, no shutdown hooks. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Processes.deleteQuietly(pidFile);
        }
    }

    @Override
    public synchronized void close() {
        Processes.stop(process, Duration.ofSeconds(20));
        Processes.deleteQuietly(pidFile);
    }
}
