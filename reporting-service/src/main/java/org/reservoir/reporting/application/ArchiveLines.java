package org.reservoir.reporting.application;

import com.fasterxml.jackson.databind.JsonNode;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.reporting.domain.ArchiveLine;
import org.reservoir.reporting.domain.ArchiveLineKind;
import org.reservoir.reporting.events.ArchiveTopics;
import org.reservoir.reporting.events.CultivationTopics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The growth-archive lines an event makes, from what its contract carries (docs/events): pure, so redelivery and ordering are
 * tested without Kafka. An event type the archive does not record makes none. Line keys name the source, so the same event
 * (or a repeated snapshot) always makes the same lines.
 */
public final class ArchiveLines {

    private ArchiveLines() {
    }

    public static List<ArchiveLine> of(EventEnvelope event) {
        return switch (event.type()) {
            case ArchiveTopics.CANDIDATE_REGISTERED -> registered(event);
            case ArchiveTopics.CANDIDATE_STATUS_CHANGED -> statusChanged(event);
            case ArchiveTopics.CANDIDATE_KEY_CULTIVATION_MARKED -> keyCultivation(event);
            case ArchiveTopics.EVALUATION_COMPLETED -> evaluated(event);
            case CultivationTopics.APPRAISAL_GRADED -> graded(event);
            case CultivationTopics.PROPOSAL_DECIDED -> decided(event);
            case CultivationTopics.PAIR_STARTED, CultivationTopics.PAIR_ENDED -> pair(event);
            case CultivationTopics.FOLLOWUP_RECORDED -> followUp(event);
            case CultivationTopics.HOURS_CREDITED -> hours(event);
            case ArchiveTopics.PRACTICE_STARTED, ArchiveTopics.PRACTICE_ENDED -> practice(event);
            case ArchiveTopics.EDUCATION_COMPLETED -> education(event);
            default -> List.of();
        };
    }

    private static List<ArchiveLine> registered(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "candidateId", "campaignId", "track", "version");
        UUID id = uuid(d, "candidateId");
        return List.of(new ArchiveLine("candidate:" + id + ":registered", id, ArchiveLineKind.REGISTERED, time(e), version(d),
                facts("campaignId", d.get("campaignId").asText(), "track", text(d, "track"), "targetPost", text(d, "targetPost"),
                        "channel", text(d, "channel")), version(d)));
    }

    /** A pipeline step; a status-changed snapshot without its transition tells no step and makes no line. */
    private static List<ArchiveLine> statusChanged(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "candidateId", "status", "version");
        JsonNode t = d.path("transition");
        if (!t.hasNonNull("to")) {
            return List.of();
        }
        UUID id = uuid(d, "candidateId");
        String to = t.get("to").asText();
        Map<String, Object> facts = facts("action", text(t, "action"), "from", text(t, "from"), "to", to, "reason", text(t, "reason"));
        if ("EXITED".equals(to)) {
            facts.put("exitReason", text(d, "exitReason"));
        }
        if ("ELECTED".equals(to) || "APPOINTED".equals(to)) {
            List<String> posts = new ArrayList<>();
            d.path("electedPosts").forEach(p -> posts.add(p.asText()));
            facts.put("electedPosts", posts);
        }
        if ("ON_PROBATION".equals(to)) {
            facts.put("probationPlannedEnd", text(d, "probationPlannedEnd"));
        }
        return List.of(new ArchiveLine("candidate:" + id + ":v" + version(d), id, ArchiveLineKind.STATUS_CHANGED, time(e), version(d),
                facts, version(d)));
    }

    private static List<ArchiveLine> keyCultivation(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "candidateId", "version");
        UUID id = uuid(d, "candidateId");
        return List.of(new ArchiveLine("candidate:" + id + ":key-cultivation", id, ArchiveLineKind.KEY_CULTIVATION, time(e), version(d),
                facts(), version(d)));
    }

    /** One line per candidate and campaign; a correction (higher resultVersion) replaces the scores. */
    private static List<ArchiveLine> evaluated(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "candidateId", "campaignId", "resultVersion", "composite", "passed", "rank", "rankOf",
                "breakdown", "sealedAt");
        UUID id = uuid(d, "candidateId");
        List<Map<String, Object>> parts = new ArrayList<>();
        for (JsonNode p : d.get("breakdown")) {
            parts.add(facts("component", text(p, "component"), "score", number(p, "score"), "maxScore", number(p, "maxScore"),
                    "weight", p.path("weight").asInt(), "weighted", points(p, "weighted")));
        }
        long resultVersion = d.get("resultVersion").asLong();
        return List.of(new ArchiveLine("evaluation:" + id + ":" + d.get("campaignId").asText(), id, ArchiveLineKind.EVALUATED,
                OffsetDateTime.parse(d.get("sealedAt").asText()), 0,
                facts("composite", points(d, "composite"), "passed", d.get("passed").asBoolean(), "rank", d.get("rank").asInt(),
                        "rankOf", d.get("rankOf").asInt(), "resultVersion", resultVersion, "breakdown", parts), resultVersion));
    }

    private static List<ArchiveLine> graded(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "appraisalId", "candidateId", "period", "grade", "total", "version");
        UUID id = uuid(d, "candidateId");
        List<String> proposals = new ArrayList<>();
        d.path("proposals").forEach(p -> proposals.add(p.path("kind").asText()));
        return List.of(new ArchiveLine("appraisal:" + d.get("appraisalId").asText(), id, ArchiveLineKind.APPRAISAL_GRADED, time(e), 0,
                facts("period", text(d, "period"), "grade", text(d, "grade"), "total", points(d, "total"), "proposals", proposals),
                version(d)));
    }

    private static List<ArchiveLine> decided(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "proposalId", "candidateId", "kind", "status", "version");
        UUID id = uuid(d, "candidateId");
        return List.of(new ArchiveLine("proposal:" + d.get("proposalId").asText(), id, ArchiveLineKind.PROPOSAL_DECIDED, time(e), 0,
                facts("kind", text(d, "kind"), "status", text(d, "status"), "reason", text(d, "reason")), version(d)));
    }

    /** A pair's snapshot: its start always (a started event may have been missed), its end once it has one. */
    private static List<ArchiveLine> pair(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "pairId", "candidateId", "startedOn", "endsOn", "status", "version");
        UUID id = uuid(d, "candidateId");
        String pair = d.get("pairId").asText();
        List<ArchiveLine> lines = new ArrayList<>();
        lines.add(new ArchiveLine("pair:" + pair + ":started", id, ArchiveLineKind.MENTOR_PAIR_STARTED, day(d, "startedOn"), 0,
                facts("pairId", pair, "endsOn", text(d, "endsOn")), version(d)));
        if ("ENDED".equals(d.get("status").asText()) && d.hasNonNull("endedOn")) {
            lines.add(new ArchiveLine("pair:" + pair + ":ended", id, ArchiveLineKind.MENTOR_PAIR_ENDED, day(d, "endedOn"), 1,
                    facts("pairId", pair, "endReason", text(d, "endReason")), version(d)));
        }
        return lines;
    }

    private static List<ArchiveLine> followUp(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "taskId", "pairId", "candidateId", "month", "recordedAt", "version");
        UUID id = uuid(d, "candidateId");
        return List.of(new ArchiveLine("followup:" + d.get("taskId").asText(), id, ArchiveLineKind.FOLLOW_UP,
                OffsetDateTime.parse(d.get("recordedAt").asText()), 0,
                facts("month", text(d, "month"), "rating", d.hasNonNull("rating") ? d.get("rating").asInt() : null), version(d)));
    }

    private static List<ArchiveLine> hours(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "attendanceId", "candidateId", "programmeKind", "hours", "attendedOn", "version");
        UUID id = uuid(d, "candidateId");
        return List.of(new ArchiveLine("hours:" + d.get("attendanceId").asText(), id, ArchiveLineKind.TRAINING_HOURS, day(d, "attendedOn"), 0,
                facts("programmeKind", text(d, "programmeKind"), "hours", number(d, "hours")), version(d)));
    }

    private static List<ArchiveLine> practice(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "assignmentId", "candidateId", "postKind", "postVillageCode", "startOn", "endOn",
                "status", "version");
        UUID id = uuid(d, "candidateId");
        String assignment = d.get("assignmentId").asText();
        List<ArchiveLine> lines = new ArrayList<>();
        lines.add(new ArchiveLine("practice:" + assignment + ":started", id, ArchiveLineKind.PRACTICE_STARTED, day(d, "startOn"), 0,
                facts("postKind", text(d, "postKind"), "postVillageCode", text(d, "postVillageCode"),
                        "crossVillage", d.path("crossVillage").asBoolean(false), "endOn", text(d, "endOn")), version(d)));
        if ("ENDED".equals(d.get("status").asText())) {
            lines.add(new ArchiveLine("practice:" + assignment + ":ended", id, ArchiveLineKind.PRACTICE_ENDED,
                    day(d, d.hasNonNull("endedOn") ? "endedOn" : "endOn"), 1,
                    facts("postKind", text(d, "postKind"), "grade", d.path("evaluation").path("grade").asText(null)), version(d)));
        }
        return lines;
    }

    private static List<ArchiveLine> education(EventEnvelope e) {
        JsonNode d = VersionedProjection.require(e, "recordId", "candidateId", "educationLevel", "school", "completedOn", "version");
        UUID id = uuid(d, "candidateId");
        return List.of(new ArchiveLine("education:" + d.get("recordId").asText(), id, ArchiveLineKind.EDUCATION_UPGRADED,
                day(d, "completedOn"), 0, facts("educationLevel", text(d, "educationLevel"), "school", text(d, "school"),
                "major", text(d, "major")), version(d)));
    }

    private static OffsetDateTime time(EventEnvelope e) {
        if (e.time() == null) {
            throw new IllegalArgumentException("event " + e.id() + " (" + e.type() + ") lacks time");
        }
        return e.time();
    }

    private static OffsetDateTime day(JsonNode d, String field) {
        return ArchiveLine.startOf(LocalDate.parse(d.get(field).asText()));
    }

    private static UUID uuid(JsonNode d, String field) {
        return UUID.fromString(d.get(field).asText());
    }

    private static long version(JsonNode d) {
        return d.get("version").asLong();
    }

    private static String text(JsonNode d, String field) {
        return VersionedProjection.text(d, field);
    }

    private static BigDecimal number(JsonNode d, String field) {
        return d.hasNonNull(field) ? new BigDecimal(d.get(field).asText()) : null;
    }

    /** A figure the contract gives with 2 decimals (composite, total, weighted), kept so however the JSON was parsed. */
    private static BigDecimal points(JsonNode d, String field) {
        BigDecimal n = number(d, field);
        return n == null ? null : n.setScale(2, RoundingMode.HALF_UP);
    }

    /** Facts in the order given; null values are left out. */
    private static Map<String, Object> facts(Object... keysAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                facts.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return facts;
    }
}
