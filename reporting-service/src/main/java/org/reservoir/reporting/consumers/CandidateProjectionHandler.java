package org.reservoir.reporting.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.events.EventEnvelope;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * recruitment.candidate.v1 → candidate_projection (newest version wins; never the ID number, which events do not carry).
 * A snapshot that changes the row also moves the report tallies by its difference and re-evaluates the alerts of the
 * villages it left and joined.
 */
@Singleton
public class CandidateProjectionHandler extends AlertingProjection {

    private static final Set<AlertKind> CANDIDATE_ALERTS = EnumSet.copyOf(Arrays.stream(AlertKind.values()).filter(AlertKind::fromCandidates).toList());

    private final VersionedProjection projection;
    private final EntityManager em;
    private final ReportData data;
    private final Tallies tallies;

    public CandidateProjectionHandler(VersionedProjection projection, EntityManager em, ReportData data, Tallies tallies, Alerts alerts,
                                      Clock clock) {
        super(alerts, clock);
        this.projection = projection;
        this.em = em;
        this.data = data;
        this.tallies = tallies;
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

    @Override
    protected Set<String> apply(EventEnvelope event) {
        if (!event.type().startsWith(RecruitmentTopics.CANDIDATE_TYPE_PREFIX)) {
            return Set.of();
        }
        Map<String, Object> row = columns(em, event);
        Optional<Reserve> before = data.reserve((UUID) row.get("candidate_id"));
        if (projection.upsert("candidate_projection", "candidate_id", row) == 0) {
            return Set.of();
        }
        Optional<Reserve> after = ReportData.reserve(row);
        tallies.move(before.orElse(null), after.orElse(null));
        Set<String> villages = new LinkedHashSet<>();
        villages.add(event.data().get("villageCode").asText());
        before.ifPresent(r -> villages.add(r.villageCode()));
        return villages;
    }

    /** Writes one candidate snapshot (returns rows written: 0 for an older or repeated one); also used by the projection rebuild. */
    public static int apply(VersionedProjection projection, EntityManager em, EventEnvelope event) {
        return projection.upsert("candidate_projection", "candidate_id", columns(em, event));
    }

    /** The projection row of a candidate snapshot, by column. */
    private static Map<String, Object> columns(EntityManager em, EventEnvelope event) {
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
                "elected_posts", electedPosts(d), "exit_reason", text(d, "exitReason"), "exited_from", exitedFrom(em, id, status, d),
                "probation_start", date(d, "probationStart"), "probation_planned_end", date(d, "probationPlannedEnd"),
                "version", d.get("version").asLong());
    }

    /**
     * Where an exited reserve left from (how far it got in the funnel): the exit's transition names it; a later snapshot
     * without a transition keeps what the projection knew.
     */
    private static String exitedFrom(EntityManager em, UUID id, String status, JsonNode d) {
        if (!"EXITED".equals(status)) {
            return null;
        }
        JsonNode transition = d.path("transition");
        if ("EXITED".equals(transition.path("to").asText(null)) && transition.hasNonNull("from")) {
            return transition.get("from").asText();
        }
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
