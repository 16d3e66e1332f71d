package org.reservoir.reporting.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.infrastructure.jobs.JobContext;
import org.reservoir.infrastructure.jobs.JobHandler;
import org.reservoir.infrastructure.jobs.JobView;
import org.reservoir.infrastructure.jobs.Jobs;
import org.reservoir.infrastructure.region.RegionProjectionHandler;
import org.reservoir.infrastructure.region.RegionTopic;
import org.reservoir.infrastructure.events.KafkaSettings;
import org.reservoir.reporting.consumers.CampaignProjectionHandler;
import org.reservoir.reporting.consumers.CandidateProjectionHandler;
import org.reservoir.reporting.events.RecruitmentTopics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Rebuilds reporting's projections of recruitment (regions, campaigns, candidates) from the compacted snapshot topics, as
 * a job. In one transaction it locks the projection tables against the live consumer (which waits, then continues),
 * reads each topic from the beginning up to its end at that moment, empties the tables and applies every snapshot
 * (newest version wins). Whatever the live consumer had applied was on the topics before the lock, so nothing is lost;
 * whatever comes later the live consumer applies after it.
 */
@ApplicationScoped
public class ProjectionRebuild implements JobHandler {

    public static final String TYPE = "reporting-projection-rebuild";
    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    private static final List<String> TOPICS = List.of(RegionTopic.NAME, RecruitmentTopics.CAMPAIGN, RecruitmentTopics.CANDIDATE);

    private final Jobs jobs;
    private final KafkaSettings kafka;
    private final ObjectMapper mapper;
    private final VersionedProjection projection;
    private final RegionProjectionHandler regions;
    private final EntityManager em;
    private final Tallies tallies;

    public ProjectionRebuild(Jobs jobs, KafkaSettings kafka, ObjectMapper mapper, VersionedProjection projection,
                             RegionProjectionHandler regions, EntityManager em, Tallies tallies) {
        this.jobs = jobs;
        this.kafka = kafka;
        this.mapper = mapper;
        this.projection = projection;
        this.regions = regions;
        this.em = em;
        this.tallies = tallies;
    }

    /** Records a rebuild for any instance to run. */
    @Transactional
    public UUID submit() {
        UUID id = UUID.randomUUID();
        jobs.submit(TYPE, id, null, Map.of());
        return id;
    }

    public Optional<JobView> find(UUID id) {
        return jobs.find(id).filter(j -> j.type().equals(TYPE));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext job) {
        int[] applied = new int[1];
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            em.createNativeQuery("lock table region_projection, campaign_projection, candidate_projection, village_tally, structure_tally"
                    + " in exclusive mode").executeUpdate();
            em.createNativeQuery("delete from candidate_projection").executeUpdate();
            em.createNativeQuery("delete from campaign_projection").executeUpdate();
            em.createNativeQuery("delete from region_projection").executeUpdate();
            readAll(RegionTopic.NAME, event -> regions.handle(event), applied);
            regions.afterBatch();
            readAll(RecruitmentTopics.CAMPAIGN, event -> {
                if (event.type().startsWith(RecruitmentTopics.CAMPAIGN_TYPE_PREFIX)) {
                    CampaignProjectionHandler.apply(projection, event);
                }
            }, applied);
            readAll(RecruitmentTopics.CANDIDATE, event -> {
                if (event.type().startsWith(RecruitmentTopics.CANDIDATE_TYPE_PREFIX)) {
                    CandidateProjectionHandler.apply(projection, em, event);
                }
            }, applied);
            tallies.rebuild();
        });
        LOG.infof("projections rebuilt from %s: %d snapshots applied", TOPICS, applied[0]);
    }

    /** Every message of {@code topic} up to its current end; unreadable or incomplete ones are skipped (the live consumer dead-lettered them). */
    private void readAll(String topic, Consumer<EventEnvelope> apply, int[] applied) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.clientConfig(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000")))) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (partitions == null || partitions.isEmpty()) {
                return;
            }
            List<TopicPartition> assigned = new ArrayList<>();
            partitions.forEach(p -> assigned.add(new TopicPartition(topic, p.partition())));
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, Duration.ofSeconds(30));
            while (assigned.stream().anyMatch(tp -> consumer.position(tp, Duration.ofSeconds(30)) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition())) || record.value() == null) {
                        continue;
                    }
                    try {
                        apply.accept(mapper.readValue(record.value(), EventEnvelope.class));
                        applied[0]++;
                    } catch (java.io.IOException | IllegalArgumentException | java.time.DateTimeException e) {
                        // What the live consumer dead-letters for its content; a database error instead fails the job with its reason.
                        LOG.warnf("rebuild skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
                    }
                }
            }
        }
    }
}
