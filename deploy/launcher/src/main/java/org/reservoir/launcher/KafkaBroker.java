package org.reservoir.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker + controller), run as a child JVM from
 * the launcher's own classpath so its kafka-clients never meets the services' one. Being a separate
 * process, tests can kill -9 it and start it again on the same log directory and port. Once it listens, it is configured
 * through the Admin client of the caller's classpath (any kafka-clients 4.x: the launcher's own, or Quarkus's in tests),
 * so a module that starts one needs kafka-clients among its test dependencies.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String MAIN_CLASS = "kafka.Kafka";
    private static final String STORAGE_TOOL = "kafka.tools.StorageTool";

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final String heap;
    private Process process;

    public KafkaBroker(Path dir, int port, int controllerPort, String heap) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.heap = heap;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Formats the log directory on first use, then starts the broker and waits for its listener. */
    public synchronized KafkaBroker start() {
        try {
            Files.createDirectories(dir);
            Processes.killStale(pidFile(), MAIN_CLASS);
            Path config = writeConfig();
            if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
                format(config);
            }
            ProcessBuilder pb = new ProcessBuilder(command(MAIN_CLASS, config.toString()));
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            process = pb.start();
            Processes.writePid(pidFile(), process.pid());
            Processes.awaitPort("Kafka broker", process, port, Duration.ofSeconds(90), logFile());
            offsetsWithoutFsync(Duration.ofSeconds(60));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start in " + dir, e);
        }
    }

    /**
     * The broker fsyncs every append ({@code log.flush.interval.messages=1}): with one broker and no replica, that is
     * what keeps an acknowledged event through an OS crash. The consumers' offset commits need no such care, since
     * {@code processed_event}, not the offset, says what a service applied: a lost commit only brings back events it
     * skips. Exempting {@code __consumer_offsets} (created here if new, so that its configuration can be set) takes
     * the consumers' commits (one per consumer and batch: three per event at a paced rate) off the disk the relay's
     * appends wait for.
     */
    private void offsetsWithoutFsync(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        ConfigResource offsets = new ConfigResource(ConfigResource.Type.TOPIC, "__consumer_offsets");
        AlterConfigOp noFlush = new AlterConfigOp(new ConfigEntry(TopicConfig.FLUSH_MESSAGES_INTERVAL_CONFIG, Long.toString(Long.MAX_VALUE)),
                AlterConfigOp.OpType.SET);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            while (true) {
                try {
                    // Looking up a group's coordinator makes the broker create its offsets topic.
                    admin.listConsumerGroupOffsets("reservoir-broker-setup").partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
                    admin.incrementalAlterConfigs(Map.of(offsets, List.of(noFlush))).all().get(15, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                        throw new IllegalStateException("Kafka broker did not take the offsets topic's configuration; see " + logFile(), e);
                    }
                    Processes.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while configuring the offsets topic", e);
        }
    }

    /** Simulates a crash: SIGKILL, no clean shutdown. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Processes.deleteQuietly(pidFile());
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public synchronized void close() {
        Processes.stop(process, Duration.ofSeconds(20));
        Processes.deleteQuietly(pidFile());
    }

    private void format(Path config) throws IOException {
        Process fmt = new ProcessBuilder(command(STORAGE_TOOL, "format", "-t", clusterId(dir), "-c", config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        try {
            if (fmt.waitFor() != 0) {
                throw new IllegalStateException("Kafka storage format failed; see " + logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    private List<String> command(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Processes.javaBinary(),
                "-Xms" + heap, "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + dir,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
                "-cp", runtimeClasspath(), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private Path writeConfig() throws IOException {
        String props = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("logs"),
                "num.partitions=3",
                // Topics are created explicitly by the services, with their configured partitions.
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.flush.interval.messages=1",
                "") ;
        Path config = dir.resolve("server.properties");
        Files.writeString(config, props);
        return config;
    }

    /** A cluster id derived from the broker's directory, so a restart of the same broker keeps it (16 bytes, base64url without padding). */
    static String clusterId(Path dir) {
        UUID uuid = UUID.nameUUIDFromBytes(dir.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        // The top bit cleared, the id never starts with '-' (base64url 62), which kafka-storage would read as an option.
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits() & Long.MAX_VALUE).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private Path pidFile() {
        return dir.resolve("broker.pid");
    }

    private Path logFile() {
        return dir.resolve("broker.log");
    }

    /** The classpath Maven resolved for this module, recorded at build time. */
    static String runtimeClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/reservoir/runtime.classpath")) {
            if (in == null) {
                throw new IllegalStateException("reservoir/runtime.classpath missing: build deploy/launcher first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
