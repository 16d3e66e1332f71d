package org.reservoir.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import java.util.Collection;

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

    /**
     * {@link #lock} of {@code leading} + each of {@code lasts} (the same locks as one call each), in one statement. They are
     * taken in the order of their lock numbers, so two transactions locking overlapping sets cannot deadlock.
     */
    public static void lockAll(EntityManager em, Collection<String> lasts, String... leading) {
        if (lasts.isEmpty()) {
            return;
        }
        String prefix = leading.length == 0 ? "" : String.join("\u001f", leading) + "\u001f";
        String[] names = lasts.stream().map(last -> prefix + last).toArray(String[]::new);
        em.createNativeQuery("select count(pg_advisory_xact_lock(h)) from (select distinct hashtextextended(n, 0) h"
                        + " from unnest(?1) n order by h offset 0) s").setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, names).getSingleResult();
    }
}
