package org.reservoir.infrastructure.operations;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.reservoir.infrastructure.events.KafkaSettings;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Readiness of the Kafka connection, answered within {@code reservoir.health.kafka-timeout}. Quarkus' own check waits
 * for the admin client's 60 s default API timeout while the broker is away, longer than any probe waits.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    static final String NAME = "Kafka connection health check";

    @Inject
    KafkaSettings kafka;

    @Inject
    HealthConfig config;

    private Admin admin;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        long millis = config.kafkaTimeout().toMillis();
        try {
            Collection<Node> nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) millis))
                    .nodes().get(millis + 250, TimeUnit.MILLISECONDS);
            return response.up()
                    .withData("nodes", nodes.stream().map(n -> n.host() + ":" + n.port()).collect(Collectors.joining(",")))
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        } catch (ExecutionException e) {
            return response.down().withData("reason", String.valueOf(e.getCause().getMessage())).build();
        } catch (TimeoutException e) {
            return response.down().withData("reason", "no answer within " + millis + " ms").build();
        } catch (RuntimeException e) {
            // e.g. bootstrap servers that do not resolve: the client cannot even be created yet
            return response.down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            int millis = (int) config.kafkaTimeout().toMillis();
            admin = Admin.create(kafka.clientConfig(Map.of(
                    "client.id", "reservoir-readiness",
                    "request.timeout.ms", millis,
                    "default.api.timeout.ms", millis,
                    "reconnect.backoff.max.ms", 1000)));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
