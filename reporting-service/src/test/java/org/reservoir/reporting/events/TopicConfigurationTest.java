package org.reservoir.reporting.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.events.IdempotentConsumer;
import org.reservoir.infrastructure.events.KafkaSettings;
import org.reservoir.infrastructure.region.RegionTopic;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Topics are created with explicit configuration: snapshot topics compacted, the others deleting after their retention. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class TopicConfigurationTest {

    @Inject
    KafkaSettings kafka;

    private static Config describe(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }

    private static Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", EventProbe.bootstrapServers()));
    }

    @Test
    void theTopicsTheConsumerCreatesCarryTheirRetentionPolicy() throws Exception {
        // The consumer creates the topics it reads and their dead-letter topics before subscribing.
        Poll.until("the consumer created its topics", Duration.ofSeconds(30), () -> {
            try (Admin admin = admin()) {
                return admin.listTopics().names().get().containsAll(Set.of(RegionTopic.NAME, RegionTopic.NAME + IdempotentConsumer.DLT_SUFFIX,
                        ControlledHandlers.FIXABLE_TOPIC));
            } catch (Exception e) {
                return false;
            }
        });
        try (Admin admin = admin()) {
            Config snapshots = describe(admin, RegionTopic.NAME);
            assertEquals("compact", snapshots.get("cleanup.policy").value());
            assertEquals(Long.toString(Duration.ofHours(1).toMillis()), snapshots.get("min.compaction.lag.ms").value());
            assertEquals(Long.toString(Duration.ofDays(1).toMillis()), snapshots.get("segment.ms").value());
            assertEquals("0.1", snapshots.get("min.cleanable.dirty.ratio").value());

            Config deadLetters = describe(admin, RegionTopic.NAME + IdempotentConsumer.DLT_SUFFIX);
            assertEquals("delete", deadLetters.get("cleanup.policy").value());
            assertEquals(Long.toString(Duration.ofDays(30).toMillis()), deadLetters.get("retention.ms").value());

            Config other = describe(admin, ControlledHandlers.FIXABLE_TOPIC);
            assertEquals("delete", other.get("cleanup.policy").value());
            assertEquals(Long.toString(Duration.ofDays(14).toMillis()), other.get("retention.ms").value());
            assertEquals(3, admin.describeTopics(List.of(RegionTopic.NAME)).allTopicNames().get()
                    .get(RegionTopic.NAME).partitions().size());
        }
    }

    private static String cleanupPolicy(Admin admin, String topic) {
        try {
            return describe(admin, topic).get("cleanup.policy").value();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anExistingTopicIsBroughtToItsConfiguration() throws Exception {
        String topic = "recruitment.campaign.v1";
        kafka.ensureTopics(List.of(topic));
        try (Admin admin = admin()) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(
                    new AlterConfigOp(new ConfigEntry("cleanup.policy", "delete"), AlterConfigOp.OpType.SET)))).all().get();
            // The broker shows a configuration change shortly after acknowledging it, hence the polls.
            Poll.untilEquals("the cleanup policy of " + topic + " set by hand", "delete", Duration.ofSeconds(10), () -> cleanupPolicy(admin, topic));
            kafka.ensureTopics(List.of(topic));
            Poll.untilEquals("the cleanup policy of " + topic, "compact", Duration.ofSeconds(10), () -> cleanupPolicy(admin, topic));
        }
    }
}
