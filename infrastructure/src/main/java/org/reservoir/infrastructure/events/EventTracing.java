package org.reservoir.infrastructure.events;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.List;

/**
 * W3C trace context through events: {@link Outbox} stores the current span's {@code traceparent} in the envelope,
 * {@link IdempotentConsumer} applies the event inside a consumer span whose parent is that traceparent. Uses the
 * service's OpenTelemetry bean when it has one; without an SDK the trace context is still carried over.
 */
@ApplicationScoped
public class EventTracing {

    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of("traceparent");
        }

        @Override
        public String get(String carrier, String key) {
            return "traceparent".equals(key) ? carrier : null;
        }
    };

    private final Tracer tracer;

    public EventTracing(Instance<OpenTelemetry> openTelemetry) {
        this.tracer = (openTelemetry.isResolvable() ? openTelemetry.get() : GlobalOpenTelemetry.get()).getTracer("org.reservoir.events");
    }

    /** The current span as a W3C traceparent ({@code 00-<trace-id>-<span-id>-<flags>}), or null when there is none. */
    public static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex() : null;
    }

    /** A consumer span for applying {@code event} from {@code topic}, made current; closing it ends the span. */
    public Scope consume(String topic, EventEnvelope event) {
        Context parent = event.traceparent() == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), event.traceparent(), TRACEPARENT);
        Span span = tracer.spanBuilder(topic + " process").setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", event.id()).setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        Scope scope = span.makeCurrent();
        return () -> {
            scope.close();
            span.end();
        };
    }
}
