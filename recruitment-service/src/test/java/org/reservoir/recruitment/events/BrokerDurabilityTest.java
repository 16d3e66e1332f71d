package org.reservoir.recruitment.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The launcher's single broker (the one the tests use) fsyncs every append to the topics events travel on, since it has
 * no replica to keep an acknowledged event through an OS crash, but not the consumers' offset commits, which
 * {@code processed_event} makes safe to lose.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class BrokerDurabilityTest {

    @Test
    void eventTopicsAreFsyncedPerAppendAndTheOffsetsTopicIsNot() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ReservoirTestResource.kafka().bootstrapServers()))) {
            String topic = "durability-probe.v1";
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(15, TimeUnit.SECONDS);
            assertEquals("1", flushMessages(admin, topic));
            assertEquals(Long.toString(Long.MAX_VALUE), flushMessages(admin, "__consumer_offsets"));
            admin.deleteTopics(List.of(topic)).all().get(15, TimeUnit.SECONDS);
        }
    }

    private static String flushMessages(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(15, TimeUnit.SECONDS).get(resource)
                .get(TopicConfig.FLUSH_MESSAGES_INTERVAL_CONFIG).value();
    }
}
