package org.reservoir.training.domain;

import org.reservoir.infrastructure.transitions.Refusal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * When a phone may check in to a session: from {@value #OPENS_MINUTES_BEFORE} minutes before it starts (people arrive
 * early) until it ends. Outside it the check-in is a 409 naming the window; a roll call is the officer's way afterwards.
 */
public record CheckInWindow(OffsetDateTime opensAt, OffsetDateTime closesAt) {

    public static final long OPENS_MINUTES_BEFORE = 30;

    public static CheckInWindow of(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        return new CheckInWindow(startsAt.minus(Duration.ofMinutes(OPENS_MINUTES_BEFORE)), endsAt);
    }

    public boolean contains(OffsetDateTime at) {
        return !at.isBefore(opensAt) && !at.isAfter(closesAt);
    }

    public Optional<Refusal> refusal(OffsetDateTime at) {
        return contains(at) ? Optional.empty()
                : Optional.of(Refusal.conflict("check-in-closed", Map.of("opensAt", opensAt.toString(), "closesAt", closesAt.toString()),
                opensAt, closesAt));
    }

    /** A roll call records who was there, so it is taken once the session has started. */
    public static Optional<Refusal> rollCallRefusal(OffsetDateTime startsAt, OffsetDateTime at) {
        return at.isBefore(startsAt) ? Optional.of(Refusal.conflict("session-not-started", Map.of("startsAt", startsAt.toString()), startsAt))
                : Optional.empty();
    }
}
