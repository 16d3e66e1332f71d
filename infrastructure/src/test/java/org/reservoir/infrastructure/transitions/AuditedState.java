package org.reservoir.infrastructure.transitions;

/**
 * For domain tests without a database: puts an aggregate in a given status and version, and bumps the version as the
 * flush after a transition would ({@code journal.runner(() -> AuditedState.flushed(c))}).
 */
public final class AuditedState {

    private AuditedState() {
    }

    public static <S extends Enum<S>, A extends AuditedEntity<S>> A set(A aggregate, S status, long version) {
        aggregate.status = status;
        aggregate.version = version;
        return aggregate;
    }

    public static void flushed(AuditedEntity<?> aggregate) {
        aggregate.version++;
    }
}
