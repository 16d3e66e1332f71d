package org.reservoir.infrastructure.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.reservoir.infrastructure.api.CorrelationId;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Reads the topics of the service's {@link EventHandler}s with at-least-once delivery and applies each
 * event exactly once: the event id goes into {@code processed_event} in the handler's transaction.
 * Offsets are committed only after that commit. A failing event is retried a bounded number of
 * times, then sent to {@code <topic>.dlt} with the reason and its origin in headers, so a poison
 * message neither blocks its partition nor disappears; a {@link RefusedEvent} goes there at once.
 */
@ApplicationScoped
public class IdempotentConsumer {

    public static final String DLT_SUFFIX = ".dlt";
    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final Instance<EventHandler> handlers;
    private final KafkaSettings kafka;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final String group;
    private final int maxAttempts;
    private final Duration retryBackoff;

    private final Map<String, List<EventHandler>> byTopic = new HashMap<>();
    private KafkaConsumer<String, byte[]> consumer;
    private KafkaProducer<String, byte[]> deadLetters;
    private Thread worker;
    private volatile boolean running;

    public IdempotentConsumer(@Any Instance<EventHandler> handlers, KafkaSettings kafka, EntityManager em, ObjectMapper mapper,
                              MeterRegistry registry,
                              @ConfigProperty(name = "quarkus.application.name") String application,
                              @ConfigProperty(name = "reservoir.consumer.group") Optional<String> group,
                              @ConfigProperty(name = "reservoir.consumer.max-attempts", defaultValue = "5") int maxAttempts,
                              @ConfigProperty(name = "reservoir.consumer.retry-backoff", defaultValue = "PT0.5S") Duration retryBackoff) {
        this.handlers = handlers;
        this.kafka = kafka;
        this.em = em;
        this.mapper = mapper;
        this.registry = registry;
        this.group = group.orElse(application);
        this.maxAttempts = maxAttempts;
        this.retryBackoff = retryBackoff;
    }

    void start(@Observes StartupEvent event) {
        handlers.forEach(h -> byTopic.computeIfAbsent(h.topic(), t -> new ArrayList<>()).add(h));
        if (byTopic.isEmpty()) {
            return;
        }
        consumer = new KafkaConsumer<>(kafka.clientConfig(Map.of(
                "group.id", group,
                "enable.auto.commit", false,
                "auto.offset.reset", "earliest",
                "max.poll.records", 200)), new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters = new KafkaProducer<>(kafka.clientConfig(Map.of("acks", "all", "enable.idempotence", true,
                "max.block.ms", 10000, "request.timeout.ms", 10000, "delivery.timeout.ms", 30000)), new StringSerializer(), new ByteArraySerializer());
        running = true;
        worker = new Thread(this::run, "event-consumer-" + group);
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            try {
                worker.join(10000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    private void run() {
        try {
            awaitTopics();
            consumer.subscribe(byTopic.keySet());
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    process(record);
                    done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                }
                consumer.commitSync(done);
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "event consumer %s stopped", group);
        } finally {
            consumer.close(Duration.ofSeconds(5));
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

    private void process(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope;
        try {
            envelope = mapper.readValue(record.value(), EventEnvelope.class);
            if (envelope.id() == null || envelope.type() == null) {
                throw new IllegalArgumentException("envelope without id or type");
            }
            UUID.fromString(envelope.id());
        } catch (Exception e) {
            deadLetter(record, "unreadable event: " + OutboxRelay.rootMessage(e), 0);
            return;
        }
        MDC.put(CorrelationId.MDC_KEY, envelope.correlationid() == null ? envelope.id() : envelope.correlationid());
        try {
            String lastFailure = null;
            for (int attempt = 1; attempt <= maxAttempts; attempt++) {
                try {
                    applyOnce(record.topic(), envelope);
                    counter("reservoir.events.consumed", record.topic()).increment();
                    return;
                } catch (RuntimeException e) {
                    Optional<RefusedEvent> refused = refusal(e);
                    if (refused.isPresent()) {
                        deadLetter(record, "refused: " + refused.get().getMessage(), attempt);
                        return;
                    }
                    lastFailure = OutboxRelay.rootMessage(e);
                    LOG.warnf("event %s (%s) failed attempt %d/%d: %s", envelope.id(), envelope.type(), attempt, maxAttempts, lastFailure);
                    if (attempt < maxAttempts) {
                        counter("reservoir.events.retried", record.topic()).increment();
                        sleep(retryBackoff.toMillis() * attempt);
                    }
                }
            }
            deadLetter(record, "handler failed " + maxAttempts + " times: " + lastFailure, maxAttempts);
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }

    /** A refusal will not change on retry, wherever in the cause chain the handler's transaction put it. */
    private static Optional<RefusedEvent> refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RefusedEvent r) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private void applyOnce(String topic, EventEnvelope envelope) {
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
