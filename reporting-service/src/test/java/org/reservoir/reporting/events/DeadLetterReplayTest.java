package org.reservoir.reporting.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.launcher.DeadLetterReplay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./reservoir dlt replay: a dead-lettered event, once its cause is fixed, is replayed and applied exactly once. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class DeadLetterReplayTest {

    private static final String TOPIC = ControlledHandlers.FIXABLE_TOPIC;
    private static final Map<String, String> LABELS = Map.of("group", "reporting-service", "topic", TOPIC);

    @Test
    void aDeadLetteredEventIsReplayedAfterTheFixAndAppliedExactlyOnce() {
        String subject = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String event = EventProbe.envelope(eventId, "reservoir.test.fixable.happened", subject, "{\"n\":1}");
        ControlledHandlers.FAILING.add(subject);
        EventProbe.send(TOPIC, subject, event.getBytes(StandardCharsets.UTF_8));
        List<EventProbe.Message> letters = EventProbe.read(TOPIC + ".dlt", m -> subject.equals(m.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, letters.size(), "dead-lettered after its retries");
        assertTrue(letters.get(0).headers().get("dlt.reason").contains("simulated broken dependency"), letters.get(0).headers().toString());
        assertEquals(0, ControlledHandlers.applied(eventId));

        ControlledHandlers.FAILING.remove(subject);
        DeadLetterReplay.Result first = DeadLetterReplay.replay(EventProbe.bootstrapServers(), TOPIC, Duration.ofSeconds(60));
        assertEquals(TOPIC + ".dlt", first.deadLetterTopic());
        assertTrue(first.replayed() >= 1, first.toString());
        Poll.until("the replayed event is applied", Duration.ofSeconds(30), () -> ControlledHandlers.applied(eventId) == 1);

        List<EventProbe.Message> onOrigin = EventProbe.read(TOPIC, m -> subject.equals(m.key()), 2, Duration.ofSeconds(20));
        assertEquals(2, onOrigin.size(), "the original and the replayed copy");
        EventProbe.Message replayed = onOrigin.get(1);
        assertTrue(replayed.headers().get("dlt.replayed-from").startsWith(TOPIC + ".dlt/"), replayed.headers().toString());
        assertNull(replayed.headers().get("dlt.reason"), "dlt.* headers are not carried back");
        assertEquals(event, new String(replayed.value(), StandardCharsets.UTF_8));

        // Replaying again sends nothing (progress is committed); the same event delivered again is a duplicate, not applied twice.
        assertEquals(0, DeadLetterReplay.replay(EventProbe.bootstrapServers(), TOPIC + ".dlt", Duration.ofSeconds(60)).replayed());
        double duplicates = Metrics.value("reservoir_events_duplicates_total", LABELS).orElseThrow();
        EventProbe.send(TOPIC, subject, event.getBytes(StandardCharsets.UTF_8));
        Poll.until("the repeated event is counted as a duplicate", Duration.ofSeconds(30),
                () -> Metrics.value("reservoir_events_duplicates_total", LABELS).orElseThrow() > duplicates);
        assertEquals(1, ControlledHandlers.applied(eventId));
    }

    @Test
    void replayingATopicWithoutDeadLetterTopicFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeadLetterReplay.replay(EventProbe.bootstrapServers(), "no.such.topic.v1", Duration.ofSeconds(30)));
        assertFalse(e.getMessage().isBlank());
    }
}
