package org.reservoir.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KafkaBrokerTest {

    @Test
    void aClusterIdNeverLooksLikeAnOptionToKafkaStorage() {
        for (int port = 30000; port < 40000; port++) {
            String id = KafkaBroker.clusterId(Path.of("/tmp/ci-clone/reporting-service/target/reservoir-test/kafka-" + port));
            assertEquals(22, id.length(), id);
            assertFalse(id.startsWith("-"), id);
        }
        assertEquals(KafkaBroker.clusterId(Path.of("/a/kafka")), KafkaBroker.clusterId(Path.of("/a/kafka")));
    }
}
