package org.reservoir.infrastructure.events;

/**
 * Thrown by an {@link EventHandler} for an event that can never apply (it contradicts the rules, not a
 * passing failure): {@link IdempotentConsumer} sends it to the dead-letter topic at once with this reason
 * instead of retrying.
 */
public class RefusedEvent extends RuntimeException {

    public RefusedEvent(String reason) {
        super(reason);
    }
}
