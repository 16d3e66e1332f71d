package org.reservoir.reporting.consumers;

import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.reporting.application.Alerts;
import org.reservoir.reporting.domain.AlertKind;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * A projection whose events can change a village's alerts: {@link #apply} writes the event into the projection and names
 * the villages it changed; their alerts are then re-evaluated in the same transaction, so alerts follow the projection at
 * once (the scheduled evaluation catches what no event announces). Subclasses are {@code @Singleton} beans: a client proxy
 * would need a no-argument constructor.
 */
abstract class AlertingProjection implements EventHandler {

    private final Alerts alerts;
    private final Clock clock;

    AlertingProjection(Alerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Applies the event; returns the villages whose alerts it may have changed (none for an event that changed nothing). */
    protected abstract Set<String> apply(EventEnvelope event);

    /** The kinds of alert this projection's events can change; the others are left to their own events and the schedule. */
    protected Set<AlertKind> alertKinds() {
        return EnumSet.allOf(AlertKind.class);
    }

    @Override
    public final void handle(EventEnvelope event) {
        for (String village : apply(event)) {
            alerts.evaluateVillage(village, clock.instant(), clock.getZone(), alertKinds());
        }
    }
}
