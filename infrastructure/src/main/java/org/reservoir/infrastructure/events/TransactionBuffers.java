package org.reservoir.infrastructure.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists kept for the current transaction only, for a handler that gathers its events in {@link EventHandler#handle} and
 * writes them in {@link EventHandler#afterBatch}: a batch rolled back takes its list with it, so the one-by-one replay that
 * follows starts empty.
 */
@ApplicationScoped
public class TransactionBuffers {

    private final TransactionSynchronizationRegistry registry;

    public TransactionBuffers(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /** The list kept under {@code key} in the current transaction, created empty on first use. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(Object key) {
        List<T> list = (List<T>) registry.getResource(key);
        if (list == null) {
            list = new ArrayList<>();
            registry.putResource(key, list);
        }
        return list;
    }

    /** What the list holds now, leaving it empty. */
    public <T> List<T> take(Object key) {
        List<T> list = list(key);
        List<T> taken = new ArrayList<>(list);
        list.clear();
        return taken;
    }
}
