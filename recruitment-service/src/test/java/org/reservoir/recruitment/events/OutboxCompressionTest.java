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
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay sends lz4-compressed batches: the broker stores (and fsyncs) a fraction of the events' JSON. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class OutboxCompressionTest {

    private static final String TOPIC = "compression-probe.v1";

    @Inject
    AgroalDataSource db;

    @Test
    void theBrokerStoresAFractionOfTheBytesTheOutboxHolds() throws Exception {
        String payload = "{\"note\":\"" + "村级后备力量".repeat(2000) + "\"}";
        int events = 20;
        long raw = (long) events * payload.getBytes(StandardCharsets.UTF_8).length;
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("insert into outbox_event (event_id, topic, message_key, event_type, payload) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events; i++) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, TOPIC);
                s.setString(3, "probe-" + i);
                s.setString(4, "reservoir.test.compression-probe");
                s.setString(5, payload);
                s.addBatch();
            }
            s.executeBatch();
        }
        awaitSent(10_000);
        long stored = storedBytes();
        assertTrue(stored > 0 && stored < raw / 5, "the broker holds " + stored + " bytes of " + raw + " sent");
    }

    private void awaitSent(long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from outbox_event where topic = ? and sent_at is null")) {
            s.setString(1, TOPIC);
            while (true) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return;
                    }
                }
                assertTrue(System.currentTimeMillis() < deadline, "the probe events were not sent within " + millis + " ms");
                Thread.sleep(50);
            }
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
