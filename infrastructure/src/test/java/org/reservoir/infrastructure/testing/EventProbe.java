package org.reservoir.infrastructure.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads what really reached a Kafka topic, and writes raw messages to one, for assertions in tests. */
public final class EventProbe {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private EventProbe() {
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** A record as read: key, headers as strings, and the raw value. */
    public record Message(String key, Map<String, String> headers, byte[] value) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** All messages on {@code topic} (from the beginning) matching {@code filter}, once at least {@code expected} arrived or time ran out. */
    public static List<Message> read(String topic, Predicate<Message> filter, int expected, Duration timeout) {
        List<Message> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrapServers(), "enable.auto.commit", false,
                "group.id", "probe-" + System.nanoTime()), new StringDeserializer(), new ByteArrayDeserializer())) {
            Instant deadline = Instant.now().plus(timeout);
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.partitionsFor(topic, Duration.ofSeconds(5)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (found.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new java.util.HashMap<>();
                    r.headers().forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
                    Message m = new Message(r.key(), headers, r.value());
                    if (filter.test(m)) {
                        found.add(m);
                    }
                }
            }
        }
        return found;
    }

    /** Events (parsed envelopes) on {@code topic} whose subject is {@code subject}. */
    public static List<JsonNode> events(String topic, String subject, int expected, Duration timeout) {
        return read(topic, m -> subject.equals(m.key()), expected, timeout).stream().map(Message::json).toList();
    }

    /** A CloudEvents envelope as the services write it, for tests that play another service's part. */
    public static String envelope(String id, String type, String subject, String dataJson) {
        return """
                {"id":"%s","specversion":"1.0","type":"%s","source":"/reservoir/test","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","correlationid":"test","data":%s}""".formatted(id, type, subject, Instant.now(), dataJson);
    }

    /** Sends {@link #envelope} to {@code topic} under {@code key}. */
    public static void publish(String topic, String key, String id, String type, String subject, String dataJson) {
        send(topic, key, envelope(id, type, subject, dataJson).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static void send(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers(), "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }
}
