package org.reservoir.reporting.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The W3C trace context travels in the envelope: written from the current span, continued by the consumer. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class EventTracingTest {

    @Inject
    Outbox outbox;

    @Test
    void anEventWrittenInsideASpanCarriesItsTraceparentAndIsAppliedInThatTrace() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String spanId = traceId.substring(0, 16);
        SpanContext caller = SpanContext.createFromRemoteParent(traceId, spanId, TraceFlags.getSampled(), TraceState.getDefault());
        String subject = UUID.randomUUID().toString();
        EventEnvelope written;
        try (Scope ignored = Span.wrap(caller).makeCurrent()) {
            written = QuarkusTransaction.requiringNew().call(() -> outbox.publish(ControlledHandlers.FIXABLE_TOPIC, "reservoir.test.fixable.traced",
                    subject, Map.of("n", 1)));
        }
        assertEquals("00-" + traceId + "-" + spanId + "-01", written.traceparent());

        List<EventProbe.Message> sent = EventProbe.read(ControlledHandlers.FIXABLE_TOPIC, m -> subject.equals(m.key()), 1, Duration.ofSeconds(20));
        JsonNode event = sent.get(0).json();
        assertEquals(written.traceparent(), event.get("traceparent").asText());
        assertEquals(written.id(), sent.get(0).headers().get("ce_id"));
        Poll.until("the event is applied", Duration.ofSeconds(30), () -> ControlledHandlers.applied(written.id()) == 1);
        assertEquals(traceId, ControlledHandlers.TRACE_IDS.get(written.id()), "the handler ran in the event's trace");
    }

    @Test
    void withoutASpanTheEnvelopeHasNoTraceparent() {
        String subject = UUID.randomUUID().toString();
        EventEnvelope written = QuarkusTransaction.requiringNew().call(() -> outbox.publish(ControlledHandlers.FIXABLE_TOPIC,
                "reservoir.test.fixable.untraced", subject, Map.of("n", 2)));
        assertNull(written.traceparent());
        List<EventProbe.Message> sent = EventProbe.read(ControlledHandlers.FIXABLE_TOPIC, m -> subject.equals(m.key()), 1, Duration.ofSeconds(20));
        assertFalse(sent.get(0).json().has("traceparent"), sent.get(0).json().toString());
        Poll.until("the event is applied", Duration.ofSeconds(30), () -> ControlledHandlers.applied(written.id()) == 1);
    }
}
