package org.reservoir.launcher;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The relay's share of the propagation time: a plain consumer (no group, no commits) on recruitment's region topic that
 * notes when each region's first event arrives, so the bench can split write → projection into write → on Kafka (the
 * outbox relay) and on Kafka → projection (the services' consumers).
 */
final class RelayProbe implements AutoCloseable {

    static final String TOPIC = "recruitment.region.v1";

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Long> arrivedMicros = new ConcurrentHashMap<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread reader;

    RelayProbe(int kafkaPort) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<PartitionInfo> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10));
        List<TopicPartition> all = partitions.stream().map(i -> new TopicPartition(TOPIC, i.partition())).toList();
        consumer.assign(all);
        consumer.seekToEnd(all);
        all.forEach(consumer::position);
        reader = new Thread(() -> {
            while (!stop.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                    arrivedMicros.putIfAbsent(r.key(), epochMicros());
                }
            }
        }, "bench-relay-probe");
        reader.start();
    }

    /** When the first event of the region {@code code} was read from Kafka (epoch microseconds), or null. */
    Long arrived(String code) {
        return arrivedMicros.get(code);
    }

    /** Waits until the first event of every region in {@code codes} was read, or {@code atMost} passed. */
    void await(Collection<String> codes, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!arrivedMicros.keySet().containsAll(codes) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        reader.join();
        consumer.close(Duration.ofSeconds(5));
    }
}
