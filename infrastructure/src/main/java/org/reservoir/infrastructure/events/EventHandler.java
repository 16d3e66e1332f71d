package org.reservoir.infrastructure.events;

import java.util.Set;

/**
 * A service's reaction to events on one topic. {@link IdempotentConsumer} calls it inside a
 * transaction that also records the event id, so each event's effects commit exactly once.
 * Handlers ignore event types they do not know (newer producers may add types).
 */
public interface EventHandler {

    /** The topic this handler reads, e.g. {@code recruitment.region.v1}. */
    String topic();

    /**
     * Every topic this handler reads: {@link #topic()} alone for most. A handler that treats the events of several topics
     * alike names them all here, {@link #topic()} among them, instead of one handler class per topic.
     */
    default Set<String> topics() {
        return Set.of(topic());
    }

    /**
     * Applies the event; throwing rolls the transaction back and the event is retried, then dead-lettered
     * ({@link RefusedEvent}: dead-lettered at once).
     */
    void handle(EventEnvelope event);

    /**
     * Called after the handler's events of a batch, in the batch's transaction before it commits (and after each event
     * when events are applied one by one), so a handler may defer set-wise work — one statement for many rows, one evaluation
     * per touched key — to the end of the batch. Also called before the batch goes on with an event of another topic, so what
     * another handler reads is what one-by-one application would show it; it may thus run more than once per transaction
     * and must take only what was deferred since its last call. Throwing fails the batch like {@link #handle} does. Does
     * nothing by default.
     */
    default void afterBatch() {
    }
}
