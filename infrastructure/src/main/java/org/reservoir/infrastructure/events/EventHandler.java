package org.reservoir.infrastructure.events;

/**
 * A service's reaction to events on one topic. {@link IdempotentConsumer} calls it inside a
 * transaction that also records the event id, so each event's effects commit exactly once.
 * Handlers ignore event types they do not know (newer producers may add types).
 */
public interface EventHandler {

    /** The topic this handler reads, e.g. {@code recruitment.region.v1}. */
    String topic();

    /**
     * Applies the event; throwing rolls the transaction back and the event is retried, then dead-lettered
     * ({@link RefusedEvent}: dead-lettered at once).
     */
    void handle(EventEnvelope event);
}
