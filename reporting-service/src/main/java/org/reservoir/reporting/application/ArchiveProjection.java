package org.reservoir.reporting.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.reporting.domain.ArchiveLine;
import org.reservoir.reporting.events.RecruitmentTopics;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * Writes the growth archive from one event, in the consumer's transaction: recruitment's candidate snapshots into the profile
 * (newest version wins) and each line the event makes (one per source; a newer source version replaces it, a repeated one
 * changes nothing). Anything written bumps the reserve's revision, the archive's ETag.
 */
@ApplicationScoped
public class ArchiveProjection {

    private final VersionedProjection projection;
    private final EntityManager em;
    private final ObjectMapper mapper;

    public ArchiveProjection(VersionedProjection projection, EntityManager em, ObjectMapper mapper) {
        this.projection = projection;
        this.em = em;
        this.mapper = mapper;
    }

    public void apply(EventEnvelope event) {
        List<ArchiveLine> lines = ArchiveLines.of(event);
        boolean candidate = event.type().startsWith(RecruitmentTopics.CANDIDATE_TYPE_PREFIX);
        if (lines.isEmpty() && !candidate) {
            return;
        }
        int written = candidate ? profile(event) : 0;
        for (ArchiveLine line : lines) {
            written += projection.upsert("archive_line", "line_key", row("line_key", line.key(), "candidate_id", line.candidateId(),
                    "kind", line.kind().name(), "occurred_at", line.occurredAt(), "seq", line.seq(), "facts", json(line),
                    "version", line.version()));
        }
        if (written > 0) {
            UUID id = UUID.fromString(event.data().get("candidateId").asText());
            em.createNativeQuery("""
                            insert into archive_revision (candidate_id, revision) values (?1, 1)
                            on conflict (candidate_id) do update set revision = archive_revision.revision + 1""")
                    .setParameter(1, id).executeUpdate();
        }
    }

    private int profile(EventEnvelope event) {
        JsonNode d = VersionedProjection.require(event, "candidateId", "campaignId", "countyCode", "townshipCode", "villageCode",
                "track", "birthYear", "status", "version");
        List<String> posts = new ArrayList<>();
        d.path("electedPosts").forEach(p -> posts.add(p.asText()));
        return projection.upsert("archive_profile", "candidate_id", row("candidate_id", UUID.fromString(d.get("candidateId").asText()),
                "campaign_id", UUID.fromString(d.get("campaignId").asText()), "name", text(d, "name"),
                "county_code", d.get("countyCode").asText(), "township_code", d.get("townshipCode").asText(),
                "village_code", d.get("villageCode").asText(), "track", d.get("track").asText(), "status", d.get("status").asText(),
                "target_post", text(d, "targetPost"), "gender", text(d, "gender"), "birth_year", d.get("birthYear").asInt(),
                "education_level", text(d, "educationLevel"), "political_status", text(d, "politicalStatus"),
                "ethnicity", text(d, "ethnicity"), "local_talent", d.path("local").asBoolean(false), "source_group", text(d, "sourceGroup"),
                "channel", text(d, "channel"), "key_cultivation", d.path("keyCultivation").asBoolean(false),
                "elected_posts", String.join(",", posts), "exit_reason", text(d, "exitReason"),
                "probation_start", date(d, "probationStart"), "probation_planned_end", date(d, "probationPlannedEnd"),
                "version", d.get("version").asLong()));
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
