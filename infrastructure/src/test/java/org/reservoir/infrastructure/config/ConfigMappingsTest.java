package org.reservoir.infrastructure.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.ApiLimits;
import org.reservoir.infrastructure.api.IdempotencyConfig;
import org.reservoir.infrastructure.events.ConsumerConfig;
import org.reservoir.infrastructure.events.KafkaConfig;
import org.reservoir.infrastructure.events.OutboxConfig;
import org.reservoir.infrastructure.jobs.JobsConfig;
import org.reservoir.infrastructure.operations.HealthConfig;
import org.reservoir.infrastructure.persistence.HousekeepingConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reservoir's own settings are typed, one {@code @ConfigMapping} per concern: the shared defaults give every mapping
 * the documented values, an override reaches the typed value, and no service reads a {@code reservoir.*} key
 * through a loose {@code @ConfigProperty} string.
 */
class ConfigMappingsTest {

    private static SmallRyeConfig config(Map<String, String> overrides) throws IOException {
        URL shared = ConfigMappingsTest.class.getResource("/META-INF/microprofile-config.properties");
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(shared, 100))
                .withSources(new MapBackedConfigSource("overrides", overrides, 400) {
                })
                .withConverter(Duration.class, 100, new DurationConverter())
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withMapping(OutboxConfig.class).withMapping(ConsumerConfig.class).withMapping(KafkaConfig.class)
                .withMapping(ApiLimits.class).withMapping(JobsConfig.class).withMapping(HousekeepingConfig.class)
                .withMapping(IdempotencyConfig.class).withMapping(HealthConfig.class)
                .build();
    }

    @Test
    void sharedDefaultsGiveTheDocumentedValues() throws IOException {
        SmallRyeConfig config = config(Map.of());
        OutboxConfig outbox = config.getConfigMapping(OutboxConfig.class);
        assertTrue(outbox.relay().enabled());
        assertEquals(Duration.ofSeconds(1), outbox.relay().pollInterval(), "the fallback: LISTEN/NOTIFY wakes the relay");
        assertEquals(1000, outbox.relay().batchSize());
        assertEquals(Duration.ofDays(7), outbox.retention());

        ConsumerConfig consumer = config.getConfigMapping(ConsumerConfig.class);
        assertEquals(Optional.empty(), consumer.group());
        assertEquals(5, consumer.maxAttempts());
        assertEquals(200, consumer.batchSize());
        assertEquals(Duration.ofSeconds(1), consumer.restartBackoff());
        assertEquals(Duration.ofSeconds(30), consumer.healthyAfter());
        assertEquals(Duration.ofDays(45), consumer.processedRetention());

        KafkaConfig kafka = config.getConfigMapping(KafkaConfig.class);
        assertEquals(Set.of("recruitment.region.v1", "recruitment.campaign.v1", "recruitment.candidate.v1"), kafka.compactedTopics());
        assertEquals(3, kafka.partitions());
        assertEquals(Duration.ofDays(14), kafka.retention());
        assertEquals(Duration.ofDays(30), kafka.deadLetterRetention());
        assertEquals(Duration.ofHours(1), kafka.compaction().minLag());

        ApiLimits limits = config.getConfigMapping(ApiLimits.class);
        assertEquals(1024 * 1024, limits.maxBodySize().asLongValue());
        assertEquals(4096, limits.maxRequestLine());
        assertEquals(20 * 1024, limits.maxHeaderSize().asLongValue());

        JobsConfig jobs = config.getConfigMapping(JobsConfig.class);
        assertEquals(Duration.ofSeconds(60), jobs.heartbeatTimeout());
        assertEquals(3, jobs.maxAttempts());
        assertEquals(Duration.ofHours(1), config.getConfigMapping(HousekeepingConfig.class).interval());
        assertEquals(Duration.ofDays(7), config.getConfigMapping(IdempotencyConfig.class).retention());
        assertEquals(Duration.ofMillis(1500), config.getConfigMapping(HealthConfig.class).kafkaTimeout());
    }

    @Test
    void anOverrideReachesTheTypedValue() throws IOException {
        SmallRyeConfig config = config(Map.of(
                "reservoir.outbox.relay.batch-size", "50",
                "reservoir.consumer.group", "reporting-replay",
                "reservoir.kafka.compacted-topics", "a.v1,b.v1",
                "reservoir.http.max-body-size", "2M",
                "reservoir.housekeeping.interval", "PT10M"));
        assertEquals(50, config.getConfigMapping(OutboxConfig.class).relay().batchSize());
        assertEquals(Optional.of("reporting-replay"), config.getConfigMapping(ConsumerConfig.class).group());
        assertEquals(Set.of("a.v1", "b.v1"), config.getConfigMapping(KafkaConfig.class).compactedTopics());
        assertEquals(2 * 1024 * 1024, config.getConfigMapping(ApiLimits.class).maxBodySize().asLongValue());
        assertEquals(Duration.ofMinutes(10), config.getConfigMapping(HousekeepingConfig.class).interval());
    }

    @Test
    void noServiceReadsAReservoirSettingThroughAConfigPropertyString() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Pattern loose = Pattern.compile("@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"reservoir\\.");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .filter(f -> loose.matcher(read(f)).find()).toList();
        }
        assertTrue(Files.isDirectory(root.resolve("recruitment-service/src/main/java")), "walks the whole checkout: " + root);
        assertEquals(List.of(), offenders);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
