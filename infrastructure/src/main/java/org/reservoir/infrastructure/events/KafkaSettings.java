package org.reservoir.infrastructure.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Kafka client settings from the {@code kafka.*} configuration, and explicit topic creation. */
@ApplicationScoped
public class KafkaSettings {

    /** Only client settings go to clients; the rest of {@code kafka.*} configures Quarkus itself. */
    private static final List<String> NOT_CLIENT_SETTINGS = List.of("health.", "devservices.", "snappy.");

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "reservoir.kafka.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "reservoir.kafka.replication-factor", defaultValue = "1")
    short replicationFactor;

    public Map<String, Object> clientConfig(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((k, v) -> {
            if (NOT_CLIENT_SETTINGS.stream().noneMatch(k::startsWith)) {
                config.put(k, v);
            }
        });
        config.putAll(overrides);
        return config;
    }

    /** Creates the topics that do not exist yet with the configured partitions; throws while Kafka is unreachable. */
    public void ensureTopics(Collection<String> topics) {
        try (Admin admin = Admin.create(clientConfig(Map.of("request.timeout.ms", 5000, "default.api.timeout.ms", 10000)))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, replicationFactor))).all().get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating topics " + topics, e);
        }
    }
}
