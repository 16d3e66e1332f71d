package org.reservoir.infrastructure.transitions;

import java.time.OffsetDateTime;

/** An aggregate the {@link TransitionRunner} moves: its state, its version, the division it belongs to. */
public interface Audited<S> {

    S state();

    long version();

    /** The division code jurisdiction is checked against. */
    String jurisdiction();

    /** Sets the new state and the time of the change; the runner flushes, so {@code @Version} moves. */
    void moveTo(S state, OffsetDateTime at);
}
