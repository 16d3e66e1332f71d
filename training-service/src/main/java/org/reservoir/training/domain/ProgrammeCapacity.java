package org.reservoir.training.domain;

import org.reservoir.infrastructure.transitions.Refusal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How many reserves a programme takes: every enrolled reserve is expected at every session, so the smallest session
 * capacity bounds the enrolment (a programme without sessions yet is unbounded until one is scheduled).
 */
public final class ProgrammeCapacity {

    private ProgrammeCapacity() {
    }

    public static OptionalInt of(Collection<Integer> sessionCapacities) {
        return sessionCapacities.stream().mapToInt(Integer::intValue).min();
    }

    /** 409 over-capacity when {@code adding} more reserves would exceed the programme's capacity. */
    public static Optional<Refusal> refusal(OptionalInt capacity, long enrolled, long adding) {
        if (capacity.isPresent() && enrolled + adding > capacity.getAsInt()) {
            return Optional.of(Refusal.conflict("over-capacity", Map.of("capacity", capacity.getAsInt(), "enrolled", enrolled),
                    capacity.getAsInt(), enrolled, adding));
        }
        return Optional.empty();
    }
}
