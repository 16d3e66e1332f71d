package org.reservoir.reporting.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.RefusedEvent;
import org.reservoir.reporting.consumers.ArchiveHandlers;
import org.reservoir.reporting.domain.ArchiveLine;
import org.reservoir.reporting.domain.ArchiveLineKind;
import org.reservoir.reporting.domain.Timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How events become growth-archive lines, how the timeline is ordered and how a line reads — without Quarkus. */
class ArchiveTimelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID CANDIDATE = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-10T07:20:00Z");

    private static EventEnvelope event(String type, OffsetDateTime time, String data) {
        try {
            return new EventEnvelope(UUID.randomUUID().toString(), "1.0", type, "/reservoir/test", CANDIDATE.toString(), time,
                    "application/json", null, null, JSON.readTree(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String candidate(String status, long version, String transition) {
        return """
                {"candidateId":"%s","campaignId":"7a2d9c4e-1b3f-4e6a-8c5d-2f1e0d9c8b7a","name":"李明","countyCode":"652327000000",
                 "townshipCode":"652327101000","villageCode":"652327101201","targetPost":"COMMITTEE_MEMBER","track":"FULL_TIME",
                 "birthYear":1990,"status":"%s","electedPosts":["COMMITTEE_MEMBER"],"exitReason":%s,"version":%d,"transition":%s,
                 "idNumber":"652327199001011234"}"""
                .formatted(CANDIDATE, status, status.equals("EXITED") ? "\"MOVED_AWAY\"" : "null", version, transition);
    }

    private static ArchiveLine only(EventEnvelope e) {
        List<ArchiveLine> lines = ArchiveLines.of(e);
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    @Test
    void aStatusChangeIsOneLinePerCandidateVersionAndTheSameEventMakesTheSameLine() {
        EventEnvelope e = event("reservoir.recruitment.candidate.status-changed", AT, candidate("TOWNSHIP_APPROVED", 2,
                "{\"action\":\"TOWNSHIP_APPROVE\",\"from\":\"REGISTERED\",\"to\":\"TOWNSHIP_APPROVED\",\"reason\":\"材料齐全\"}"));
        ArchiveLine line = only(e);
        assertEquals("candidate:" + CANDIDATE + ":v2", line.key());
        assertEquals(ArchiveLineKind.STATUS_CHANGED, line.kind());
        assertEquals(AT, line.occurredAt());
        assertEquals(2, line.seq());
        assertEquals(Map.of("action", "TOWNSHIP_APPROVE", "from", "REGISTERED", "to", "TOWNSHIP_APPROVED", "reason", "材料齐全"), line.facts());
        // Redelivered (another envelope id, same snapshot): the very same line, so the projection keeps one.
        assertEquals(line, only(event(e.type(), AT, e.data().toString())));
        assertEquals("已登记 → 乡镇初审通过（理由：材料齐全）", ArchiveTexts.summary(line, Messages.CHINESE));
        assertEquals("REGISTERED → TOWNSHIP_APPROVED (reason: 材料齐全)", ArchiveTexts.summary(line, Locale.ENGLISH));
    }

    @Test
    void snapshotsWithoutAStepMakeNoLineAndUnknownTypesAreIgnored() {
        assertTrue(ArchiveLines.of(event("reservoir.recruitment.candidate.status-changed", AT, candidate("VETTED", 5, "null"))).isEmpty());
        assertTrue(ArchiveLines.of(event("reservoir.recruitment.candidate.profile-updated", AT, candidate("VETTED", 6, "null"))).isEmpty());
        assertTrue(ArchiveLines.of(event("reservoir.training.mentorship.silent", AT, "{}")).isEmpty());
        assertThrows(RefusedEvent.class, () -> ArchiveLines.of(event("reservoir.training.hours.credited", AT, "{\"candidateId\":\"x\"}")));
    }

    @Test
    void theExitNamesItsReasonAndNoLineCarriesTheIdNumber() {
        ArchiveLine exit = only(event("reservoir.recruitment.candidate.status-changed", AT, candidate("EXITED", 9,
                "{\"action\":\"EXIT\",\"from\":\"IN_POOL\",\"to\":\"EXITED\",\"reason\":null}")));
        assertEquals("MOVED_AWAY", exit.facts().get("exitReason"));
        assertEquals("入库储备 → 已退出（退出原因：迁出）", ArchiveTexts.summary(exit, Messages.CHINESE));
        ArchiveLine registered = only(event("reservoir.recruitment.candidate.registered", AT, candidate("REGISTERED", 0, "null")));
        assertEquals("报名登记（专职，目标岗位：村委会委员）", ArchiveTexts.summary(registered, Messages.CHINESE));
        for (ArchiveLine line : List.of(exit, registered)) {
            assertFalse(line.facts().toString().contains("652327199001011234"), line.facts().toString());
        }
    }

    @Test
    void anEvaluationIsOneLinePerCampaignWhoseCorrectionReplacesTheScores() {
        String data = """
                {"candidateId":"%s","campaignId":"7a2d9c4e-1b3f-4e6a-8c5d-2f1e0d9c8b7a","planId":"%s","resultVersion":%d,"composite":84.50,
                 "passed":true,"rank":2,"rankOf":9,"breakdown":[{"component":"WRITTEN_TEST","score":85,"maxScore":100,"weight":50,"weighted":42.50},
                 {"component":"INTERVIEW","score":84,"maxScore":100,"weight":50,"weighted":42.00}],"sealedAt":"2026-05-20T02:00:00Z",
                 "countyCode":"652327000000","townshipCode":"652327101000","villageCode":"652327101201","version":3}""";
        ArchiveLine first = only(event("reservoir.assessment.evaluation.completed", AT, data.formatted(CANDIDATE, UUID.randomUUID(), 1)));
        ArchiveLine corrected = only(event("reservoir.assessment.evaluation.completed", AT, data.formatted(CANDIDATE, UUID.randomUUID(), 2)));
        assertEquals(first.key(), corrected.key());
        assertEquals(2, corrected.version());
        assertEquals(OffsetDateTime.parse("2026-05-20T02:00:00Z"), first.occurredAt());
        assertEquals(new BigDecimal("84.50"), first.facts().get("composite"));
        assertEquals("选拔测评：综合成绩84.50，合格，排名2/9（笔试 85/100；结构化面试 84/100）", ArchiveTexts.summary(first, Messages.CHINESE));
    }

    @Test
    void trainingAndAppraisalEventsMakeTheirLines() {
        String regions = "\"countyCode\":\"652327000000\",\"townshipCode\":\"652327101000\",\"villageCode\":\"652327101201\"";
        UUID pair = UUID.randomUUID();
        List<ArchiveLine> ended = ArchiveLines.of(event("reservoir.training.mentorship.ended", AT, """
                {"pairId":"%s","mentorId":"%s","candidateId":"%s","startedOn":"2026-03-01","endsOn":"2027-02-28","endedOn":"2026-11-20",
                 "endReason":"PERIOD_OVER","status":"ENDED",%s,"version":4}""".formatted(pair, UUID.randomUUID(), CANDIDATE, regions)));
        assertEquals(List.of(ArchiveLineKind.MENTOR_PAIR_STARTED, ArchiveLineKind.MENTOR_PAIR_ENDED), ended.stream().map(ArchiveLine::kind).toList());
        assertEquals(LocalDate.of(2026, 3, 1), ended.get(0).on());
        assertEquals(LocalDate.of(2026, 11, 20), ended.get(1).on());
        assertEquals("导师帮带结束：帮带期满", ArchiveTexts.summary(ended.get(1), Messages.CHINESE));

        ArchiveLine hours = only(event("reservoir.training.hours.credited", AT, """
                {"attendanceId":"%s","candidateId":"%s","programmeId":"%s","sessionId":"%s","programmeKind":"REGULAR","hours":3.5,
                 "attendedOn":"2026-07-01",%s,"version":0}""".formatted(UUID.randomUUID(), CANDIDATE, UUID.randomUUID(), UUID.randomUUID(), regions)));
        assertEquals(LocalDate.of(2026, 7, 1), hours.on());
        assertEquals("参加常态培训，计3.5学时", ArchiveTexts.summary(hours, Messages.CHINESE));

        ArchiveLine graded = only(event("reservoir.assessment.appraisal.graded", AT, """
                {"appraisalId":"%s","cycleId":"%s","candidateId":"%s","period":"2026-H1","grade":"EXCELLENT","total":91.25,
                 "proposals":[{"proposalId":"%s","kind":"KEY_CULTIVATION","status":"OPEN"}],%s,"version":2}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), CANDIDATE, UUID.randomUUID(), regions)));
        assertEquals("2026-H1半年考评：优秀，总分91.25", ArchiveTexts.summary(graded, Messages.CHINESE));

        List<ArchiveLine> practice = ArchiveLines.of(event("reservoir.training.practice.ended", AT, """
                {"assignmentId":"%s","candidateId":"%s","postKind":"GRID_MEMBER","postVillageCode":"652327101202","crossVillage":true,
                 "startOn":"2026-04-01","endOn":"2026-09-30","endedOn":"2026-09-28","supervisor":"王书记","status":"ENDED",
                 "evaluation":{"grade":"GOOD","comment":null},%s,"version":2}""".formatted(UUID.randomUUID(), CANDIDATE, regions)));
        assertEquals("上岗锻炼结束：网格员，评定良好", ArchiveTexts.summary(practice.get(1), Messages.CHINESE));
        assertEquals(LocalDate.of(2026, 9, 28), practice.get(1).on());

        ArchiveLine education = only(event("reservoir.training.education.completed", AT, """
                {"recordId":"%s","candidateId":"%s","educationLevel":"JUNIOR_COLLEGE","school":"昌吉职业技术学院","major":null,
                 "completedOn":"2026-07-10","version":1}""".formatted(UUID.randomUUID(), CANDIDATE)));
        assertEquals("学历提升：大专（昌吉职业技术学院）", ArchiveTexts.summary(education, Messages.CHINESE));
    }

    @Test
    void aGoalAndATaskAreOneLineEachWhoseNewerSnapshotsReplaceTheirState() {
        String regions = "\"countyCode\":\"652327000000\",\"townshipCode\":\"652327101000\",\"villageCode\":\"652327101201\"";
        UUID pair = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        String goalData = """
                {"pairId":"%s","candidateId":"%s","goalId":"%s","year":2026,"area":"WRITING","description":"每季度独立起草一份村务公开材料",
                 "achieved":%s,"setAt":"2026-03-02T01:30:00Z",%s,"version":%d}""";
        ArchiveLine set = only(event("reservoir.training.mentorship.goal-set", AT, goalData.formatted(pair, CANDIDATE, goal, false, regions, 0)));
        ArchiveLine achieved = only(event("reservoir.training.mentorship.goal-set", AT.plusDays(90),
                goalData.formatted(pair, CANDIDATE, goal, true, regions, 1)));
        assertEquals("goal:" + goal, set.key());
        assertEquals(set.key(), achieved.key());
        assertEquals(ArchiveLineKind.GROWTH_GOAL, set.kind());
        assertEquals(OffsetDateTime.parse("2026-03-02T01:30:00Z"), achieved.occurredAt(), "the line stays where the goal was set");
        assertEquals(1, achieved.version());
        assertEquals("2026年成长目标（文稿撰写）：每季度独立起草一份村务公开材料（进行中）", ArchiveTexts.summary(set, Messages.CHINESE));
        assertEquals("2026年成长目标（文稿撰写）：每季度独立起草一份村务公开材料（已达成）", ArchiveTexts.summary(achieved, Messages.CHINESE));
        assertEquals("Growth goal 2026 (writing): 每季度独立起草一份村务公开材料 (achieved)", ArchiveTexts.summary(achieved, Locale.ENGLISH));

        UUID task = UUID.randomUUID();
        String taskData = """
                {"pairId":"%s","candidateId":"%s","taskId":"%s","month":"2026-06","title":"整理村规民约学习笔记","dueOn":"2026-06-30",
                 "status":"%s","assignedAt":"2026-06-01T02:00:00Z",%s,"version":%d}""";
        List<ArchiveLine> snapshots = List.of(
                only(event("reservoir.training.mentorship.task-assigned", AT, taskData.formatted(pair, CANDIDATE, task, "OPEN", regions, 0))),
                only(event("reservoir.training.mentorship.task-reported", AT, taskData.formatted(pair, CANDIDATE, task, "REPORTED", regions, 1))),
                only(event("reservoir.training.mentorship.task-reviewed", AT, taskData.formatted(pair, CANDIDATE, task, "REVIEWED", regions, 2))));
        assertEquals(List.of("task:" + task), snapshots.stream().map(ArchiveLine::key).distinct().toList());
        assertEquals(List.of(0L, 1L, 2L), snapshots.stream().map(ArchiveLine::version).toList());
        assertEquals(Map.of("pairId", pair.toString(), "month", "2026-06", "title", "整理村规民约学习笔记", "dueOn", "2026-06-30",
                "status", "REVIEWED"), snapshots.get(2).facts());
        assertEquals("2026-06月度任务：整理村规民约学习笔记，2026-06-30前完成（已反馈）", ArchiveTexts.summary(snapshots.get(2), Messages.CHINESE));
        assertEquals("Monthly task of 2026-06: 整理村规民约学习笔记, due 2026-06-30 (open)", ArchiveTexts.summary(snapshots.get(0), Locale.ENGLISH));
        // A snapshot missing what its contract requires is refused, not half-recorded.
        assertThrows(RefusedEvent.class, () -> ArchiveLines.of(event("reservoir.training.mentorship.task-assigned", AT,
                taskData.formatted(pair, CANDIDATE, task, "OPEN", regions, 0).replace("\"title\":\"整理村规民约学习笔记\",", ""))));
    }

    /** The archive reads every topic one of its rules makes lines from, the profile's among them. */
    @Test
    void theArchiveSubscribesToEveryTopicItsRulesRead() {
        ArchiveHandlers handler = new ArchiveHandlers(null);
        assertEquals(java.util.Set.of("recruitment.candidate.v1", "assessment.evaluation.v1", "assessment.appraisal.v1", "training.mentorship.v1",
                "training.attendance.v1", "training.practice.v1", "training.education.v1"), handler.topics());
        assertTrue(handler.topics().contains(handler.topic()));
    }

    @Test
    void theTimelineIsOrderedByTimeThenSequenceThenKeyWhateverTheArrivalOrder() {
        OffsetDateTime t = OffsetDateTime.parse("2026-06-01T00:00:00+08:00");
        List<ArchiveLine> expected = List.of(
                line("candidate:v0", ArchiveLineKind.REGISTERED, t.minusDays(30), 0),
                line("hours:a", ArchiveLineKind.TRAINING_HOURS, t, 0),
                // The same instant as hours:a in another offset: the sequence and then the key decide.
                line("candidate:v3", ArchiveLineKind.STATUS_CHANGED, t.withOffsetSameInstant(java.time.ZoneOffset.UTC), 3),
                line("candidate:v4", ArchiveLineKind.STATUS_CHANGED, t, 4),
                line("practice:b", ArchiveLineKind.PRACTICE_STARTED, t.plusHours(1), 0),
                line("practice:c", ArchiveLineKind.PRACTICE_STARTED, t.plusHours(1), 0));
        Random random = new Random(11);
        for (int i = 0; i < 20; i++) {
            List<ArchiveLine> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, Timeline.order(shuffled));
        }
    }

    private static ArchiveLine line(String key, ArchiveLineKind kind, OffsetDateTime at, long seq) {
        return new ArchiveLine(key, CANDIDATE, kind, at, seq, Map.of(), 0);
    }
}
