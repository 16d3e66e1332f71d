package org.reservoir.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Reports computed at a projection watermark ({@code report_watermark}, bumped in the transaction of every write to what the
 * reports read — migration V9), kept while the watermark has not moved: a county's coverage or readiness is computed once
 * per change, not once per request. Bounded by weight (about one unit per village listed), least recently used out first.
 * Each instance keeps its own; the watermark lives in the database, so every instance sees another one's writes.
 */
@ApplicationScoped
public class ReportCache {

    static final long MAX_WEIGHT = 100_000;

    private final EntityManager em;
    private final Map<Object, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    public ReportCache(EntityManager em) {
        this.em = em;
    }

    private record Entry(long watermark, Object value, long weight) {
    }

    /** The projections' watermark now (read it before the data a report reads, so the data is at least that new). */
    public long watermark() {
        return ((Number) em.createNativeQuery("select value from report_watermark where id = 1").getSingleResult()).longValue();
    }

    /** The value kept for {@code key} at {@code watermark}, or computes and keeps it. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, long watermark, Supplier<T> compute, ToLongFunction<T> weigher) {
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null && e.watermark() == watermark) {
                return (T) e.value();
            }
        }
        T value = compute.get();
        long w = 1 + weigher.applyAsLong(value);
        synchronized (this) {
            Entry old = entries.get(key);
            if (old != null && old.watermark() > watermark) {
                return value;
            }
            if (old != null) {
                weight -= old.weight();
            }
            entries.put(key, new Entry(watermark, value, w));
            weight += w;
            for (Iterator<Entry> it = entries.values().iterator(); weight > MAX_WEIGHT && it.hasNext(); ) {
                Entry eldest = it.next();
                it.remove();
                weight -= eldest.weight();
            }
        }
        return value;
    }
}
