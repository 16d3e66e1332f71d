package org.reservoir.reporting.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.TransactionBuffers;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.reporting.application.Alerts;
import org.reservoir.reporting.application.ReportData;
import org.reservoir.reporting.application.Tallies;
import org.reservoir.reporting.domain.AlertKind;
import org.reservoir.reporting.domain.Reserve;
import org.reservoir.reporting.events.RecruitmentTopics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * recruitment.candidate.v1 → candidate_projection (newest version wins; never the ID number, which events do not carry).
 * The snapshots of a batch are kept until its end and written together: the rows they replace read with one statement, the
 * newest version of each candidate written with one, the report tallies moved by the sum of their differences, and the alerts
 * of the villages they left and joined evaluated once per village.
 */
@Singleton
public class CandidateProjectionHandler extends AlertingProjection {

    private static final Set<AlertKind> CANDIDATE_ALERTS = EnumSet.copyOf(Arrays.stream(AlertKind.values()).filter(AlertKind::fromCandidates).toList());

    private final VersionedProjection projection;
    private final ReportData data;
    private final Tallies tallies;
    private final TransactionBuffers buffers;
    private final BufferKey snapshots = new BufferKey(CandidateProjectionHandler.class, "snapshots");

    public CandidateProjectionHandler(VersionedProjection projection, ReportData data, Tallies tallies, Alerts alerts, Clock clock,
                                      TransactionBuffers buffers) {
        super(alerts, clock, buffers);
        this.projection = projection;
        this.data = data;
        this.tallies = tallies;
        this.buffers = buffers;
    }

    @Override
    public String topic() {
        return RecruitmentTopics.CANDIDATE;
    }

    /** A candidate's snapshot changes only what the alerts read from candidates, never cultivation's causes. */
    @Override
    protected Set<AlertKind> alertKinds() {
        return CANDIDATE_ALERTS;
    }

    /** A snapshot's row, and whether it keeps the exit's origin the projection knew (an exit snapshot without its transition). */
    private record Snapshot(Map<String, Object> row, boolean keepsExitedFrom) {
    }

    /** Checks the snapshot (an unusable one fails here, with its own event) and keeps it for the end of the batch. */
    @Override
    protected Set<String> apply(EventEnvelope event) {
        if (event.type().startsWith(RecruitmentTopics.CANDIDATE_TYPE_PREFIX)) {
            JsonNode d = event.data();
            Map<String, Object> row = columns(event, id -> null);
            buffers.<Snapshot>list(snapshots).add(new Snapshot(row, "EXITED".equals(d.get("status").asText()) && transitionFrom(d) == null));
        }
        return Set.of();
    }

    @Override
    protected Set<String> applyDeferred() {
        List<Snapshot> pending = buffers.take(snapshots);
        if (pending.isEmpty()) {
            return Set.of();
        }
        Map<UUID, ReportData.Projected> before = data.projected(pending.stream().map(p -> (UUID) p.row().get("candidate_id")).toList());
        Map<UUID, Map<String, Object>> newest = new LinkedHashMap<>();
        for (Snapshot s : pending) {
            UUID id = (UUID) s.row().get("candidate_id");
            Map<String, Object> current = newest.get(id);
            long version = current != null ? (Long) current.get("version") : before.containsKey(id) ? before.get(id).version() : -1;
            if ((Long) s.row().get("version") <= version) {
                continue;
            }
            if (s.keepsExitedFrom()) {
                s.row().put("exited_from", current != null ? current.get("exited_from")
                        : before.containsKey(id) ? before.get(id).exitedFrom() : null);
            }
            newest.put(id, s.row());
        }
        Set<Object> written = projection.upsertAll("candidate_projection", "candidate_id", newest.values());
        List<Tallies.Move> moves = new ArrayList<>();
        Set<String> villages = new LinkedHashSet<>();
        for (Object key : written) {
            UUID id = (UUID) key;
            Map<String, Object> row = newest.get(id);
            Reserve old = before.containsKey(id) ? before.get(id).reserve().orElse(null) : null;
            moves.add(new Tallies.Move(old, ReportData.reserve(row).orElse(null)));
            villages.add((String) row.get("village_code"));
            if (old != null) {
                villages.add(old.villageCode());
            }
        }
        tallies.move(moves);
        return villages;
    }

    /** Writes one candidate snapshot (returns rows written: 0 for an older or repeated one); also used by the projection rebuild. */
    public static int apply(VersionedProjection projection, EntityManager em, EventEnvelope event) {
        return projection.upsert("candidate_projection", "candidate_id", columns(event, id -> knownExitedFrom(em, id)));
    }

    /** The projection row of a candidate snapshot, by column. */
    private static Map<String, Object> columns(EventEnvelope event, Function<UUID, String> knownExitedFrom) {
        JsonNode d = VersionedProjection.require(event, "candidateId", "campaignId", "countyCode", "townshipCode", "villageCode",
                "track", "birthYear", "status", "version");
        UUID id = UUID.fromString(d.get("candidateId").asText());
        String status = d.get("status").asText();
        return row("candidate_id", id,
                "campaign_id", UUID.fromString(d.get("campaignId").asText()), "county_code", d.get("countyCode").asText(),
                "township_code", d.get("townshipCode").asText(), "village_code", d.get("villageCode").asText(),
                "track", d.get("track").asText(), "status", status, "target_post", text(d, "targetPost"), "gender", text(d, "gender"),
                "birth_year", d.get("birthYear").asInt(), "education_level", text(d, "educationLevel"),
                "political_status", text(d, "politicalStatus"), "ethnicity", text(d, "ethnicity"),
                "local_talent", d.path("local").asBoolean(false), "source_group", text(d, "sourceGroup"), "channel", text(d, "channel"),
                "elected_posts", electedPosts(d), "exit_reason", text(d, "exitReason"), "exited_from", exitedFrom(id, status, d, knownExitedFrom),
                "probation_start", date(d, "probationStart"), "probation_planned_end", date(d, "probationPlannedEnd"),
                "version", d.get("version").asLong());
    }

    /**
     * Where an exited reserve left from (how far it got in the funnel): the exit's transition names it; a later snapshot
     * without a transition keeps what the projection knew.
     */
    private static String exitedFrom(UUID id, String status, JsonNode d, Function<UUID, String> known) {
        if (!"EXITED".equals(status)) {
            return null;
        }
        String from = transitionFrom(d);
        return from != null ? from : known.apply(id);
    }

    private static String transitionFrom(JsonNode d) {
        JsonNode transition = d.path("transition");
        return "EXITED".equals(transition.path("to").asText(null)) && transition.hasNonNull("from") ? transition.get("from").asText() : null;
    }

    private static String knownExitedFrom(EntityManager em, UUID id) {
        List<?> known = em.createNativeQuery("select exited_from from candidate_projection where candidate_id = ?1")
                .setParameter(1, id).getResultList();
        return known.isEmpty() ? null : (String) known.get(0);
    }

    private static String electedPosts(JsonNode d) {
        List<String> posts = new ArrayList<>();
        d.path("electedPosts").forEach(p -> posts.add(p.asText()));
        return String.join(",", posts);
    }

    private static LocalDate date(JsonNode d, String field) {
        return d.hasNonNull(field) ? LocalDate.parse(d.get(field).asText()) : null;
    }
}
