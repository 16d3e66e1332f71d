package org.reservoir.recruitment.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event ids are time-ordered (UUID version 7) and increase from one event to the next, within one bulk write and
 * across transactions, so the outbox's and the consumers' unique indexes on them grow at one end. The transactions
 * roll back: nothing reaches the outbox or the broker.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class OutboxEventIdsTest {

    @Inject
    Outbox outbox;

    @Test
    void eventIdsAreVersion7AndIncreaseInTheOrderTheEventsAreWritten() {
        List<UUID> ids = new ArrayList<>(published(500));
        ids.addAll(published(1));
        ids.addAll(published(20));
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(7, ids.get(i).version(), ids.get(i) + " is not a version 7 UUID");
            assertEquals(2, ids.get(i).variant(), ids.get(i) + " is not an RFC 9562 UUID");
            if (i > 0) {
                // lower-case hex of equal length: string order is the order of the 128 bits, as PostgreSQL's uuid sorts
                assertTrue(ids.get(i - 1).toString().compareTo(ids.get(i).toString()) < 0,
                        "event " + i + " has id " + ids.get(i) + ", not after " + ids.get(i - 1));
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
