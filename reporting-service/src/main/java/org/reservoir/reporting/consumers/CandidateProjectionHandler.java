package org.reservoir.reporting.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.reporting.application.Alerts;
import org.reservoir.reporting.events.RecruitmentTopics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/** recruitment.candidate.v1 → candidate_projection (newest version wins; never the ID number, which events do not carry). */
@ApplicationScoped
public class CandidateProjectionHandler implements EventHandler {

    private final VersionedProjection projection;
    private final EntityManager em;
    private final Alerts alerts;
    private final Clock clock;

    public CandidateProjectionHandler(VersionedProjection projection, EntityManager em, Alerts alerts, Clock clock) {
        this.projection = projection;
        this.em = em;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return RecruitmentTopics.CANDIDATE;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.type().startsWith(RecruitmentTopics.CANDIDATE_TYPE_PREFIX)) {
            String before = village(em, event);
            if (apply(projection, em, event) == 1) {
                String after = event.data().get("villageCode").asText();
                alerts.evaluateVillage(after, clock.instant(), clock.getZone());
                if (before != null && !before.equals(after)) {
                    alerts.evaluateVillage(before, clock.instant(), clock.getZone());
                }
            }
        }
    }

    /** The village the projection held for the event's candidate before it, or null. */
    private static String village(EntityManager em, EventEnvelope event) {
        JsonNode id = event.data() == null ? null : event.data().get("candidateId");
        if (id == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("select village_code from candidate_projection where candidate_id = ?1")
                .setParameter(1, UUID.fromString(id.asText())).getResultList();
        return rows.isEmpty() ? null : ((String) rows.get(0)).trim();
    }

    /** Writes one candidate snapshot (returns rows written: 0 for an older or repeated one); also used by the projection rebuild. */
    public static int apply(VersionedProjection projection, EntityManager em, EventEnvelope event) {
        JsonNode d = VersionedProjection.require(event, "candidateId", "campaignId", "countyCode", "townshipCode", "villageCode",
                "track", "birthYear", "status", "version");
        UUID id = UUID.fromString(d.get("candidateId").asText());
        String status = d.get("status").asText();
        return projection.upsert("candidate_projection", "candidate_id", row("candidate_id", id,
                "campaign_id", UUID.fromString(d.get("campaignId").asText()), "county_code", d.get("countyCode").asText(),
                "township_code", d.get("townshipCode").asText(), "village_code", d.get("villageCode").asText(),
                "track", d.get("track").asText(), "status", status, "target_post", text(d, "targetPost"), "gender", text(d, "gender"),
                "birth_year", d.get("birthYear").asInt(), "education_level", text(d, "educationLevel"),
                "political_status", text(d, "politicalStatus"), "ethnicity", text(d, "ethnicity"),
                "local_talent", d.path("local").asBoolean(false), "source_group", text(d, "sourceGroup"), "channel", text(d, "channel"),
                "elected_posts", electedPosts(d), "exit_reason", text(d, "exitReason"), "exited_from", exitedFrom(em, id, status, d),
                "probation_start", date(d, "probationStart"), "probation_planned_end", date(d, "probationPlannedEnd"),
                "version", d.get("version").asLong()));
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
