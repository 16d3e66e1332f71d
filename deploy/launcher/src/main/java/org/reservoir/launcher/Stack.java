package org.reservoir.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole suite on one machine: one PostgreSQL server (a database and role per service), one
 * Kafka broker, and the four packaged services. Used by {@code ./reservoir up} and the system tests.
 */
public final class Stack implements AutoCloseable {

    /** The services, in the order they are listed, with their default ports. */
    public static final Map<String, Integer> SERVICES = servicesWithPorts();

    private final Settings settings;
    private final DevTokens tokens;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    /**
     * @param home       the repository root (where each service's target/quarkus-app lives)
     * @param dataDir    where PostgreSQL data, the broker's logs, keys, pid files and logs go
     * @param keepData   keep data across restarts (local stack) or start empty (tests)
     * @param portOffset added to every default port, so a test stack does not collide with a running one
     */
    public record Settings(Path home, Path dataDir, boolean keepData, int portOffset, String serviceHeap) {
        /**
         * The local stack's settings; {@code RESERVOIR_PORT_OFFSET} (0–999) moves every port, so two checkouts can each
         * run a stack (or a bench) on one machine.
         */
        static Settings local(Path home, Path dataDir) {
            String raw = System.getenv().getOrDefault("RESERVOIR_PORT_OFFSET", "0");
            int offset;
            try {
                offset = Integer.parseInt(raw.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("RESERVOIR_PORT_OFFSET must be a whole number 0–999, was '" + raw + "'");
            }
            if (offset < 0 || offset > 999) {
                throw new IllegalArgumentException("RESERVOIR_PORT_OFFSET must be 0–999, was " + offset);
            }
            return new Settings(home, dataDir, true, offset, "320m");
        }

        int servicePort(String service) {
            return SERVICES.get(service) + portOffset;
        }

        int pgPort() {
            return 15432 + portOffset;
        }

        int kafkaPort() {
            return 19092 + portOffset;
        }
    }

    public Stack(Settings settings) {
        this.settings = settings;
        this.tokens = DevTokens.in(settings.dataDir().resolve("keys"));
    }

    private static Map<String, Integer> servicesWithPorts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("recruitment", 8081);
        m.put("assessment", 8082);
        m.put("training", 8083);
        m.put("reporting", 8084);
        return m;
    }

    /** Starts PostgreSQL and Kafka side by side, then the four services, and waits until all are ready; stops them all if one fails. */
    public Stack start() {
        try {
            return startAll();
        } catch (RuntimeException e) {
            // A half-started stack would hold its ports and processes and break whatever starts next.
            close();
            throw e;
        }
    }

    private Stack startAll() {
        CompletableFuture<PostgresServer> pg = CompletableFuture.supplyAsync(() ->
                PostgresServer.start(settings.dataDir().resolve("postgres"), settings.pgPort(), settings.keepData()));
        kafka = new KafkaBroker(settings.dataDir().resolve("kafka"), settings.kafkaPort(), settings.kafkaPort() + 1, "384m");
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(kafka::start);
        postgres = pg.join();
        broker.join();
        for (var entry : SERVICES.entrySet()) {
            String name = entry.getKey();
            postgres.ensureDatabase(name, name, name);
            services.put(name, newService(name, entry.getValue() + settings.portOffset()));
        }
        services.values().forEach(ServiceProcess::start);
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (ServiceProcess s : services.values()) {
            // Bounded, but generous: four services starting beside other builds on 2 loaded cores took over 3 minutes.
            ready.add(CompletableFuture.runAsync(() -> s.awaitReady(Duration.ofMinutes(10))));
        }
        ready.forEach(CompletableFuture::join);
        return this;
    }

    /** A second instance of a service on its own port, sharing its database and broker (started, not awaited). */
    public ServiceProcess anotherInstance(String name, int port) {
        ServiceProcess s = newService(name, port, name + "-service-" + port);
        return s.start();
    }

    private ServiceProcess newService(String name, int port) {
        return newService(name, port, name + "-service");
    }

    private ServiceProcess newService(String name, int port, String instance) {
        return service(settings, name, port, instance, postgres.jdbcUrl(name), kafka.bootstrapServers());
    }

    /**
     * A service process wired as the stack wires it (its database, the broker, the dev signing key, the PII keys),
     * not started; {@code ./reservoir bench} uses it to time a service started alone beside a running stack.
     */
    static ServiceProcess service(Settings settings, String name, int port, String instance, String jdbcUrl, String kafkaServers) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", name);
        env.put("QUARKUS_DATASOURCE_PASSWORD", name);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaServers);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DevTokens.in(settings.dataDir().resolve("keys")).publicKeyLocation().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        env.putAll(LocalSecrets.piiKeys(settings.dataDir().resolve("keys")));
        Path jar = settings.home().resolve(name + "-service").resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
        return new ServiceProcess(instance, port, jar, env, settings.dataDir().resolve("logs"),
                settings.dataDir().resolve("run"), settings.serviceHeap());
    }

    public ServiceProcess service(String name) {
        ServiceProcess s = services.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no service " + name + "; known: " + services.keySet());
        }
        return s;
    }

    public Map<String, ServiceProcess> services() {
        return services;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public DevTokens tokens() {
        return tokens;
    }

    @Override
    public void close() {
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        services.values().forEach(s -> stops.add(CompletableFuture.runAsync(s::close)));
        stops.forEach(CompletableFuture::join);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
