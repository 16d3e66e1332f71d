package org.reservoir.infrastructure.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Transaction-scoped PostgreSQL advisory locks. Requests that must not race on one key (an Idempotency-Key,
 * a person in a county, a campaign's quota) take the lock first: later ones wait until the holder's
 * transaction ends, then see what it committed.
 * <p>
 * A lock this transaction already holds is not asked for again: it is held until the transaction ends, and a consumer
 * batch asks once per event (assessment's appraisal scope, per county: a quarter of its consumer's CPU during a
 * 10,000-row import went to repeating one lock).
 */
public final class AdvisoryLocks {

    private static final String HELD = AdvisoryLocks.class.getName() + ".held";
    private static final String SEPARATOR = "\u001f";

    private AdvisoryLocks() {
    }

    /** Blocks until this transaction holds the lock named by {@code parts}; released at commit or rollback. */
    public static void lock(EntityManager em, String... parts) {
        String name = String.join(SEPARATOR, parts);
        Set<String> held = heldByThisTransaction();
        if (held != null && held.contains(name)) {
            return;
        }
        // No flush: taking a lock must not write the caller's pending changes early.
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))").setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, name).getSingleResult();
        if (held != null) {
            held.add(name);
        }
    }

    /**
     * {@link #lock} of {@code leading} + each of {@code lasts} (the same locks as one call each), in one statement. They are
     * taken in the order of their lock numbers, so two transactions locking overlapping sets cannot deadlock.
     */
    public static void lockAll(EntityManager em, Collection<String> lasts, String... leading) {
        if (lasts.isEmpty()) {
            return;
        }
        String prefix = leading.length == 0 ? "" : String.join(SEPARATOR, leading) + SEPARATOR;
        List<String> names = lasts.stream().map(last -> prefix + last).toList();
        em.createNativeQuery("select count(pg_advisory_xact_lock(h)) from (select distinct hashtextextended(n, 0) h"
                        + " from unnest(?1) n order by h offset 0) s").setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, names.toArray(String[]::new)).getSingleResult();
        Set<String> held = heldByThisTransaction();
        if (held != null) {
            held.addAll(names);
        }
    }

    /** The names this transaction has locked, kept with the JTA transaction; null outside an active one (nothing is remembered). */
    @SuppressWarnings("unchecked")
    private static Set<String> heldByThisTransaction() {
        ArcContainer container = Arc.container();
        if (container == null) {
            return null;
        }
        InstanceHandle<TransactionSynchronizationRegistry> handle = container.instance(TransactionSynchronizationRegistry.class);
        if (!handle.isAvailable()) {
            return null;
        }
        TransactionSynchronizationRegistry registry = handle.get();
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Set<String> held = (Set<String>) registry.getResource(HELD);
        if (held == null) {
            held = new HashSet<>();
            registry.putResource(HELD, held);
        }
        return held;
    }
}
