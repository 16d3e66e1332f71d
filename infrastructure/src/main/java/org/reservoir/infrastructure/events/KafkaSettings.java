package org.reservoir.infrastructure.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Kafka client settings from the {@code kafka.*} configuration, and explicit topic creation. Snapshot
 * topics ({@code reservoir.kafka.compacted-topics}) are compacted, so a new projection or service can rebuild
 * the latest state of every aggregate from the beginning; all other topics, dead-letter topics included,
 * delete after their retention. Topics that already exist are brought to that configuration.
 */
@ApplicationScoped
public class KafkaSettings {

    private static final Logger LOG = Logger.getLogger(KafkaSettings.class);
    /** Only client settings go to clients; the rest of {@code kafka.*} configures Quarkus itself. */
    private static final List<String> NOT_CLIENT_SETTINGS = List.of("health.", "devservices.", "snappy.");

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    KafkaConfig settings;

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

    /** The topic-level configuration {@code topic} is created with. */
    public Map<String, String> topicConfig(String topic) {
        Map<String, String> config = new LinkedHashMap<>();
        if (settings.compactedTopics().contains(topic)) {
            config.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            config.put(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(settings.compaction().minLag().toMillis()));
            config.put(TopicConfig.SEGMENT_MS_CONFIG, Long.toString(settings.compaction().segment().toMillis()));
            config.put(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1");
        } else {
            config.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
            Duration keep = topic.endsWith(IdempotentConsumer.DLT_SUFFIX) ? settings.deadLetterRetention() : settings.retention();
            config.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(keep.toMillis()));
        }
        return config;
    }

    /**
     * Creates the topics that do not exist yet with the configured partitions and {@link #topicConfig}, and sets
     * that configuration on those that exist; throws while Kafka is unreachable.
     */
    public void ensureTopics(Collection<String> topics) {
        try (Admin admin = Admin.create(clientConfig(Map.of("request.timeout.ms", 5000, "default.api.timeout.ms", 10000)))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, settings.partitions(), settings.replicationFactor()).configs(topicConfig(topic))))
                            .all().get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic, e.getCause());
                    }
                    reconfigure(admin, topic);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating topics " + topics, e);
        }
    }

    /** An existing topic (created earlier, or by hand) gets the configuration it would be created with; a refusal is only logged. */
    private void reconfigure(Admin admin, String topic) throws InterruptedException, java.util.concurrent.TimeoutException {
        List<AlterConfigOp> ops = topicConfig(topic).entrySet().stream()
                .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET)).toList();
        try {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), ops)).all().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            LOG.warnf("topic %s keeps its configuration: %s", topic, OutboxRelay.rootMessage(e));
        }
    }
}
