package org.reservoir.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * Transaction-scoped PostgreSQL advisory locks. Requests that must not race on one key (an Idempotency-Key,
 * a person in a county, a campaign's quota) take the lock first: later ones wait until the holder's
 * transaction ends, then see what it committed.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Blocks until this transaction holds the lock named by {@code parts}; released at commit or rollback. */
    public static void lock(EntityManager em, String... parts) {
        // No flush: taking a lock must not write the caller's pending changes early.
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))").setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, String.join("\u001f", parts)).getSingleResult();
    }
}
