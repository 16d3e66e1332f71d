package org.reservoir.reporting.consumers;

import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.TransactionBuffers;
import org.reservoir.reporting.application.Alerts;
import org.reservoir.reporting.domain.AlertKind;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A projection whose events can change a village's alerts: {@link #apply} writes the event into the projection (or keeps it
 * for {@link #applyDeferred}) and names the villages it changed; at the end of the batch, in the same transaction, the alerts
 * of every village the batch changed are re-evaluated once, so alerts follow the projection at once (the scheduled evaluation
 * catches what no event announces). Subclasses are {@code @Singleton} beans: a client proxy would need a no-argument constructor.
 */
abstract class AlertingProjection implements EventHandler {

    private final Alerts alerts;
    private final Clock clock;
    private final TransactionBuffers buffers;
    private final BufferKey touched = new BufferKey(getClass(), "villages");

    AlertingProjection(Alerts alerts, Clock clock, TransactionBuffers buffers) {
        this.alerts = alerts;
        this.clock = clock;
        this.buffers = buffers;
    }

    /** A key of this handler's lists in {@link TransactionBuffers}. */
    record BufferKey(Class<?> handler, String what) {
    }

    /** Applies the event; returns the villages whose alerts it may have changed (none for an event that changed nothing). */
    protected abstract Set<String> apply(EventEnvelope event);

    /** The kinds of alert this projection's events can change; the others are left to their own events and the schedule. */
    protected Set<AlertKind> alertKinds() {
        return EnumSet.allOf(AlertKind.class);
    }

    /** What {@link #apply} kept for the end of the batch, written now; returns the villages it changed. */
    protected Set<String> applyDeferred() {
        return Set.of();
    }

    @Override
    public final void handle(EventEnvelope event) {
        buffers.<String>list(touched).addAll(apply(event));
    }

    @Override
    public final void afterBatch() {
        Set<String> villages = new TreeSet<>(applyDeferred());
        villages.addAll(buffers.<String>take(touched));
        if (!villages.isEmpty()) {
            alerts.evaluateVillages(villages, clock.instant(), clock.getZone(), alertKinds());
        }
    }
}
