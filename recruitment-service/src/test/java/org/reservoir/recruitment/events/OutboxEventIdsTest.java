package org.reservoir.recruitment.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event ids are time-ordered UUIDs (version 7): each carries the millisecond it was made in its first 48 bits, so
 * successive events' ids grow and the outbox's and the consumers' unique indexes on them grow at one end. The
 * transactions roll back: nothing reaches the outbox or the broker.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class OutboxEventIdsTest {

    @Inject
    Outbox outbox;

    @Test
    void eventIdsAreVersion7AndCarryTheTimeTheyWereMadeIn() {
        long before = System.currentTimeMillis();
        List<UUID> ids = new ArrayList<>(published(500));
        ids.addAll(published(1));
        ids.addAll(published(20));
        long after = System.currentTimeMillis();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "event ids repeat");
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            assertEquals(7, id.version(), id + " is not a version 7 UUID");
            assertEquals(2, id.variant(), id + " is not an RFC 9562 UUID");
            long millis = id.getMostSignificantBits() >>> 16;
            assertTrue(millis >= before && millis <= after, id + " carries " + millis + ", made between " + before + " and " + after);
            if (i > 0) {
                assertTrue(millis >= ids.get(i - 1).getMostSignificantBits() >>> 16,
                        "event " + i + " has id " + id + ", made before " + ids.get(i - 1));
            }
        }
    }

    private List<UUID> published(int events) {
        List<UUID> ids = new ArrayList<>();
        RuntimeException rollback = new RuntimeException("roll back");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publishAll(IntStream.range(0, events)
                            .mapToObj(i -> new Outbox.Message("event-id-probe.v1", "reservoir.test.probe", "probe-" + i, List.of(i)))
                            .toList())
                    .forEach(e -> ids.add(UUID.fromString(e.id())));
            throw rollback;
        }));
        assertSame(rollback, thrown);
        return ids;
    }
}
