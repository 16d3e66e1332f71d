package org.reservoir.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.reporting.AlertsTest.assertConforms;
import static org.reservoir.reporting.RecruitmentFeed.region;

/**
 * The growth archive (一人一档) fed with events of every context, each shaped and checked as its contract in docs/events
 * describes it, on the real topics: each line once (also when events are redelivered), in time order, readable by those who
 * may see the reserve and by the reserve, as JSON, XLSX and PDF.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class GrowthArchiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String county = RecruitmentFeed.newCounty();
    private final String township = RecruitmentFeed.township(county, 1);
    private final String otherTownship = RecruitmentFeed.township(county, 2);
    private final String village = RecruitmentFeed.village(township, 1);
    private final UUID campaign = UUID.randomUUID();
    private final UUID candidate = UUID.randomUUID();

    private String regions() {
        return "\"countyCode\":\"%s\",\"townshipCode\":\"%s\",\"villageCode\":\"%s\"".formatted(county, township, village);
    }

    /** Publishes one event after checking it (and its envelope) against its contract; returns the event id. */
    private static String publish(String topic, String key, String id, String type, String data, String schema, boolean envelopeSchema) {
        String envelope = EventProbe.envelope(id, type, key, data);
        try {
            JsonNode node = JSON.readTree(envelope);
            assertConforms(envelopeSchema ? node : node.path("data"), schema);
            assertConforms(node, "envelope.schema.json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        EventProbe.publish(topic, key, id, type, key, data);
        return id;
    }

    private String candidateData(String status, long version, String from, String reason) {
        String transition = from == null ? "null" : "{\"action\":\"ADVANCE\",\"from\":\"%s\",\"to\":\"%s\",\"reason\":%s}"
                .formatted(from, status, reason == null ? "null" : "\"" + reason + "\"");
        return """
                {"candidateId":"%s","campaignId":"%s","name":"李明","%s":"%s","townshipCode":"%s","villageCode":"%s",
                 "targetPost":"COMMITTEE_MEMBER","track":"FULL_TIME","gender":"MALE","birthYear":1990,"educationLevel":"BACHELOR",
                 "politicalStatus":"PARTY_MEMBER","local":true,"sourceGroup":"RETURNING_GRADUATE","channel":"OPEN_RECRUITMENT",
                 "status":"%s","eligible":true,"electedPosts":[],"exitReason":null,"keyCultivation":false,"version":%d,"transition":%s,
                 "ethnicity":"汉族","probationStart":null,"probationPlannedEnd":null}"""
                .formatted(candidate, campaign, "countyCode", county, township, village, status, version, transition);
    }

    private String status(String type, String status, long version, String from, String reason) {
        return publish("recruitment.candidate.v1", candidate.toString(), UUID.randomUUID().toString(), type,
                candidateData(status, version, from, reason), "recruitment.candidate.v1.schema.json", false);
    }

    private String hours(UUID attendance, String hours, String on) {
        return """
                {"attendanceId":"%s","candidateId":"%s","programmeId":"%s","sessionId":"%s","programmeKind":"REGULAR","hours":%s,
                 "attendedOn":"%s","method":"CHECK_IN",%s,"version":0}"""
                .formatted(attendance, candidate, UUID.randomUUID(), UUID.randomUUID(), hours, on, regions());
    }

    private void feedEveryContext() {
        region(county, "测试县", "COUNTY", null, 0);
        region(township, "测试镇", "TOWNSHIP", county, 0);
        region(village, "甲村", "VILLAGE", township, 5);
        EventProbe.publish("recruitment.campaign.v1", campaign.toString(), UUID.randomUUID().toString(), "reservoir.recruitment.campaign.opened",
                campaign.toString(), RecruitmentFeed.campaignData(campaign, county, 45, 1));

        status("reservoir.recruitment.candidate.registered", "REGISTERED", 0, null, null);
        status("reservoir.recruitment.candidate.status-changed", "TOWNSHIP_APPROVED", 1, "REGISTERED", "材料齐全");
        status("reservoir.recruitment.candidate.status-changed", "IN_JOINT_REVIEW", 2, "TOWNSHIP_APPROVED", null);
        status("reservoir.recruitment.candidate.status-changed", "VETTED", 3, "IN_JOINT_REVIEW", null);
        status("reservoir.recruitment.candidate.status-changed", "EVALUATED", 4, "VETTED", null);
        status("reservoir.recruitment.candidate.status-changed", "ADMITTED", 5, "EVALUATED", null);
        status("reservoir.recruitment.candidate.status-changed", "ON_PROBATION", 6, "ADMITTED", null);

        publish("assessment.evaluation.v1", candidate.toString(), UUID.randomUUID().toString(), "reservoir.assessment.evaluation.completed", """
                {"candidateId":"%s","campaignId":"%s","planId":"%s","resultVersion":1,"composite":84.50,"passed":true,"rank":2,"rankOf":9,
                 "breakdown":[{"component":"WRITTEN_TEST","score":85,"maxScore":100,"weight":50,"weighted":42.50},
                 {"component":"INTERVIEW","score":84,"maxScore":100,"weight":50,"weighted":42.00}],"sealedAt":"2026-05-20T02:00:00Z",%s,"version":1}"""
                .formatted(candidate, campaign, UUID.randomUUID(), regions()), "assessment.evaluation.v1.schema.json", true);

        UUID appraisal = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        publish("assessment.appraisal.v1", appraisal.toString(), UUID.randomUUID().toString(), "reservoir.assessment.appraisal.graded", """
                {"appraisalId":"%s","cycleId":"%s","candidateId":"%s","period":"2026-H1","grade":"EXCELLENT","total":91.25,
                 "proposals":[{"proposalId":"%s","kind":"KEY_CULTIVATION","status":"OPEN"}],%s,"version":2}"""
                .formatted(appraisal, UUID.randomUUID(), candidate, proposal, regions()), "assessment.appraisal.v1.schema.json", true);
        publish("assessment.appraisal.v1", appraisal.toString(), UUID.randomUUID().toString(), "reservoir.assessment.proposal.decided", """
                {"proposalId":"%s","appraisalId":"%s","candidateId":"%s","kind":"KEY_CULTIVATION","status":"ACCEPTED","reason":"县级审定",%s,"version":1}"""
                .formatted(proposal, appraisal, candidate, regions()), "assessment.appraisal.v1.schema.json", true);

        UUID pair = UUID.randomUUID();
        publish("training.mentorship.v1", pair.toString(), UUID.randomUUID().toString(), "reservoir.training.mentorship.started", """
                {"pairId":"%s","mentorId":"%s","candidateId":"%s","startedOn":"2026-06-01","endsOn":"2027-05-31","endedOn":null,
                 "endReason":null,"status":"ACTIVE",%s,"version":0}""".formatted(pair, UUID.randomUUID(), candidate, regions()),
                "training.mentorship.v1.schema.json", true);
        publish("training.mentorship.v1", pair.toString(), UUID.randomUUID().toString(), "reservoir.training.mentorship.followup-recorded", """
                {"pairId":"%s","candidateId":"%s","taskId":"%s","month":"2026-06","rating":4,"recordedAt":"2026-06-28T09:30:00+08:00",%s,"version":2}"""
                .formatted(pair, candidate, UUID.randomUUID(), regions()), "training.mentorship.v1.schema.json", true);

        publish("training.attendance.v1", candidate.toString(), UUID.randomUUID().toString(), "reservoir.training.hours.credited",
                hours(UUID.randomUUID(), "3.5", "2026-07-01"), "training.attendance.v1.schema.json", false);

        UUID assignment = UUID.randomUUID();
        String practice = """
                {"assignmentId":"%s","candidateId":"%s","postKind":"GRID_MEMBER","postVillageCode":"%s","crossVillage":false,
                 "startOn":"2026-07-01","endOn":"2026-09-30","endedOn":%s,"supervisor":"王书记","status":"%s","evaluation":%s,%s,"version":%d}""";
        publish("training.practice.v1", assignment.toString(), UUID.randomUUID().toString(), "reservoir.training.practice.started",
                practice.formatted(assignment, candidate, village, "null", "ACTIVE", "null", regions(), 0), "training.practice.v1.schema.json", false);
        publish("training.practice.v1", assignment.toString(), UUID.randomUUID().toString(), "reservoir.training.practice.ended",
                practice.formatted(assignment, candidate, village, "\"2026-09-30\"", "ENDED", "{\"grade\":\"GOOD\",\"comment\":null}", regions(), 1),
                "training.practice.v1.schema.json", false);

        publish("training.education.v1", candidate.toString(), UUID.randomUUID().toString(), "reservoir.training.education.completed", """
                {"recordId":"%s","candidateId":"%s","educationLevel":"MASTER","school":"新疆大学","major":"公共管理","completedOn":"2026-07-10",%s,"version":0}"""
                .formatted(UUID.randomUUID(), candidate, regions()), "training.education.v1.schema.json", false);
    }

    private static final List<String> EVERY_KIND = List.of("REGISTERED", "STATUS_CHANGED", "EVALUATED", "APPRAISAL_GRADED", "PROPOSAL_DECIDED",
            "MENTOR_PAIR_STARTED", "FOLLOW_UP", "TRAINING_HOURS", "PRACTICE_STARTED", "PRACTICE_ENDED", "EDUCATION_UPGRADED");

    private Response get(String auth, String path) {
        return given().header("Authorization", auth).get(path);
    }

    private JsonPath archive(String auth) {
        return get(auth, "/api/v1/reserves/" + candidate + "/archive").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Long> kinds(JsonPath archive) {
        return archive.<String>getList("timeline.kind").stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
    }

    @Test
    void oneReservesWholeRecordOnceInTimeOrderForThoseWhoMaySeeThem() throws Exception {
        feedEveryContext();
        String admin = TestTokens.bearer("county-admin", county);
        JsonPath full = Poll.until("every context's lines in the archive", WAIT, () -> get(admin, "/api/v1/reserves/" + candidate + "/archive"),
                r -> r.statusCode() == 200 && r.jsonPath().getList("timeline").size() == 16).jsonPath();

        Map<String, Long> kinds = kinds(full);
        assertEquals(EVERY_KIND.stream().sorted().toList(), kinds.keySet().stream().sorted().toList());
        assertEquals(6, kinds.get("STATUS_CHANGED"));
        assertEquals("李明", full.getString("profile.name"));
        assertEquals("甲村", full.getString("profile.villageName"));
        assertEquals("ON_PROBATION", full.getString("profile.status"));
        assertEquals("招募1", full.getString("profile.campaignName"));
        assertFalse(full.prettify().contains("idNumber"));

        // Oldest first, whatever the topic the line came from.
        List<OffsetDateTime> times = full.<String>getList("timeline.occurredAt").stream().map(OffsetDateTime::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isBefore(times.get(i - 1)), "line " + i + " before line " + (i - 1) + ": " + times);
        }
        List<String> summaries = full.getList("timeline.summary");
        assertTrue(summaries.contains("已登记 → 乡镇初审通过（理由：材料齐全）"), summaries.toString());
        assertTrue(summaries.contains("选拔测评：综合成绩84.50，合格，排名2/9（笔试 85/100；结构化面试 84/100）"), summaries.toString());
        assertTrue(summaries.contains("2026-H1半年考评：优秀，总分91.25"), summaries.toString());
        assertTrue(summaries.contains("学历提升：硕士（新疆大学）"), summaries.toString());
        List<String> english = given().header("Authorization", admin).header("Accept-Language", "en")
                .get("/api/v1/reserves/" + candidate + "/archive").then().statusCode(200).extract().jsonPath().getList("timeline.summary");
        assertTrue(english.contains("REGISTERED → TOWNSHIP_APPROVED (reason: 材料齐全)"), english.toString());

        // Redelivery: the same event id again, the same snapshots under new ids — then a new line behind them on the same keys.
        String again = status("reservoir.recruitment.candidate.status-changed", "ADMITTED", 5, "EVALUATED", null);
        EventProbe.publish("recruitment.candidate.v1", candidate.toString(), again, "reservoir.recruitment.candidate.status-changed",
                candidate.toString(), candidateData("ADMITTED", 5, "EVALUATED", null));
        UUID attendance = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            publish("training.attendance.v1", candidate.toString(), UUID.randomUUID().toString(), "reservoir.training.hours.credited",
                    hours(attendance, "2", "2026-08-01"), "training.attendance.v1.schema.json", false);
        }
        status("reservoir.recruitment.candidate.status-changed", "PROBATION_PASSED", 7, "ON_PROBATION", null);
        publish("training.attendance.v1", candidate.toString(), UUID.randomUUID().toString(), "reservoir.training.hours.credited",
                hours(UUID.randomUUID(), "1", "2026-08-02"), "training.attendance.v1.schema.json", false);
        JsonPath later = Poll.until("the lines behind the repeats", WAIT, () -> archive(admin),
                a -> kinds(a).get("STATUS_CHANGED") == 7 && kinds(a).get("TRAINING_HOURS") == 3);
        assertEquals(19, later.getList("timeline").size(), later.getList("timeline.summary").toString());
        assertEquals("PROBATION_PASSED", later.getString("profile.status"));

        // Conditional GET: the revision is the ETag.
        String etag = get(admin, "/api/v1/reserves/" + candidate + "/archive").then().statusCode(200).extract().header("ETag");
        given().header("Authorization", admin).header("If-None-Match", etag).get("/api/v1/reserves/" + candidate + "/archive")
                .then().statusCode(304);

        // Who may read it: the county, the reserve's township, the reserve; not the other township, another county or another reserve.
        archive(TestTokens.bearer("township-officer", township));
        archive(TestTokens.bearer("viewer", village));
        String self = TestTokens.bearerAs(candidate.toString(), "reserve", village);
        archive(self);
        get(self, "/api/v1/me/archive").then().statusCode(200).body("profile.candidateId", equalTo(candidate.toString()))
                .body("timeline.size()", equalTo(19));
        get(TestTokens.bearer("township-officer", otherTownship), "/api/v1/reserves/" + candidate + "/archive").then().statusCode(404)
                .contentType("application/problem+json");
        get(TestTokens.bearer("county-admin", RecruitmentFeed.newCounty()), "/api/v1/reserves/" + candidate + "/archive").then().statusCode(404);
        get(TestTokens.bearerAs(UUID.randomUUID().toString(), "reserve", village), "/api/v1/reserves/" + candidate + "/archive")
                .then().statusCode(404);
        get(TestTokens.bearerAs(UUID.randomUUID().toString(), "reserve", village), "/api/v1/me/archive").then().statusCode(404);
        get(admin, "/api/v1/reserves/" + UUID.randomUUID() + "/archive").then().statusCode(404);
        get(TestTokens.bearer("mentor", county), "/api/v1/reserves/" + candidate + "/archive").then().statusCode(403);
        get(admin, "/api/v1/reserves/" + candidate + "/archive?format=DOCX").then().statusCode(400);

        // XLSX: the profile and the timeline in Chinese, scores and hours as numbers.
        byte[] xlsx = get(admin, "/api/v1/reserves/" + candidate + "/archive?format=XLSX").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> profile = wb.findSheet("基本信息").orElseThrow().read();
            assertEquals(List.of("项目", "内容"), List.of(profile.get(0).getCellText(0), profile.get(0).getCellText(1)));
            assertTrue(profile.stream().anyMatch(r -> r.getCellText(0).equals("姓名") && r.getCellText(1).equals("李明")));
            Row birth = profile.stream().filter(r -> r.getCellText(0).equals("出生年份")).findFirst().orElseThrow();
            assertEquals(CellType.NUMBER, birth.getCell(1).getType());
            List<Row> lines = wb.findSheet("成长记录").orElseThrow().read();
            assertEquals(List.of("序号", "日期", "时间", "类别", "内容", "成绩", "学时"), lines.get(0).stream().map(Cell::getText).toList());
            assertEquals(20, lines.size());
            Row evaluation = lines.stream().filter(r -> "选拔测评".equals(r.getCellText(3))).findFirst().orElseThrow();
            assertEquals(CellType.NUMBER, evaluation.getCell(5).getType());
            assertEquals(0, new BigDecimal("84.50").compareTo(evaluation.getCellAsNumber(5).orElseThrow()));
            BigDecimal hours = lines.stream().filter(r -> "培训学时".equals(r.getCellText(3)))
                    .map(r -> r.getCellAsNumber(6).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, new BigDecimal("6.5").compareTo(hours));
        }

        // PDF: parses back, with the reserve's name and the timeline's lines.
        byte[] pdf = get(self, "/api/v1/me/archive?format=PDF").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("李明"), text);
            for (String line : List.of("已登记→乡镇初审通过（理由：材料齐全）", "选拔测评：综合成绩84.50", "2026-H1半年考评：优秀，总分91.25",
                    "导师帮带结对，计划至2027-05-31", "上岗锻炼结束：网格员，评定良好", "学历提升：硕士（新疆大学）", "试岗中→试岗合格")) {
                assertTrue(text.contains(line), line + " not in " + text);
            }
        }
    }

    @Test
    void theMentorPairsGoalsAndMonthlyTasksShowOnceWithTheirNewestStateWhateverTheOrderOfTheirEvents() throws Exception {
        region(county, "测试县", "COUNTY", null, 0);
        region(township, "测试镇", "TOWNSHIP", county, 0);
        region(village, "甲村", "VILLAGE", township, 5);
        status("reservoir.recruitment.candidate.registered", "REGISTERED", 0, null, null);
        UUID pair = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        String goalData = """
                {"pairId":"%s","candidateId":"%s","goalId":"%s","year":2026,"area":"POLITICAL_THEORY","description":"系统学习党章党规",
                 "achieved":%s,"setAt":"2026-06-02T01:30:00Z",%s,"version":%d}""";
        String taskData = """
                {"pairId":"%s","candidateId":"%s","taskId":"%s","month":"2026-06","title":"整理村规民约学习笔记","dueOn":"2026-06-30",
                 "status":"%s","assignedAt":"2026-06-03T02:00:00Z",%s,"version":%d}""";
        String mentorship = "training.mentorship.v1";
        String schema = "training.mentorship.v1.schema.json";
        publish(mentorship, pair.toString(), UUID.randomUUID().toString(), "reservoir.training.mentorship.goal-set",
                goalData.formatted(pair, candidate, goal, false, regions(), 0), schema, true);
        publish(mentorship, pair.toString(), UUID.randomUUID().toString(), "reservoir.training.mentorship.goal-set",
                goalData.formatted(pair, candidate, goal, true, regions(), 1), schema, true);
        publish(mentorship, pair.toString(), UUID.randomUUID().toString(), "reservoir.training.mentorship.task-assigned",
                taskData.formatted(pair, candidate, task, "OPEN", regions(), 0), schema, true);
        // The review overtakes the report: the older snapshot arriving late changes nothing.
        publish(mentorship, pair.toString(), UUID.randomUUID().toString(), "reservoir.training.mentorship.task-reviewed",
                taskData.formatted(pair, candidate, task, "REVIEWED", regions(), 2), schema, true);
        publish(mentorship, pair.toString(), UUID.randomUUID().toString(), "reservoir.training.mentorship.task-reported",
                taskData.formatted(pair, candidate, task, "REPORTED", regions(), 1), schema, true);

        String admin = TestTokens.bearer("county-admin", county);
        Poll.until("the goal and the task in the archive", WAIT, () -> get(admin, "/api/v1/reserves/" + candidate + "/archive"),
                r -> r.statusCode() == 200 && r.jsonPath().<String>getList("timeline.kind").containsAll(List.of("GROWTH_GOAL", "MONTHLY_TASK"))
                        && r.jsonPath().<String>getList("timeline.summary").contains("2026年成长目标（政治理论）：系统学习党章党规（已达成）"));
        // Settle: the late report is behind the review in the partition, so once it is applied nothing may have changed.
        String lastEvent = publish(mentorship, pair.toString(), UUID.randomUUID().toString(), "reservoir.training.mentorship.goal-set",
                goalData.formatted(pair, candidate, goal, false, regions(), 0), schema, true);
        EventProbe.publish(mentorship, pair.toString(), lastEvent, "reservoir.training.mentorship.goal-set", pair.toString(),
                goalData.formatted(pair, candidate, goal, false, regions(), 0));
        UUID marker = UUID.randomUUID();
        publish(mentorship, pair.toString(), UUID.randomUUID().toString(), "reservoir.training.mentorship.task-assigned",
                taskData.formatted(pair, candidate, marker, "OPEN", regions(), 0).replace("2026-06-03T02:00:00Z", "2026-06-04T02:00:00Z"),
                schema, true);
        JsonPath archive = Poll.until("the marker task behind the repeats", WAIT, () -> archive(admin),
                a -> kinds(a).getOrDefault("MONTHLY_TASK", 0L) == 2);
        assertEquals(Map.of("REGISTERED", 1L, "GROWTH_GOAL", 1L, "MONTHLY_TASK", 2L), kinds(archive));
        List<String> summaries = archive.getList("timeline.summary");
        assertTrue(summaries.contains("2026年成长目标（政治理论）：系统学习党章党规（已达成）"), summaries.toString());
        assertTrue(summaries.contains("2026-06月度任务：整理村规民约学习笔记，2026-06-30前完成（已反馈）"), summaries.toString());
        // In time order: the goal and the tasks where they were set (June), the registration when its event was sent (now).
        assertEquals(List.of("GROWTH_GOAL", "MONTHLY_TASK", "MONTHLY_TASK", "REGISTERED"), archive.getList("timeline.kind"));
        assertEquals("REVIEWED", archive.getString("timeline[1].facts.status"));
        assertEquals("整理村规民约学习笔记", archive.getString("timeline[1].facts.title"));
        assertEquals(true, archive.getBoolean("timeline[0].facts.achieved"));
        assertEquals(6, archive.getLong("revision"), "registration, goal v0 and v1, task v0 and v2, the marker: the repeats and the late "
                + "report wrote nothing");

        String self = TestTokens.bearerAs(candidate.toString(), "reserve", village);
        get(self, "/api/v1/me/archive").then().statusCode(200).body("timeline.kind", equalTo(archive.getList("timeline.kind")));
        byte[] xlsx = get(admin, "/api/v1/reserves/" + candidate + "/archive?format=XLSX").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> lines = wb.findSheet("成长记录").orElseThrow().read();
            assertEquals(List.of("成长目标", "月度任务", "月度任务"), lines.stream().map(r -> r.getCellText(3))
                    .filter(k -> k.equals("成长目标") || k.equals("月度任务")).toList());
        }
        byte[] pdf = get(self, "/api/v1/me/archive?format=PDF").then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("2026-06月度任务：整理村规民约学习笔记，2026-06-30前完成（已反馈）"), text);
            assertTrue(text.contains("系统学习党章党规（已达成）"), text);
        }
    }
}
