package org.reservoir.infrastructure.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.reservoir.infrastructure.api.IdempotencyConfig;
import org.reservoir.infrastructure.events.ConsumerConfig;
import org.reservoir.infrastructure.events.OutboxConfig;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one housekeeping pass, every {@code reservoir.housekeeping.interval}: deletes bookkeeping rows that outlived
 * their purpose — {@code outbox_event} rows sent longer than {@code reservoir.outbox.retention} ago,
 * {@code processed_event} rows after {@code reservoir.consumer.processed-retention} and {@code idempotency_record}
 * rows after {@code reservoir.idempotency.retention}, and a service's own rows named by its {@link Retention} beans
 * (e.g. report files). "Now" is the injected {@link Clock}. Rows go in bounded batches, so a large backlog never becomes one
 * long transaction. Every instance may run it: deleting what another instance already deleted is harmless.
 */
@ApplicationScoped
public class RetentionPurge {

    /** The scheduled pass's identity, for {@code io.quarkus.scheduler.Scheduler}. */
    public static final String SCHEDULE = "reservoir-housekeeping";
    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);
    private static final int BATCH = 5000;

    private final EntityManager em;
    private final MeterRegistry registry;
    private final OutboxConfig outbox;
    private final ConsumerConfig consumer;
    private final IdempotencyConfig idempotency;
    private final HousekeepingConfig housekeeping;
    private final Instance<Retention> retentions;
    private final Clock clock;

    public RetentionPurge(EntityManager em, MeterRegistry registry, OutboxConfig outbox, ConsumerConfig consumer,
                          IdempotencyConfig idempotency, HousekeepingConfig housekeeping, @Any Instance<Retention> retentions, Clock clock) {
        this.em = em;
        this.registry = registry;
        this.outbox = outbox;
        this.consumer = consumer;
        this.idempotency = idempotency;
        this.housekeeping = housekeeping;
        this.retentions = retentions;
        this.clock = clock;
    }

    @Scheduled(identity = SCHEDULE, every = "${reservoir.housekeeping.interval}", delayed = "${reservoir.housekeeping.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            LOG.debugf("housekeeping deleted %s", purge());
        } catch (RuntimeException e) {
            LOG.warnf("housekeeping failed, next pass in %s: %s", housekeeping.interval(), e.getMessage());
        }
    }

    /** Deletes what is older than its retention now; returns rows deleted per table. */
    public Map<String, Integer> purge() {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("outbox_event", purge("outbox_event", "sent_at", outbox.retention()));
        deleted.put("processed_event", purge("processed_event", "processed_at", consumer.processedRetention()));
        deleted.put("idempotency_record", purge("idempotency_record", "created_at", idempotency.retention()));
        retentions.forEach(r -> deleted.merge(r.table(), purge(r.table(), r.column(), r.retention()), Integer::sum));
        return deleted;
    }

    private int purge(String table, String column, Duration retention) {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(retention));
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
}
