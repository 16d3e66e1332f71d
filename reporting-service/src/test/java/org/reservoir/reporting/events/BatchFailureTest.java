package org.reservoir.reporting.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer applies the events of a poll in one transaction; a failing event in that batch is dead-lettered alone,
 * its batch-mates are applied (each recorded once in processed_event).
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class BatchFailureTest {

    private static final String TOPIC = ControlledHandlers.FIXABLE_TOPIC;

    @Inject
    AgroalDataSource db;

    @Test
    void aFailingEventInABatchGoesToTheDeadLetterTopicAloneAndItsBatchMatesAreApplied() throws Exception {
        String slow = UUID.randomUUID().toString();
        String slowId = UUID.randomUUID().toString();
        ControlledHandlers.SLOW.add(slow);
        List<String> subjects = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            subjects.add(UUID.randomUUID().toString());
            ids.add(UUID.randomUUID().toString());
        }
        String poison = subjects.get(2);
        ControlledHandlers.FAILING.add(poison);
        try {
            // While the consumer is busy with the slow event, the six arrive and are read together.
            EventProbe.publish(TOPIC, slow, slowId, "reservoir.test.fixable.happened", slow, "{}");
            for (int i = 0; i < subjects.size(); i++) {
                EventProbe.publish(TOPIC, subjects.get(i), ids.get(i), "reservoir.test.fixable.happened", subjects.get(i), "{\"n\":" + i + "}");
            }
            List<EventProbe.Message> letters = EventProbe.read(TOPIC + ".dlt", m -> subjects.contains(m.key()) || slow.equals(m.key()), 1,
                    Duration.ofSeconds(60));
            assertEquals(1, letters.size(), "only the failing event is dead-lettered");
            assertEquals(poison, letters.get(0).key());
            assertTrue(letters.get(0).headers().get("dlt.reason").contains("simulated broken dependency"), letters.get(0).headers().toString());
            assertEquals("5", letters.get(0).headers().get("dlt.attempts"));

            List<String> applied = new ArrayList<>(ids);
            applied.remove(2);
            applied.add(slowId);
            Poll.until("the batch-mates are applied", Duration.ofSeconds(30), () -> processed(applied) == applied.size());
            assertEquals(0, processed(List.of(ids.get(2))), "the failing event is not recorded as processed");
            Thread.sleep(1000);
            assertEquals(1, EventProbe.read(TOPIC + ".dlt", m -> subjects.contains(m.key()) || slow.equals(m.key()), 2, Duration.ofSeconds(3)).size(),
                    "still one dead letter");
        } finally {
            ControlledHandlers.SLOW.remove(slow);
            ControlledHandlers.FAILING.remove(poison);
        }
    }

    private long processed(List<String> eventIds) {
        try {
            return ProcessedEvents.count(db, eventIds);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
