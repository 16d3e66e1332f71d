package org.reservoir.recruitment.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the relay hands its batches to Kafka: lz4-compressed, so the broker stores (and fsyncs) a fraction of the events'
 * JSON; and one request at a time, so a topic it has just created takes a batch of several producer batches per
 * partition at once (with five requests in flight, one such batch in five or so stalled until the delivery timeout).
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class OutboxRelayBatchesTest {

    private static final String TOPIC = "compression-probe.v1";
    private static final String PAYLOAD = "{\"note\":\"" + "村级后备力量".repeat(2000) + "\"}";

    @Inject
    AgroalDataSource db;

    @Test
    void theBrokerStoresAFractionOfTheBytesTheOutboxHolds() throws Exception {
        int events = 20;
        long raw = (long) events * PAYLOAD.getBytes(StandardCharsets.UTF_8).length;
        insert(TOPIC, events);
        OutboxRows.awaitAllSent(db, OutboxRows.By.TOPIC, TOPIC, 10_000);
        long stored = storedBytes();
        assertTrue(stored > 0 && stored < raw / 5, "the broker holds " + stored + " bytes of " + raw + " sent");
    }

    /** 21 events of 36 KB for a topic the relay creates: with 16 KB producer batches, several batches per partition at once. */
    @Test
    void aTopicJustCreatedTakesABatchOfManyProducerBatchesAtOnce() throws Exception {
        for (int round = 0; round < 8; round++) {
            String topic = "fresh-topic-probe-" + round + "-" + UUID.randomUUID() + ".v1";
            insert(topic, 21);
            OutboxRows.awaitAllSent(db, OutboxRows.By.TOPIC, topic, 5_000);
        }
    }

    private void insert(String topic, int events) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("insert into outbox_event (event_id, topic, message_key, event_type, payload) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events; i++) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, topic);
                s.setString(3, "probe-" + i);
                s.setString(4, "reservoir.test.relay-probe");
                s.setString(5, PAYLOAD);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static long storedBytes() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ReservoirTestResource.kafka().bootstrapServers()))) {
            List<Integer> brokers = admin.describeCluster().nodes().get(15, TimeUnit.SECONDS).stream().map(Node::id).toList();
            long size = 0;
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get(15, TimeUnit.SECONDS).values()) {
                for (LogDirDescription dir : dirs.values()) {
                    size += dir.replicaInfos().entrySet().stream().filter(e -> e.getKey().topic().equals(TOPIC))
                            .mapToLong(e -> e.getValue().size()).sum();
                }
            }
            return size;
        }
    }
}
