package org.reservoir.infrastructure.transitions;

/** Where an aggregate kind keeps its history and what event a transition publishes (both in the runner's transaction). */
public interface Journal<T> {

    /** Persists the history line of {@code subject}. */
    void write(T subject, AuditLine line);

    /** The outbox event for the transition just made; null when the transition is kept in history only. */
    Event event(T subject, AuditLine line);

    record Event(String topic, String type, String key, Object payload) {
    }
}
