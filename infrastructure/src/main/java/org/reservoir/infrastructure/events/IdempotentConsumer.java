package org.reservoir.infrastructure.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.reservoir.infrastructure.api.CorrelationId;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the topics of the service's {@link EventHandler}s with at-least-once delivery and applies each
 * event exactly once: the event id goes into {@code processed_event} in the handler's transaction.
 * The events of one poll (up to {@code reservoir.consumer.batch-size}) are applied in order in one transaction,
 * which records all their ids; offsets are committed only after that commit. When the batch fails, it is rolled back
 * and its events are applied again one transaction each, so only the failing event is affected: it is retried a
 * bounded number of times, then sent to {@code <topic>.dlt} with the reason and its origin in headers, so a poison
 * message neither blocks its partition nor disappears; a {@link RefusedEvent}, or data that does not parse or fit, goes
 * there at once. A failure of the database rather than of the event (connection refused or lost, no pooled connection
 * in time, serialization failure, deadlock: {@link TransientFailures}; or any failure while the database does not
 * answer) is an outage: nothing is retried one by one or dead-lettered; the unfinished events are read again after a
 * pause that grows while the outage lasts ({@code reservoir.consumer.outage-backoff}, doubling to 30 s). Offsets are committed without waiting for the
 * broker: the database, not the offset, says what was applied, so an offset commit lost to a crash only brings back
 * events {@code processed_event} skips. The consumer loop is supervised: if it dies on an unexpected error it is
 * restarted with back-off from the last committed offsets, and {@link #health()} reports it to readiness until it has
 * recovered.
 */
@ApplicationScoped
public class IdempotentConsumer {

    public static final String DLT_SUFFIX = ".dlt";
    /** A dead letter's reason header stays readable (a database message can quote a whole value). */
    private static final int MAX_REASON = 500;
    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final Instance<EventHandler> handlers;
    private final KafkaSettings kafka;
    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final EventTracing tracing;
    private final String group;
    private final ConsumerConfig config;

    private final Map<String, List<EventHandler>> byTopic = new HashMap<>();
    private final Map<String, AtomicLong> lagByTopic = new ConcurrentHashMap<>();
    private final AtomicLong restarts = new AtomicLong();
    private final AtomicLong outagePauses = new AtomicLong();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private KafkaProducer<String, byte[]> deadLetters;
    private Thread worker;
    private volatile boolean running;
    private volatile Health health = new Health(Health.State.STARTING, 0, null);
    private volatile long lifetimeStartedNanos;
    private long lagMeasuredNanos;

    /** What readiness reports: the loop's state, how often it was restarted and the last failure. */
    public record Health(State state, long restarts, String lastFailure) {
        /** PAUSED: the loop is alive but waits for the database to come back (an outage, not the loop's failure). */
        public enum State { STARTING, RUNNING, PAUSED, RESTARTING, RECOVERING, STOPPED }

        /** Ready unless the loop died and has not yet shown it works again. */
        public boolean ready() {
            return state != State.RESTARTING && state != State.RECOVERING;
        }
    }

    public IdempotentConsumer(@Any Instance<EventHandler> handlers, KafkaSettings kafka, EntityManager em, AgroalDataSource dataSource,
                              ObjectMapper mapper, MeterRegistry registry, EventTracing tracing,
                              @ConfigProperty(name = "quarkus.application.name") String application,
                              ConsumerConfig config) {
        this.handlers = handlers;
        this.kafka = kafka;
        this.em = em;
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.registry = registry;
        this.tracing = tracing;
        this.group = config.group().orElse(application);
        this.config = config;
    }

    /** The consumer group, e.g. {@code reporting-service}. */
    public String group() {
        return group;
    }

    /** The topics read, empty when the service has no handler. */
    public Set<String> topics() {
        return Set.copyOf(byTopic.keySet());
    }

    public Health health() {
        return health;
    }

    void start(@Observes StartupEvent event) {
        handlers.forEach(h -> h.topics().forEach(topic -> byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(h)));
        if (byTopic.isEmpty()) {
            return;
        }
        registerMeters();
        deadLetters = new KafkaProducer<>(kafka.clientConfig(Map.of("acks", "all", "enable.idempotence", true,
                "max.block.ms", 10000, "request.timeout.ms", 10000, "delivery.timeout.ms", 30000)), new StringSerializer(), new ByteArraySerializer());
        running = true;
        worker = new Thread(this::supervise, "event-consumer-" + group);
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            wakeup();
            try {
                worker.join(10000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    /** Counters exist from the start (at 0), so dashboards and alerts see them before the first increment. */
    private void registerMeters() {
        for (String topic : byTopic.keySet()) {
            for (String name : List.of("reservoir.events.consumed", "reservoir.events.retried", "reservoir.events.dead.lettered",
                    "reservoir.events.duplicates")) {
                counter(name, topic);
            }
            AtomicLong lag = lagByTopic.computeIfAbsent(topic, t -> new AtomicLong());
            Gauge.builder("reservoir.events.consumer.lag", lag, AtomicLong::get).tag("topic", topic).tag("group", group)
                    .description("Events on the partitions this instance holds that the group has not committed yet").register(registry);
        }
        Gauge.builder("reservoir.events.consumer.up", this, c -> c.health.ready() ? 1 : 0).tag("group", group)
                .description("1 while the consumer loop runs, 0 while it is being restarted after dying").register(registry);
        FunctionCounter.builder("reservoir.events.consumer.restarts", restarts, AtomicLong::get).tag("group", group)
                .description("Times the consumer loop died unexpectedly and was restarted").register(registry);
        FunctionCounter.builder("reservoir.events.consumer.outage.pauses", outagePauses, AtomicLong::get).tag("group", group)
                .description("Times the consumer paused because the database was unavailable (nothing dead-lettered)").register(registry);
    }

    /** Runs the loop; when it dies while the service runs, restarts it with exponential back-off from the committed offsets. */
    private void supervise() {
        long backoff = config.restartBackoff().toMillis();
        while (running) {
            lifetimeStartedNanos = System.nanoTime();
            try {
                run();
                if (!running) {
                    break;
                }
                throw new IllegalStateException("consumer loop ended while running");
            } catch (Throwable e) {
                if (!running) {
                    break;
                }
                if (Duration.ofNanos(System.nanoTime() - lifetimeStartedNanos).compareTo(config.healthyAfter()) > 0) {
                    backoff = config.restartBackoff().toMillis();
                }
                health = new Health(Health.State.RESTARTING, restarts.incrementAndGet(), OutboxRelay.rootMessage(e));
                LOG.errorf(e, "event consumer %s died; restart %d in %d ms", group, restarts.get(), backoff);
                pause(backoff);
                backoff = Math.min(backoff * 2, 30000);
            }
        }
        health = new Health(Health.State.STOPPED, restarts.get(), health.lastFailure());
    }

    private void run() {
        consumer = new KafkaConsumer<>(kafka.clientConfig(Map.of(
                "group.id", group,
                "enable.auto.commit", false,
                "auto.offset.reset", "earliest",
                "max.poll.records", config.batchSize())), new StringDeserializer(), new ByteArrayDeserializer());
        lagMeasuredNanos = 0;
        long outageBackoff = config.outageBackoff().toMillis();
        try {
            awaitTopics();
            consumer.subscribe(byTopic.keySet());
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                measureLag();
                if (records.isEmpty()) {
                    polledWithoutDying();
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
                for (ConsumerRecord<String, byte[]> record : records) {
                    batch.add(record);
                    done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                }
                try {
                    processBatch(batch);
                } catch (Outage outage) {
                    // Read the unfinished events again after the pause (polling on keeps the group membership).
                    outage.resumeAt().forEach(consumer::seek);
                    outagePauses.incrementAndGet();
                    health = new Health(Health.State.PAUSED, restarts.get(), OutboxRelay.rootMessage(outage.getCause()));
                    LOG.warnf("event consumer %s paused for %d ms, the database is unavailable: %s", group, outageBackoff,
                            OutboxRelay.rootMessage(outage.getCause()));
                    pause(outageBackoff);
                    outageBackoff = Math.min(outageBackoff * 2, 30000);
                    continue;
                }
                outageBackoff = config.outageBackoff().toMillis();
                consumer.commitAsync(done, (offsets, e) -> {
                    if (e != null) {
                        LOG.debugf("offsets of consumer %s not committed (the events are read again and skipped): %s", group, e.getMessage());
                    }
                });
                health = new Health(Health.State.RUNNING, restarts.get(), health.lastFailure());
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** After a restart the loop counts as recovered once it committed a batch or ran {@code healthy-after} without dying. */
    private void polledWithoutDying() {
        Health h = health;
        if (h.state() == Health.State.STARTING
                || Duration.ofNanos(System.nanoTime() - lifetimeStartedNanos).compareTo(config.healthyAfter()) > 0) {
            health = new Health(Health.State.RUNNING, h.restarts(), h.lastFailure());
        } else if (h.state() == Health.State.RESTARTING) {
            health = new Health(Health.State.RECOVERING, h.restarts(), h.lastFailure());
        }
    }

    /** Lag against the group's committed offsets (not the fetch position), for the partitions this instance holds. */
    private void measureLag() {
        if (lagMeasuredNanos != 0 && System.nanoTime() - lagMeasuredNanos < config.lagInterval().toNanos()) {
            return;
        }
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return;
        }
        lagMeasuredNanos = System.nanoTime();
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, Duration.ofSeconds(5));
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned, Duration.ofSeconds(5));
        Map<String, Long> lag = new HashMap<>();
        ends.forEach((tp, end) -> {
            OffsetAndMetadata c = committed.get(tp);
            lag.merge(tp.topic(), Math.max(0, end - (c == null ? 0 : c.offset())), Long::sum);
        });
        lagByTopic.forEach((topic, gauge) -> gauge.set(lag.getOrDefault(topic, 0L)));
    }

    private void wakeup() {
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            try {
                current.wakeup();
            } catch (RuntimeException e) {
                LOG.debugf("consumer %s not woken: %s", group, e.getMessage());
            }
        }
    }

    /** Sleeps in short steps so that shutdown is not held up by a long restart back-off. */
    private void pause(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (running && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Topics and their dead-letter topics are created before subscribing, retrying while Kafka is away. */
    private void awaitTopics() {
        Set<String> topics = new HashSet<>(byTopic.keySet());
        byTopic.keySet().forEach(t -> topics.add(t + DLT_SUFFIX));
        long backoff = 500;
        while (running) {
            try {
                kafka.ensureTopics(topics);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("consumer %s waiting for Kafka: %s", group, OutboxRelay.rootMessage(e));
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10000);
            }
        }
    }

    private record Readable(ConsumerRecord<String, byte[]> record, EventEnvelope envelope) {
    }

    /** The database is unavailable: the events from {@link #resumeAt} on (per partition) are to be read again later. */
    private static final class Outage extends RuntimeException {
        private final transient Map<TopicPartition, Long> resumeAt;

        Outage(Throwable cause, Map<TopicPartition, Long> resumeAt) {
            super(cause);
            this.resumeAt = resumeAt;
        }

        Map<TopicPartition, Long> resumeAt() {
            return resumeAt;
        }
    }

    /** Where each partition of {@code unfinished} (records in the order they were read) resumes. */
    private static Map<TopicPartition, Long> firstOffsets(List<ConsumerRecord<String, byte[]>> unfinished) {
        Map<TopicPartition, Long> first = new HashMap<>();
        unfinished.forEach(r -> first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset()));
        return first;
    }

    /**
     * An outage when the failure says so, or when the database does not answer now: a failure while it is away (e.g.
     * at commit, wrapped beyond recognition) is not the event's fault either.
     */
    private boolean outage(RuntimeException e) {
        return TransientFailures.isTransient(e) || (refusal(e).isEmpty() && !databaseAnswers());
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Applies a poll's events in one transaction; unreadable ones are dead-lettered first (they never reach a handler).
     * Should the batch fail, nothing of it stays and each event is applied on its own, with retries and dead-lettering
     * for the one that fails. An event alone takes the one-event path at once.
     */
    private void processBatch(List<ConsumerRecord<String, byte[]>> records) {
        List<Readable> readable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope envelope = read(record);
            if (envelope != null) {
                readable.add(new Readable(record, envelope));
            }
        }
        if (readable.size() > 1) {
            try {
                applyBatch(readable);
                return;
            } catch (RuntimeException e) {
                rethrowError(e);
                if (outage(e)) {
                    throw new Outage(e, firstOffsets(readable.stream().map(Readable::record).toList()));
                }
                LOG.infof("a batch of %d events failed (%s); applying them one by one", readable.size(), OutboxRelay.rootMessage(e));
            }
        }
        for (int i = 0; i < readable.size(); i++) {
            try {
                process(readable.get(i).record(), readable.get(i).envelope());
            } catch (Outage outage) {
                throw new Outage(outage.getCause(), firstOffsets(readable.subList(i, readable.size()).stream().map(Readable::record).toList()));
            }
        }
    }

    /** The envelope, or null when the record is not a readable event (then it is dead-lettered at once). */
    private EventEnvelope read(ConsumerRecord<String, byte[]> record) {
        try {
            EventEnvelope envelope = mapper.readValue(record.value(), EventEnvelope.class);
            if (envelope.id() == null || envelope.type() == null) {
                throw new IllegalArgumentException("envelope without id or type");
            }
            UUID.fromString(envelope.id());
            return envelope;
        } catch (Exception e) {
            deadLetter(record, "unreadable event: " + OutboxRelay.rootMessage(e), 0);
            return null;
        }
    }

    /**
     * One transaction: every id recorded with one statement, then each fresh event handled in order (an id seen before,
     * or twice in the batch, is handled once), then {@link EventHandler#afterBatch} of each handler that handled one (also
     * whenever the topic changes within the batch).
     * Counters move only after the commit.
     */
    private void applyBatch(List<Readable> batch) {
        Map<String, Integer> consumed = new HashMap<>();
        Map<String, Integer> duplicates = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            consumed.clear();
            duplicates.clear();
            Set<UUID> fresh = recordProcessed(batch);
            Set<EventHandler> used = new LinkedHashSet<>();
            String previousTopic = null;
            for (Readable r : batch) {
                String topic = r.record().topic();
                if (!topic.equals(previousTopic)) {
                    // Work a handler deferred is done before an event of another topic, whose handler may read it (a
                    // candidate's village among the regions of the same poll): the batch reads as its events one by one.
                    afterBatch(used);
                    previousTopic = topic;
                }
                if (!fresh.remove(UUID.fromString(r.envelope().id()))) {
                    duplicates.merge(topic, 1, Integer::sum);
                    continue;
                }
                EventEnvelope envelope = r.envelope();
                MDC.put(CorrelationId.MDC_KEY, envelope.correlationid() == null ? envelope.id() : envelope.correlationid());
                try (var span = tracing.consume(topic, envelope)) {
                    for (EventHandler handler : byTopic.get(topic)) {
                        handler.handle(envelope);
                        used.add(handler);
                    }
                    // Each event starts with an empty session, as in a transaction of its own: an entity loaded for one
                    // event is never a stale copy of a row a later event's SQL changed.
                    em.flush();
                    em.clear();
                } finally {
                    MDC.remove(CorrelationId.MDC_KEY);
                }
                consumed.merge(topic, 1, Integer::sum);
            }
            afterBatch(used);
        });
        consumed.forEach((topic, n) -> counter("reservoir.events.consumed", topic).increment(n));
        duplicates.forEach((topic, n) -> counter("reservoir.events.duplicates", topic).increment(n));
    }

    /** {@link EventHandler#afterBatch} of each handler used since the last call, in the order they were first used. */
    private static void afterBatch(Set<EventHandler> used) {
        for (EventHandler handler : used) {
            handler.afterBatch();
        }
        used.clear();
    }

    /** Inserts the batch's event ids into {@code processed_event}; returns those that were not there before. */
    private Set<UUID> recordProcessed(List<Readable> batch) {
        UUID[] ids = new UUID[batch.size()];
        String[] topics = new String[batch.size()];
        String[] types = new String[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            ids[i] = UUID.fromString(batch.get(i).envelope().id());
            topics[i] = batch.get(i).record().topic();
            types[i] = batch.get(i).envelope().type();
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into processed_event (consumer, event_id, topic, event_type)"
                    + " select ?, e.id, e.topic, e.type from unnest(?, ?, ?) as e(id, topic, type) on conflict do nothing returning event_id")) {
                s.setString(1, group);
                s.setArray(2, c.createArrayOf("uuid", ids));
                s.setArray(3, c.createArrayOf("text", topics));
                s.setArray(4, c.createArrayOf("text", types));
                Set<UUID> fresh = new HashSet<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        fresh.add(r.getObject(1, UUID.class));
                    }
                }
                return fresh;
            }
        });
    }

    private void process(ConsumerRecord<String, byte[]> record, EventEnvelope envelope) {
        MDC.put(CorrelationId.MDC_KEY, envelope.correlationid() == null ? envelope.id() : envelope.correlationid());
        try {
            String lastFailure = null;
            for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
                try {
                    applyOnce(record.topic(), envelope);
                    counter("reservoir.events.consumed", record.topic()).increment();
                    return;
                } catch (RuntimeException e) {
                    if (outage(e)) {
                        throw new Outage(e, Map.of());
                    }
                    Optional<String> refused = refusal(e);
                    if (refused.isPresent()) {
                        deadLetter(record, "refused: " + refused.get(), attempt);
                        return;
                    }
                    lastFailure = OutboxRelay.rootMessage(e);
                    LOG.warnf("event %s (%s) failed attempt %d/%d: %s", envelope.id(), envelope.type(), attempt, config.maxAttempts(), lastFailure);
                    if (attempt < config.maxAttempts()) {
                        counter("reservoir.events.retried", record.topic()).increment();
                        sleep(config.retryBackoff().toMillis() * attempt);
                    }
                }
            }
            deadLetter(record, "handler failed " + config.maxAttempts() + " times: " + lastFailure, config.maxAttempts());
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }

    /**
     * Why no retry can apply the event, if none can: the handler refused it, or its data does not parse or fit (an
     * IllegalArgumentException such as a malformed UUID or number, a DateTimeException, or PostgreSQL's data exception
     * class 22, such as a value too long for its column). Found wherever in the cause chain the transaction put it.
     */
    private static Optional<String> refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RefusedEvent r) {
                return Optional.of(r.getMessage());
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof DateTimeException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                String reason = "malformed data: " + t.getClass().getSimpleName() + ": " + t.getMessage();
                return Optional.of(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
            }
        }
        return Optional.empty();
    }

    /**
     * An Error (out of memory, stack overflow, linkage) says nothing about the event: it is not retried or
     * dead-lettered but ends the loop, which the supervisor restarts to read the event again.
     */
    private void applyOnce(String topic, EventEnvelope envelope) {
        try (var span = tracing.consume(topic, envelope)) {
            applyInTransaction(topic, envelope);
        } catch (RuntimeException e) {
            rethrowError(e);
            throw e;
        }
    }

    private static void rethrowError(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Error error) {
                throw error;
            }
        }
    }

    private void applyInTransaction(String topic, EventEnvelope envelope) {
        QuarkusTransaction.requiringNew().run(() -> {
            int fresh = em.createNativeQuery("insert into processed_event (consumer, event_id, topic, event_type) values (?1, ?2, ?3, ?4) "
                            + "on conflict do nothing")
                    .setParameter(1, group).setParameter(2, UUID.fromString(envelope.id()))
                    .setParameter(3, topic).setParameter(4, envelope.type())
                    .executeUpdate();
            if (fresh == 0) {
                counter("reservoir.events.duplicates", topic).increment();
                return;
            }
            for (EventHandler handler : byTopic.get(topic)) {
                handler.handle(envelope);
            }
            for (EventHandler handler : byTopic.get(topic)) {
                handler.afterBatch();
            }
        });
    }

    /** Blocks until the dead-letter topic acknowledged the message: it must not be lost. */
    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason, int attempts) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add("dlt.reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dlt.origin.topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dlt.origin.partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dlt.origin.offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        headers.add("dlt.consumer.group", group.getBytes(StandardCharsets.UTF_8));
        headers.add("dlt.attempts", Integer.toString(attempts).getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(record.topic() + DLT_SUFFIX, null, record.key(), record.value(), headers);
        long backoff = 500;
        while (running) {
            try {
                deadLetters.send(letter).get(30, TimeUnit.SECONDS);
                counter("reservoir.events.dead.lettered", record.topic()).increment();
                LOG.errorf("dead-lettered %s[%d]@%d: %s", record.topic(), record.partition(), record.offset(), reason);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering", e);
            } catch (Exception e) {
                LOG.warnf("dead-letter topic unreachable, retrying: %s", OutboxRelay.rootMessage(e));
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10000);
            }
        }
        // Shutting down: the offset stays uncommitted, so the message is read again on the next start.
        throw new IllegalStateException("stopped before " + record.topic() + "@" + record.offset() + " was dead-lettered");
    }

    private Counter counter(String name, String topic) {
        return Counter.builder(name).tag("topic", topic).tag("group", group).register(registry);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
