package org.reservoir.infrastructure.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes bookkeeping rows that outlived their purpose, every {@code reservoir.housekeeping.interval}:
 * {@code processed_event} rows after {@code reservoir.consumer.processed-retention} (keep it longer than events can
 * be redelivered or replayed from a dead-letter topic, or a replay could apply an event twice) and
 * {@code idempotency_record} rows after {@code reservoir.idempotency.retention} (an Idempotency-Key is honoured that long).
 * Rows go in bounded batches, so a large backlog never becomes one long transaction.
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);
    private static final int BATCH = 5000;

    private final EntityManager em;
    private final MeterRegistry registry;
    private final Duration processedRetention;
    private final Duration idempotencyRetention;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public RetentionPurge(EntityManager em, MeterRegistry registry,
                          @ConfigProperty(name = "reservoir.consumer.processed-retention", defaultValue = "P45D") Duration processedRetention,
                          @ConfigProperty(name = "reservoir.idempotency.retention", defaultValue = "P7D") Duration idempotencyRetention,
                          @ConfigProperty(name = "reservoir.housekeeping.interval", defaultValue = "PT1H") Duration interval) {
        this.em = em;
        this.registry = registry;
        this.processedRetention = processedRetention;
        this.idempotencyRetention = idempotencyRetention;
        this.interval = interval;
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention-purge");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Deletes what is older than its retention now; returns rows deleted per table. */
    public Map<String, Integer> purge() {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("processed_event", purge("processed_event", "processed_at", processedRetention));
        deleted.put("idempotency_record", purge("idempotency_record", "created_at", idempotencyRetention));
        return deleted;
    }

    private int purge(String table, String column, Duration retention) {
        Timestamp cutoff = Timestamp.from(Instant.now().minus(retention));
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from " + table + " where ctid in (select ctid from "
                    + table + " where " + column + " < ?1 limit " + BATCH + ")").setParameter(1, cutoff).executeUpdate());
            total += batch;
        } while (batch == BATCH);
        Counter.builder("reservoir.housekeeping.purged").tag("table", table).description("Rows deleted after their retention")
                .register(registry).increment(total);
        return total;
    }

    private void purgeQuietly() {
        try {
            Map<String, Integer> deleted = purge();
            LOG.debugf("retention purge deleted %s", deleted);
        } catch (RuntimeException e) {
            LOG.warnf("retention purge failed, next try in %s: %s", interval, e.getMessage());
        }
    }
}
