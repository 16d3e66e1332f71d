package org.reservoir.reporting.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.TransactionBuffers;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.reporting.domain.ArchiveLine;
import org.reservoir.reporting.events.RecruitmentTopics;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * Writes the growth archive, in the consumer's transaction: recruitment's candidate snapshots into the profile (newest version
 * wins) and each line an event makes (one per source; a newer source version replaces it, a repeated one changes nothing).
 * Anything written bumps the reserve's revision, the archive's ETag. {@link #apply} checks an event and keeps its rows;
 * {@link #flush} writes what a batch's events kept, one statement per table.
 */
@ApplicationScoped
public class ArchiveProjection {

    private static final String PROFILES = "archive-profiles";
    private static final String LINES = "archive-lines";

    private final VersionedProjection projection;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TransactionBuffers buffers;

    public ArchiveProjection(VersionedProjection projection, EntityManager em, ObjectMapper mapper, TransactionBuffers buffers) {
        this.projection = projection;
        this.em = em;
        this.mapper = mapper;
        this.buffers = buffers;
    }

    public void apply(EventEnvelope event) {
        List<ArchiveLine> lines = ArchiveLines.of(event);
        if (event.type().startsWith(RecruitmentTopics.CANDIDATE_TYPE_PREFIX)) {
            buffers.<Map<String, Object>>list(PROFILES).add(profile(event));
        }
        for (ArchiveLine line : lines) {
            buffers.<Map<String, Object>>list(LINES).add(row("line_key", line.key(), "candidate_id", line.candidateId(),
                    "kind", line.kind().name(), "occurred_at", line.occurredAt(), "seq", line.seq(), "facts", json(line),
                    "version", line.version()));
        }
    }

    /** Writes the rows kept since the last flush in this transaction, and bumps the revision of every reserve they changed. */
    public void flush() {
        List<Map<String, Object>> profiles = buffers.take(PROFILES);
        List<Map<String, Object>> lines = buffers.take(LINES);
        Set<Object> changed = new TreeSet<>(Comparator.comparing(Object::toString));
        if (!profiles.isEmpty()) {
            changed.addAll(projection.upsertAll("archive_profile", "candidate_id", profiles));
        }
        if (!lines.isEmpty()) {
            Map<Object, Object> owners = new HashMap<>();
            lines.forEach(l -> owners.put(l.get("line_key"), l.get("candidate_id")));
            projection.upsertAll("archive_line", "line_key", lines).forEach(key -> changed.add(owners.get(key)));
        }
        if (!changed.isEmpty()) {
            em.createNativeQuery("""
                            insert into archive_revision (candidate_id, revision)
                            select id, 1 from unnest(cast(string_to_array(?1, ',') as uuid[])) as id
                            on conflict (candidate_id) do update set revision = archive_revision.revision + 1""")
                    .setParameter(1, changed.stream().map(Object::toString).collect(Collectors.joining(","))).executeUpdate();
        }
    }

    private static Map<String, Object> profile(EventEnvelope event) {
        JsonNode d = VersionedProjection.require(event, "candidateId", "campaignId", "countyCode", "townshipCode", "villageCode",
                "track", "birthYear", "status", "version");
        List<String> posts = new ArrayList<>();
        d.path("electedPosts").forEach(p -> posts.add(p.asText()));
        return row("candidate_id", UUID.fromString(d.get("candidateId").asText()),
                "campaign_id", UUID.fromString(d.get("campaignId").asText()), "name", text(d, "name"),
                "county_code", d.get("countyCode").asText(), "township_code", d.get("townshipCode").asText(),
                "village_code", d.get("villageCode").asText(), "track", d.get("track").asText(), "status", d.get("status").asText(),
                "target_post", text(d, "targetPost"), "gender", text(d, "gender"), "birth_year", d.get("birthYear").asInt(),
                "education_level", text(d, "educationLevel"), "political_status", text(d, "politicalStatus"),
                "ethnicity", text(d, "ethnicity"), "local_talent", d.path("local").asBoolean(false), "source_group", text(d, "sourceGroup"),
                "channel", text(d, "channel"), "key_cultivation", d.path("keyCultivation").asBoolean(false),
                "elected_posts", String.join(",", posts), "exit_reason", text(d, "exitReason"),
                "probation_start", date(d, "probationStart"), "probation_planned_end", date(d, "probationPlannedEnd"),
                "version", d.get("version").asLong());
    }

    private String json(ArchiveLine line) {
        try {
            return mapper.writeValueAsString(line.facts());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(JsonNode d, String field) {
        return d.hasNonNull(field) ? LocalDate.parse(d.get(field).asText()) : null;
    }
}
