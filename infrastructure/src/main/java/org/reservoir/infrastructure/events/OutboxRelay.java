package org.reservoir.infrastructure.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moves committed outbox rows to Kafka, oldest first. Rows are marked sent only after the broker
 * acknowledged them, so a crash or an unreachable broker leads to a resend, never to a loss.
 * A transaction-scoped advisory lock makes one relay active per database at a time, which keeps the
 * per-aggregate order even when several instances of a service run; the others wait their turn.
 * The relay wakes up when an outbox insert commits (the {@value #CHANNEL} NOTIFY of migration V0_3, heard on a
 * connection of its own); its poll ({@code reservoir.outbox.relay.poll-interval}) is only the fallback for a
 * notification missed while that connection was being re-opened.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    static final String CHANNEL = "reservoir_outbox";

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final KafkaSettings kafka;
    private final MeterRegistry registry;
    private final OutboxConfig.Relay config;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final Set<String> knownTopics = new HashSet<>();
    private Counter relayed;
    private Producer<String, String> producer;
    private Thread worker;
    private volatile boolean running;
    private Instant lastRefresh = Instant.EPOCH;
    /** The worker's LISTEN connection; null until (re-)opened. */
    private Connection listener;

    public OutboxRelay(EntityManager em, AgroalDataSource dataSource, KafkaSettings kafka, MeterRegistry registry, OutboxConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.registry = registry;
        this.config = config.relay();
    }

    void start(@Observes StartupEvent event) {
        Gauge.builder("reservoir.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka").register(registry);
        Gauge.builder("reservoir.outbox.oldest.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest outbox event not yet acknowledged by Kafka").register(registry);
        relayed = Counter.builder("reservoir.outbox.relayed").description("Outbox events acknowledged by Kafka").register(registry);
        if (!config.enabled()) {
            return;
        }
        producer = new KafkaProducer<>(kafka.clientConfig(Map.of(
                "acks", "all",
                "enable.idempotence", true,
                // One request at a time: with several in flight, a first batch refused by a partition whose leader was not
                // ready yet (a topic just created) left the next ones failing out of order until the delivery timeout.
                // A relay batch rarely needs a second request: lz4 packs a candidate snapshot into ~230 bytes, and one
                // producer batch holds a partition's share of a relay batch.
                "max.in.flight.requests.per.connection", 1,
                "compression.type", "lz4",
                "batch.size", 256 * 1024,
                "max.block.ms", 5000,
                "request.timeout.ms", 5000,
                "delivery.timeout.ms", 15000,
                "linger.ms", 0)), new StringSerializer(), new StringSerializer());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void run() {
        Duration pollInterval = config.pollInterval();
        Duration backoff = pollInterval;
        while (running) {
            try {
                int sent = relayBatch();
                if (Instant.now().isAfter(lastRefresh.plusSeconds(2))) {
                    refreshBacklog();
                }
                backoff = pollInterval;
                if (sent < config.batchSize()) {
                    awaitCommit(pollInterval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeListener();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                LOG.warnf("outbox relay paused for %d ms: %s", backoff.toMillis(), rootMessage(e));
                closeListener();
                safeRefreshBacklog();
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        closeListener();
    }

    /**
     * Returns when an outbox insert has committed since the last call (a notification is queued on the listening
     * connection, so none is lost between a batch and this wait), or after {@code fallback}. A new listening connection
     * returns at once: rows may have been committed before it listened.
     */
    private void awaitCommit(Duration fallback) throws InterruptedException {
        try {
            if (listener == null) {
                Connection c = dataSource.getConnection();
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + CHANNEL);
                } catch (SQLException e) {
                    c.close();
                    throw e;
                }
                listener = c;
                return;
            }
            PGConnection pg = listener.unwrap(PGConnection.class);
            long until = System.nanoTime() + fallback.toNanos();
            // Short waits, so that shutdown does not wait for a long fallback to pass.
            for (long left = fallback.toMillis(); running && left > 0; left = (until - System.nanoTime()) / 1_000_000) {
                PGNotification[] heard = pg.getNotifications((int) Math.min(left, 500));
                if (heard != null && heard.length > 0) {
                    return;
                }
            }
        } catch (SQLException e) {
            LOG.debugf("outbox relay not listening (%s); trying again", e.getMessage());
            closeListener();
            Thread.sleep(Math.min(fallback.toMillis(), 1000));
        }
    }

    private void closeListener() {
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException e) {
                LOG.debugf("outbox relay's listening connection not closed: %s", e.getMessage());
            }
            listener = null;
        }
    }

    /**
     * One batch in one transaction: lock and read, send, wait for every ack, mark sent. Returns how many were sent. The mark commits
     * without waiting for its WAL flush (synchronous_commit off for this transaction only): should the database lose it
     * in a crash, the rows are sent again and consumers skip them, while the next batch need not wait for the disk.
     */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            // One round trip: the leader's lock (no rows for a relay that does not get it), the commit setting and the rows.
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("with leader as (select pg_try_advisory_xact_lock(hashtext('reservoir.outbox.relay')) as held,"
                    + " set_config('synchronous_commit', 'off', true)) select o.id, o.topic, o.message_key, o.event_type, o.event_id, o.payload"
                    + " from leader, outbox_event o where leader.held and o.sent_at is null order by o.id limit ?1 for update of o skip locked")
                    .setParameter(1, config.batchSize()).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            ensureTopics(rows);
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            List<Long> ids = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                RecordHeaders headers = new RecordHeaders();
                headers.add("ce_id", row[4].toString().getBytes(StandardCharsets.UTF_8));
                headers.add("ce_type", ((String) row[3]).getBytes(StandardCharsets.UTF_8));
                headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(new ProducerRecord<>((String) row[1], null, (String) row[2], (String) row[5], headers)));
                ids.add(((Number) row[0]).longValue());
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(20, TimeUnit.SECONDS);
            }
            em.createNativeQuery("update outbox_event set sent_at = now() where id in (:ids)").setParameter("ids", ids).executeUpdate();
            relayed.increment(ids.size());
            return ids.size();
        });
    }

    private void ensureTopics(List<Object[]> rows) {
        Set<String> missing = new HashSet<>();
        for (Object[] row : rows) {
            if (!knownTopics.contains((String) row[1])) {
                missing.add((String) row[1]);
            }
        }
        if (!missing.isEmpty()) {
            kafka.ensureTopics(missing);
            knownTopics.addAll(missing);
        }
    }

    private void refreshBacklog() {
        Object[] stats = QuarkusTransaction.requiringNew().call(() ->
                (Object[]) em.createNativeQuery("select count(*), min(created_at) from outbox_event where sent_at is null").getSingleResult());
        lastRefresh = Instant.now();
        backlog.set(((Number) stats[0]).longValue());
        oldestAgeSeconds.set(stats[1] == null ? 0 : Duration.between(toInstant(stats[1]), Instant.now()).toSeconds());
    }

    private void safeRefreshBacklog() {
        try {
            refreshBacklog();
        } catch (RuntimeException e) {
            LOG.debugf("outbox backlog not refreshed: %s", e.getMessage());
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** The most characters of a failure's text kept: it reaches readiness (unauthenticated), dead-letter headers and logs. */
    static final int MESSAGE_LIMIT = 500;

    /** The innermost cause as "Type: message", cut at {@link #MESSAGE_LIMIT} characters (a driver's message can quote data). */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String text = t.getClass().getSimpleName() + ": " + t.getMessage();
        return text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT - 1) + "…";
    }
}
