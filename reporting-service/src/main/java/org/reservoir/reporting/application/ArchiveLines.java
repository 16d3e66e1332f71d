package org.reservoir.reporting.application;

import com.fasterxml.jackson.databind.JsonNode;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.RefusedEvent;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.reporting.domain.ArchiveLine;
import org.reservoir.reporting.domain.ArchiveLineKind;
import org.reservoir.reporting.events.ArchiveTopics;
import org.reservoir.reporting.events.CultivationTopics;
import org.reservoir.reporting.events.RecruitmentTopics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * The growth-archive lines an event makes, from what its contract carries (docs/events): pure, so redelivery and ordering are
 * tested without Kafka. One generic step per event — check the fields its type must carry, take the reserve and the source's
 * version — then the type's own function makes the lines ({@link #RULES}). An event type without a rule makes none. Line keys
 * name the source, so the same event (or a repeated snapshot) always makes the same lines.
 */
public final class ArchiveLines {

    /** How one event type becomes lines: its topic, the data field holding the source's version, the fields it must carry. */
    private record Rule(String topic, String versionField, List<String> fields, Function<Source, List<ArchiveLine>> lines) {
    }

    /** An event decoded for its lines: the checked data, the reserve and the version every line of it carries. */
    record Source(EventEnvelope event, JsonNode data, UUID candidateId, long version) {

        ArchiveLine line(String key, ArchiveLineKind kind, OffsetDateTime at, long seq, Map<String, Object> facts) {
            return new ArchiveLine(key, candidateId, kind, at, seq, facts, version);
        }

        String id(String field) {
            return data.get(field).asText();
        }

        String text(String field) {
            return VersionedProjection.text(data, field);
        }

        /** The envelope's time, for events whose data tells no time of their own. */
        OffsetDateTime time() {
            if (event.time() == null) {
                throw new RefusedEvent("event " + event.id() + " (" + event.type() + ") lacks time");
            }
            return event.time();
        }

        OffsetDateTime instant(String field) {
            return OffsetDateTime.parse(data.get(field).asText());
        }

        OffsetDateTime day(String field) {
            return ArchiveLine.startOf(LocalDate.parse(data.get(field).asText()));
        }
    }

    // Before RULES, which reads them.
    private static final String[] TASK_FIELDS = {"taskId", "month", "title", "dueOn", "status", "assignedAt"};
    private static final String[] PRACTICE_FIELDS = {"assignmentId", "postKind", "postVillageCode", "startOn", "endOn", "status"};

    private static final Map<String, Rule> RULES = Map.ofEntries(
            rule(RecruitmentTopics.CANDIDATE, ArchiveTopics.CANDIDATE_REGISTERED, ArchiveLines::registered, "campaignId", "track"),
            rule(RecruitmentTopics.CANDIDATE, ArchiveTopics.CANDIDATE_STATUS_CHANGED, ArchiveLines::statusChanged, "status"),
            rule(RecruitmentTopics.CANDIDATE, ArchiveTopics.CANDIDATE_KEY_CULTIVATION_MARKED, ArchiveLines::keyCultivation),
            Map.entry(ArchiveTopics.EVALUATION_COMPLETED, new Rule(ArchiveTopics.EVALUATION, "resultVersion",
                    List.of("campaignId", "composite", "passed", "rank", "rankOf", "breakdown", "sealedAt"), ArchiveLines::evaluated)),
            rule(CultivationTopics.APPRAISAL, CultivationTopics.APPRAISAL_GRADED, ArchiveLines::graded, "appraisalId", "period", "grade", "total"),
            rule(CultivationTopics.APPRAISAL, CultivationTopics.PROPOSAL_DECIDED, ArchiveLines::decided, "proposalId", "kind", "status"),
            rule(CultivationTopics.MENTORSHIP, CultivationTopics.PAIR_STARTED, ArchiveLines::pair, "pairId", "startedOn", "endsOn", "status"),
            rule(CultivationTopics.MENTORSHIP, CultivationTopics.PAIR_ENDED, ArchiveLines::pair, "pairId", "startedOn", "endsOn", "status"),
            rule(CultivationTopics.MENTORSHIP, CultivationTopics.FOLLOWUP_RECORDED, ArchiveLines::followUp, "taskId", "pairId", "month",
                    "recordedAt"),
            rule(CultivationTopics.MENTORSHIP, ArchiveTopics.GOAL_SET, ArchiveLines::goal, "goalId", "year", "area", "description",
                    "achieved", "setAt"),
            rule(CultivationTopics.MENTORSHIP, ArchiveTopics.TASK_ASSIGNED, ArchiveLines::task, TASK_FIELDS),
            rule(CultivationTopics.MENTORSHIP, ArchiveTopics.TASK_REPORTED, ArchiveLines::task, TASK_FIELDS),
            rule(CultivationTopics.MENTORSHIP, ArchiveTopics.TASK_REVIEWED, ArchiveLines::task, TASK_FIELDS),
            rule(CultivationTopics.ATTENDANCE, CultivationTopics.HOURS_CREDITED, ArchiveLines::hours, "attendanceId", "programmeKind",
                    "hours", "attendedOn"),
            rule(CultivationTopics.PRACTICE, ArchiveTopics.PRACTICE_STARTED, ArchiveLines::practice, PRACTICE_FIELDS),
            rule(CultivationTopics.PRACTICE, ArchiveTopics.PRACTICE_ENDED, ArchiveLines::practice, PRACTICE_FIELDS),
            rule(ArchiveTopics.EDUCATION, ArchiveTopics.EDUCATION_COMPLETED, ArchiveLines::education, "recordId", "educationLevel", "school",
                    "completedOn"));

    private ArchiveLines() {
    }

    /** The lines of {@code event}: its type's function over its checked data; none for a type the archive does not record. */
    public static List<ArchiveLine> of(EventEnvelope event) {
        Rule rule = RULES.get(event.type());
        if (rule == null) {
            return List.of();
        }
        List<String> fields = new ArrayList<>(rule.fields());
        fields.add("candidateId");
        fields.add(rule.versionField());
        JsonNode d = VersionedProjection.require(event, fields.toArray(String[]::new));
        return rule.lines().apply(new Source(event, d, UUID.fromString(d.get("candidateId").asText()), d.get(rule.versionField()).asLong()));
    }

    /** The topics whose events make lines: the archive subscribes to each. */
    public static Set<String> topics() {
        return new TreeSet<>(RULES.values().stream().map(Rule::topic).toList());
    }

    private static Map.Entry<String, Rule> rule(String topic, String type, Function<Source, List<ArchiveLine>> lines, String... fields) {
        return Map.entry(type, new Rule(topic, "version", List.of(fields), lines));
    }

    private static List<ArchiveLine> registered(Source s) {
        return List.of(s.line("candidate:" + s.candidateId() + ":registered", ArchiveLineKind.REGISTERED, s.time(), s.version(),
                facts("campaignId", s.id("campaignId"), "track", s.text("track"), "targetPost", s.text("targetPost"),
                        "channel", s.text("channel"))));
    }

    /** A pipeline step; a status-changed snapshot without its transition tells no step and makes no line. */
    private static List<ArchiveLine> statusChanged(Source s) {
        JsonNode d = s.data();
        JsonNode t = d.path("transition");
        if (!t.hasNonNull("to")) {
            return List.of();
        }
        String to = t.get("to").asText();
        Map<String, Object> facts = facts("action", text(t, "action"), "from", text(t, "from"), "to", to, "reason", text(t, "reason"));
        if ("EXITED".equals(to)) {
            facts.put("exitReason", s.text("exitReason"));
        }
        if ("ELECTED".equals(to) || "APPOINTED".equals(to)) {
            List<String> posts = new ArrayList<>();
            d.path("electedPosts").forEach(p -> posts.add(p.asText()));
            facts.put("electedPosts", posts);
        }
        if ("ON_PROBATION".equals(to)) {
            facts.put("probationPlannedEnd", s.text("probationPlannedEnd"));
        }
        return List.of(s.line("candidate:" + s.candidateId() + ":v" + s.version(), ArchiveLineKind.STATUS_CHANGED, s.time(), s.version(), facts));
    }

    private static List<ArchiveLine> keyCultivation(Source s) {
        return List.of(s.line("candidate:" + s.candidateId() + ":key-cultivation", ArchiveLineKind.KEY_CULTIVATION, s.time(), s.version(),
                facts()));
    }

    /** One line per candidate and campaign; a correction (higher resultVersion) replaces the scores. */
    private static List<ArchiveLine> evaluated(Source s) {
        JsonNode d = s.data();
        List<Map<String, Object>> parts = new ArrayList<>();
        for (JsonNode p : d.get("breakdown")) {
            parts.add(facts("component", text(p, "component"), "score", number(p, "score"), "maxScore", number(p, "maxScore"),
                    "weight", p.path("weight").asInt(), "weighted", points(p, "weighted")));
        }
        return List.of(s.line("evaluation:" + s.candidateId() + ":" + s.id("campaignId"), ArchiveLineKind.EVALUATED, s.instant("sealedAt"), 0,
                facts("composite", points(d, "composite"), "passed", d.get("passed").asBoolean(), "rank", d.get("rank").asInt(),
                        "rankOf", d.get("rankOf").asInt(), "resultVersion", s.version(), "breakdown", parts)));
    }

    private static List<ArchiveLine> graded(Source s) {
        List<String> proposals = new ArrayList<>();
        s.data().path("proposals").forEach(p -> proposals.add(p.path("kind").asText()));
        return List.of(s.line("appraisal:" + s.id("appraisalId"), ArchiveLineKind.APPRAISAL_GRADED, s.time(), 0,
                facts("period", s.text("period"), "grade", s.text("grade"), "total", points(s.data(), "total"), "proposals", proposals)));
    }

    private static List<ArchiveLine> decided(Source s) {
        return List.of(s.line("proposal:" + s.id("proposalId"), ArchiveLineKind.PROPOSAL_DECIDED, s.time(), 0,
                facts("kind", s.text("kind"), "status", s.text("status"), "reason", s.text("reason"))));
    }

    /** A pair's snapshot: its start always (a started event may have been missed), its end once it has one. */
    private static List<ArchiveLine> pair(Source s) {
        String pair = s.id("pairId");
        List<ArchiveLine> lines = new ArrayList<>();
        lines.add(s.line("pair:" + pair + ":started", ArchiveLineKind.MENTOR_PAIR_STARTED, s.day("startedOn"), 0,
                facts("pairId", pair, "endsOn", s.text("endsOn"))));
        if ("ENDED".equals(s.id("status")) && s.data().hasNonNull("endedOn")) {
            lines.add(s.line("pair:" + pair + ":ended", ArchiveLineKind.MENTOR_PAIR_ENDED, s.day("endedOn"), 1,
                    facts("pairId", pair, "endReason", s.text("endReason"))));
        }
        return lines;
    }

    private static List<ArchiveLine> followUp(Source s) {
        return List.of(s.line("followup:" + s.id("taskId"), ArchiveLineKind.FOLLOW_UP, s.instant("recordedAt"), 0,
                facts("month", s.text("month"), "rating", s.data().hasNonNull("rating") ? s.data().get("rating").asInt() : null)));
    }

    /** One line per goal, where it was first set; a change (newer version) replaces its text and achieved mark. */
    private static List<ArchiveLine> goal(Source s) {
        return List.of(s.line("goal:" + s.id("goalId"), ArchiveLineKind.GROWTH_GOAL, s.instant("setAt"), 0,
                facts("pairId", s.text("pairId"), "year", s.data().get("year").asInt(), "area", s.text("area"),
                        "description", s.text("description"), "achieved", s.data().get("achieved").asBoolean())));
    }

    /** One line per task, where the mentor set it; each newer snapshot (reported, reviewed) replaces its status. */
    private static List<ArchiveLine> task(Source s) {
        return List.of(s.line("task:" + s.id("taskId"), ArchiveLineKind.MONTHLY_TASK, s.instant("assignedAt"), 0,
                facts("pairId", s.text("pairId"), "month", s.text("month"), "title", s.text("title"), "dueOn", s.text("dueOn"),
                        "status", s.text("status"))));
    }

    private static List<ArchiveLine> hours(Source s) {
        return List.of(s.line("hours:" + s.id("attendanceId"), ArchiveLineKind.TRAINING_HOURS, s.day("attendedOn"), 0,
                facts("programmeKind", s.text("programmeKind"), "hours", number(s.data(), "hours"))));
    }

    private static List<ArchiveLine> practice(Source s) {
        String assignment = s.id("assignmentId");
        List<ArchiveLine> lines = new ArrayList<>();
        lines.add(s.line("practice:" + assignment + ":started", ArchiveLineKind.PRACTICE_STARTED, s.day("startOn"), 0,
                facts("postKind", s.text("postKind"), "postVillageCode", s.text("postVillageCode"),
                        "crossVillage", s.data().path("crossVillage").asBoolean(false), "endOn", s.text("endOn"))));
        if ("ENDED".equals(s.id("status"))) {
            lines.add(s.line("practice:" + assignment + ":ended", ArchiveLineKind.PRACTICE_ENDED,
                    s.day(s.data().hasNonNull("endedOn") ? "endedOn" : "endOn"), 1,
                    facts("postKind", s.text("postKind"), "grade", s.data().path("evaluation").path("grade").asText(null))));
        }
        return lines;
    }

    private static List<ArchiveLine> education(Source s) {
        return List.of(s.line("education:" + s.id("recordId"), ArchiveLineKind.EDUCATION_UPGRADED, s.day("completedOn"), 0,
                facts("educationLevel", s.text("educationLevel"), "school", s.text("school"), "major", s.text("major"))));
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
