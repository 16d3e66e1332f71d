package org.reservoir.launcher;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./reservoir dlt replay <topic>}: sends the messages of {@code <topic>.dlt} back to the topic they came from
 * ({@code dlt.origin.topic}), once the cause of their failure is fixed. The replay group {@value #GROUP} commits its
 * progress, so a second replay sends only letters that arrived since. A message that several consumer groups
 * dead-lettered is sent once; consumers that already applied it skip it as a duplicate (their processed_event),
 * the others apply it. The replayed copy keeps key, value and headers, without the dlt.* headers, plus
 * {@code dlt.replayed-from} = {@code <dlt topic>/<partition>@<offset>}; it lands at the end of the topic, which
 * versioned snapshot projections handle like any late event.
 */
public final class DeadLetterReplay {

    public static final String GROUP = "reservoir-dlt-replay";
    public static final String SUFFIX = ".dlt";

    /** What one replay did: letters sent back, copies of an already-sent origin message skipped, letters without an origin. */
    public record Result(String deadLetterTopic, int replayed, int duplicateCopies, int withoutOrigin) {
    }

    private DeadLetterReplay() {
    }

    /** Replays every letter of {@code topic}'s dead-letter topic ({@code topic} may name either) present when the call starts. */
    public static Result replay(String bootstrapServers, String topic, Duration timeout) {
        String dlt = topic.endsWith(SUFFIX) ? topic : topic + SUFFIX;
        Map<String, Object> common = Map.of("bootstrap.servers", bootstrapServers, "request.timeout.ms", 10000, "default.api.timeout.ms", 15000);
        Map<String, Object> consumerConfig = new HashMap<>(common);
        consumerConfig.putAll(Map.of("group.id", GROUP, "enable.auto.commit", false, "auto.offset.reset", "earliest", "max.poll.records", 500));
        Map<String, Object> producerConfig = new HashMap<>(common);
        producerConfig.putAll(Map.of("acks", "all", "enable.idempotence", true, "delivery.timeout.ms", 30000, "max.block.ms", 15000));
        Instant deadline = Instant.now().plus(timeout);
        int replayed = 0;
        int duplicates = 0;
        int withoutOrigin = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(dlt, Duration.ofSeconds(15));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("no dead-letter topic " + dlt);
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(dlt, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Set<String> origins = new HashSet<>();
            while (!caughtUp(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("replay of " + dlt + " timed out after " + replayed + " messages; run it again to continue");
                }
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> letter : consumer.poll(Duration.ofMillis(500))) {
                    done.put(new TopicPartition(letter.topic(), letter.partition()), new OffsetAndMetadata(letter.offset() + 1));
                    String origin = header(letter, "dlt.origin.topic");
                    if (origin == null || origin.endsWith(SUFFIX)) {
                        withoutOrigin++;
                        continue;
                    }
                    if (!origins.add(origin + "/" + header(letter, "dlt.origin.partition") + "@" + header(letter, "dlt.origin.offset"))) {
                        duplicates++;
                        continue;
                    }
                    RecordHeaders headers = new RecordHeaders();
                    for (Header h : letter.headers()) {
                        if (!h.key().startsWith("dlt.")) {
                            headers.add(h);
                        }
                    }
                    headers.add("dlt.replayed-from", (dlt + "/" + letter.partition() + "@" + letter.offset()).getBytes(StandardCharsets.UTF_8));
                    acks.add(producer.send(new ProducerRecord<>(origin, null, letter.key(), letter.value(), headers)));
                    replayed++;
                }
                producer.flush();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay of " + dlt + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("replay of " + dlt + " could not send: " + e.getMessage(), e);
        }
        return new Result(dlt, replayed, duplicates, withoutOrigin);
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static String header(ConsumerRecord<?, ?> record, String key) {
        Header h = record.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
