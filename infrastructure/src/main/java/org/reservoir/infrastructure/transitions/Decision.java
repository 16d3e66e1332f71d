package org.reservoir.infrastructure.transitions;

import java.util.Map;

/**
 * What an aggregate answers to a command: the state it moves to (with the reason and details the audit keeps), or a
 * refusal. Aggregates return decisions instead of throwing, so their rules are tested as plain values.
 */
public sealed interface Decision<S> {

    record Moved<S>(S to, String reason, Map<String, Object> details) implements Decision<S> {
        public Moved {
            details = details == null ? Map.of() : Map.copyOf(details);
        }
    }

    record Refused<S>(Refusal refusal) implements Decision<S> {
    }

    static <S> Decision<S> moveTo(S to, String reason, Map<String, Object> details) {
        return new Moved<>(to, reason, details);
    }

    static <S> Decision<S> moveTo(S to) {
        return new Moved<>(to, null, Map.of());
    }

    static <S> Decision<S> refuse(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** The new state, or the refusal thrown as a problem. */
    default Moved<S> orThrow() {
        if (this instanceof Refused<S> r) {
            throw r.refusal().toProblem();
        }
        return (Moved<S>) this;
    }
}
