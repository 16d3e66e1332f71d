package org.reservoir.infrastructure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.reservoir.launcher.DevTokens;
import org.reservoir.launcher.KafkaBroker;
import org.reservoir.launcher.PostgresServer;
import org.reservoir.launcher.Processes;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Real PostgreSQL and a real Kafka broker for {@code @QuarkusTest}s: started once per test JVM, side by
 * side, reused by every test class, stopped when the JVM exits. Everything lives under the module's
 * {@code target/reservoir-test}; a broker left by a JVM that died is killed via its pid file on the next start.
 */
public class ReservoirTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "reservoir_test";
    private static Infrastructure shared;

    private record Infrastructure(PostgresServer postgres, KafkaBroker kafka, DevTokens tokens) {
    }

    static Path baseDir() {
        return Path.of(System.getProperty("reservoir.build.dir", "target")).toAbsolutePath().resolve("reservoir-test");
    }

    private static synchronized Infrastructure infrastructure() {
        if (shared == null) {
            Path base = baseDir();
            int kafkaPort = Processes.freePort();
            KafkaBroker kafka = new KafkaBroker(base.resolve("kafka-" + kafkaPort), kafkaPort, Processes.freePort(), "320m");
            CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(kafka::start);
            PostgresServer postgres = PostgresServer.start(base.resolve("postgres"), Processes.freePort(), false);
            postgres.ensureDatabase(DATABASE, DATABASE, DATABASE);
            broker.join();
            shared = new Infrastructure(postgres, kafka, DevTokens.in(base.resolve("keys")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                postgres.close();
            }, "reservoir-test-infrastructure-stop"));
        }
        return shared;
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infra = infrastructure();
        return Map.of(
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(DATABASE),
                "quarkus.datasource.username", DATABASE,
                "quarkus.datasource.password", DATABASE,
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers(),
                "mp.jwt.verify.publickey.location", infra.tokens().publicKeyLocation().toUri().toString(),
                "mp.jwt.verify.issuer", DevTokens.ISSUER,
                // The relay is woken by each outbox commit (LISTEN/NOTIFY); a long fallback poll makes every test rely on that.
                "reservoir.outbox.relay.poll-interval", "PT30S",
                "reservoir.consumer.retry-backoff", "PT0.05S");
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; the shutdown hook stops it.
    }

    /** A superuser's JDBC URL of the running server (user postgres, no password), for tests that break the database. */
    public static String superuserJdbcUrl() {
        return infrastructure().postgres().jdbcUrl("postgres");
    }

    /** The running broker, for tests that stop and restart it. */
    public static KafkaBroker kafka() {
        return infrastructure().kafka();
    }
}
