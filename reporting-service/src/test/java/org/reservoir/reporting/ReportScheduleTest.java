package org.reservoir.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.persistence.RetentionPurge;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.reporting.RecruitmentFeed.Candidate;
import org.reservoir.reporting.schedule.FailingReportFiles;
import org.reservoir.infrastructure.testing.MovableClock;
import org.reservoir.reporting.schedule.application.ScheduledRuns;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report schedules through the API: a schedule falls due when the clock passes its instant, the scheduler pass makes
 * exactly one run (however many passes race), the run's file is the report's; failed attempts are retried with back-off
 * and end visibly FAILED; housekeeping deletes runs at their expiry; bad input is a problem naming the field.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class ReportScheduleTest {

    private static final String SCHEDULES = "/api/v1/report-schedules";

    @Inject
    ScheduledRuns runs;

    @Inject
    RetentionPurge housekeeping;

    @AfterEach
    void resetClock() {
        MovableClock.reset();
    }

    private static String create(String token, String body) {
        return given().header("Authorization", token).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(body).post(SCHEDULES).then().statusCode(201).extract().header("Location");
    }

    private static JsonPath runsOf(String token, String schedule) {
        return given().header("Authorization", token).get(schedule + "/runs").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> onlyRun(String token, String schedule) {
        JsonPath page = runsOf(token, schedule);
        assertEquals(1, page.getInt("total"), page.prettify());
        return page.getMap("items[0]");
    }

    /** Moves the clock past the schedule's next instant and runs two scheduler passes at once, as two instances would. */
    private void fallDue(String token, String schedule) {
        Instant next = Instant.parse(given().header("Authorization", token).get(schedule).then().extract().path("nextDueAt"));
        MovableClock.moveForward(Duration.between(MovableClock.instantNow(), next).plusSeconds(1));
        CompletableFuture<ScheduledRuns.Pass> one = CompletableFuture.supplyAsync(runs::pass);
        CompletableFuture<ScheduledRuns.Pass> two = CompletableFuture.supplyAsync(runs::pass);
        one.join();
        two.join();
        runs.pass();
    }

    @Test
    void aDueScheduleRunsOnceAndItsFileIsTheReportUntilItsRetentionEnds() {
        String county = RecruitmentFeed.newCounty();
        String t = RecruitmentFeed.township(county, 1);
        String v1 = RecruitmentFeed.village(t, 1);
        RecruitmentFeed.region(county, "县", "COUNTY", null, 0);
        RecruitmentFeed.region(t, "镇", "TOWNSHIP", county, 0);
        RecruitmentFeed.region(v1, "甲村", "VILLAGE", t, 5);
        UUID campaign = RecruitmentFeed.campaign(county, null);
        List.of(Candidate.of(campaign, v1, "PART_TIME", "IN_POOL"), Candidate.of(campaign, v1, "FULL_TIME", "IN_POOL"))
                .forEach(RecruitmentFeed::send);
        String admin = TestTokens.bearer("county-admin", county);
        Poll.untilEquals("bench", 2, Duration.ofSeconds(60), () -> given().header("Authorization", admin).get("/api/v1/reports/structure")
                .then().extract().jsonPath().getInt("figures.reserves"));

        String export = given().header("Authorization", admin).contentType(ContentType.JSON).body("{\"report\":\"READINESS\",\"format\":\"CSV\"}")
                .post("/api/v1/report-exports").then().statusCode(202).extract().header("Location");

        String body = "{\"report\":\"STRUCTURE\",\"region\":\"%s\",\"format\":\"CSV\",\"cron\":\"0 6 * * *\",\"retentionDays\":2}".formatted(t);
        var created = given().header("Authorization", admin).header("Idempotency-Key", "daily-" + county).contentType(ContentType.JSON).body(body)
                .post(SCHEDULES).then().statusCode(201).header("ETag", "\"0\"")
                .body("countyCode", equalTo(county)).body("timeZone", equalTo("Asia/Shanghai")).body("active", equalTo(true)).extract();
        String schedule = created.header("Location");
        given().header("Authorization", admin).header("Idempotency-Key", "daily-" + county).contentType(ContentType.JSON).body(body)
                .post(SCHEDULES).then().statusCode(201).header("Location", schedule).header("Idempotent-Replayed", "true");
        assertEquals(0, runsOf(admin, schedule).getInt("total"), "nothing before the first instant");

        fallDue(admin, schedule);
        Map<String, Object> run = onlyRun(admin, schedule);
        String runUrl = schedule + "/runs/" + run.get("id");
        Poll.untilEquals("run", "FINISHED", Duration.ofSeconds(60),
                () -> given().header("Authorization", admin).get(runUrl).then().statusCode(200).extract().path("status"));
        runs.pass();
        run = onlyRun(admin, schedule);
        assertEquals(1, run.get("attempts"));
        assertNotNull(run.get("startedAt"));
        assertNull(run.get("failureReason"));
        assertTrue((runUrl + "/file").endsWith((String) run.get("downloadUrl")), String.valueOf(run.get("downloadUrl")));
        byte[] file = given().header("Authorization", TestTokens.bearer("township-officer", t)).get(runUrl + "/file").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", org.hamcrest.Matchers.containsString("structure-" + t)).extract().asByteArray();
        assertEquals(((Number) run.get("sizeBytes")).longValue(), file.length);
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF概况\r\n"), text);
        assertTrue(text.contains("后备力量人数,2\r\n"), text);

        // Another county's admin and a township outside the region learn nothing.
        given().header("Authorization", TestTokens.bearer("county-admin", RecruitmentFeed.newCounty())).get(runUrl + "/file").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("township-officer", RecruitmentFeed.township(county, 2))).get(schedule).then().statusCode(404);

        // Kept for retentionDays after the run ended, then deleted by housekeeping.
        MovableClock.moveForward(Duration.ofDays(1));
        housekeeping.purge();
        given().header("Authorization", admin).get(runUrl + "/file").then().statusCode(200);
        MovableClock.moveForward(Duration.ofDays(1).plusHours(1));
        Map<String, Integer> deleted = housekeeping.purge();
        assertTrue(deleted.get("report_schedule_run") >= 1, deleted.toString());
        given().header("Authorization", admin).get(runUrl).then().statusCode(404);
        given().header("Authorization", admin).get(runUrl + "/file").then().statusCode(404);
        given().header("Authorization", admin).get(schedule).then().statusCode(200);
        given().header("Authorization", admin).get(export).then().statusCode(200);
        // An ad-hoc export is kept reservoir.reporting.exports.retention (30 days) after it was asked for.
        MovableClock.moveForward(Duration.ofDays(28));
        housekeeping.purge();
        given().header("Authorization", admin).get(export).then().statusCode(404);
    }

    @Test
    void aFailingRunIsRetriedWithBackOffThenVisiblyFailed() {
        String county = RecruitmentFeed.newCounty();
        FailingReportFiles.FAILING.add(county);
        String admin = TestTokens.bearer("county-admin", county);
        String schedule = create(admin, "{\"report\":\"READINESS\",\"format\":\"XLSX\",\"cron\":\"15 * * * *\",\"timeZone\":\"UTC\",\"retentionDays\":7}");
        fallDue(admin, schedule);
        String runUrl = schedule + "/runs/" + onlyRun(admin, schedule).get("id");

        for (int attempt = 1; attempt <= 2; attempt++) {
            int expected = attempt;
            Poll.untilEquals("attempt " + attempt, "RETRY_WAIT", Duration.ofSeconds(60),
                    () -> given().header("Authorization", admin).get(runUrl).then().extract().path("status"));
            JsonPath waiting = given().header("Authorization", admin).get(runUrl).then().extract().jsonPath();
            assertEquals(expected, waiting.getInt("attempts"));
            assertEquals("IllegalStateException: report store unavailable for " + county, waiting.getString("failureReason"));
            Instant retryAt = Instant.parse(waiting.getString("nextAttemptAt"));
            runs.pass();
            assertEquals("RETRY_WAIT", given().header("Authorization", admin).get(runUrl).then().extract().path("status"), "no retry before its time");
            // The back-off doubles: 5 minutes after the first failure, 10 after the second.
            Duration delay = Duration.between(MovableClock.instantNow(), retryAt);
            assertTrue(delay.compareTo(Duration.ofMinutes(5L * expected - 1)) > 0 && delay.compareTo(Duration.ofMinutes(5L * expected)) <= 0,
                    "retry in " + delay);
            MovableClock.moveForward(delay.plusSeconds(1));
            runs.pass();
            Poll.untilEquals("attempt " + (attempt + 1) + " started", attempt + 1, Duration.ofSeconds(60),
                    () -> given().header("Authorization", admin).get(runUrl).then().extract().jsonPath().getInt("attempts"));
        }
        Poll.untilEquals("last attempt", "FAILED", Duration.ofSeconds(60),
                () -> given().header("Authorization", admin).get(runUrl).then().extract().path("status"));
        given().header("Authorization", admin).header("Accept-Language", "en").get(runUrl).then()
                .body("attempts", equalTo(3)).body("downloadUrl", equalTo(null)).body("finishedAt", org.hamcrest.Matchers.notNullValue())
                .body("failureReason", equalTo("gave up after 3 attempts: IllegalStateException: report store unavailable for " + county));
        given().header("Authorization", admin).get(runUrl + "/file").then().statusCode(409).body("type", endsWith("/export-not-ready"));
        runs.pass();
        given().header("Authorization", admin).get(runUrl).then().body("status", equalTo("FAILED")).body("attempts", equalTo(3));
    }

    @Test
    void badSchedulesAreProblemsNamingTheField() {
        String county = RecruitmentFeed.newCounty();
        String admin = TestTokens.bearer("county-admin", county);
        String good = "{\"report\":\"COVERAGE\",\"format\":\"CSV\",\"cron\":\"0 6 * * 1\",\"retentionDays\":30";
        given().header("Authorization", admin).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"report\":\"COVERAGE\",\"format\":\"CSV\",\"cron\":\"every monday\",\"timeZone\":\"Mars/Olympus\",\"retentionDays\":400}")
                .post(SCHEDULES).then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("cron", "timeZone", "retentionDays")).body("errors.rule", hasItems("cron", "time-zone", "retention-days"))
                .body("errors.find { it.field == 'cron' }.message", startsWith("Not a valid Unix cron expression"));
        given().header("Authorization", admin).contentType(ContentType.JSON).body(good.replace("0 6 * * 1", "*/5 * * * *") + "}")
                .post(SCHEDULES).then().statusCode(422).body("errors[0].field", equalTo("cron")).body("errors[0].rule", equalTo("cron-interval"))
                .body("errors[0].message", startsWith("cron 表达式"));
        given().header("Authorization", admin).contentType(ContentType.JSON).body(good + ",\"region\":\"650000000000\"}")
                .post(SCHEDULES).then().statusCode(422).body("errors[0].rule", equalTo("schedule-region"));
        given().header("Authorization", TestTokens.bearer("service", "000000000000")).contentType(ContentType.JSON)
                .body(good + ",\"region\":\"650000000000\"}").post(SCHEDULES).then().statusCode(422).body("errors[0].rule", equalTo("schedule-region"));
        given().header("Authorization", admin).contentType(ContentType.JSON).body(good + ",\"region\":\"%s\"}".formatted(RecruitmentFeed.newCounty()))
                .post(SCHEDULES).then().statusCode(403).body("type", endsWith("/out-of-jurisdiction"));
        given().header("Authorization", TestTokens.bearer("township-officer", RecruitmentFeed.township(county, 1))).contentType(ContentType.JSON)
                .body(good + "}").post(SCHEDULES).then().statusCode(403);
        given().header("Authorization", admin).contentType(ContentType.JSON).body(good.replace("COVERAGE", "PIE") + "}")
                .post(SCHEDULES).then().statusCode(400);
        given().header("Authorization", admin).contentType(ContentType.JSON).body(good.replace("30", "0") + "}")
                .post(SCHEDULES).then().statusCode(422).body("errors[0].field", equalTo("retentionDays"));
        given().header("Authorization", admin).get(SCHEDULES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void updatesNeedIfMatchAndReadersSeeTheirRegionOnly() {
        String county = RecruitmentFeed.newCounty();
        String township = RecruitmentFeed.township(county, 1);
        String admin = TestTokens.bearer("county-admin", county);
        String countyWide = create(admin, "{\"report\":\"FUNNEL\",\"format\":\"XLSX\",\"cron\":\"0 6 * * 1\",\"retentionDays\":30}");
        String townshipOnly = create(TestTokens.bearer("service", "000000000000"),
                "{\"report\":\"STRUCTURE\",\"region\":\"%s\",\"format\":\"CSV\",\"cron\":\"0 7 1 * *\",\"retentionDays\":90}".formatted(township));

        String officer = TestTokens.bearer("township-officer", township);
        JsonPath seen = given().header("Authorization", officer).get(SCHEDULES).then().statusCode(200).extract().jsonPath();
        assertEquals(1, seen.getInt("total"));
        assertTrue(townshipOnly.endsWith(seen.getString("items[0].id")));
        given().header("Authorization", officer).get(countyWide).then().statusCode(404);
        JsonPath all = given().header("Authorization", admin).get(SCHEDULES + "?size=1&page=1").then().statusCode(200).extract().jsonPath();
        assertEquals(2, all.getInt("total"));
        assertTrue(townshipOnly.endsWith(all.getString("items[0].id")), "oldest first");

        String paused = "{\"report\":\"FUNNEL\",\"format\":\"CSV\",\"cron\":\"0 6 * * 1\",\"retentionDays\":60,\"active\":false}";
        given().header("Authorization", admin).contentType(ContentType.JSON).body(paused).put(countyWide).then().statusCode(428);
        given().header("Authorization", admin).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(paused).put(countyWide).then().statusCode(412);
        given().header("Authorization", officer).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(paused).put(townshipOnly).then().statusCode(403);
        given().header("Authorization", admin).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(paused).put(countyWide).then().statusCode(200)
                .header("ETag", "\"1\"").body("active", equalTo(false)).body("nextDueAt", equalTo(null)).body("format", equalTo("CSV"))
                .body("retentionDays", equalTo(60));
        MovableClock.moveForward(Duration.ofDays(8));
        runs.pass();
        assertEquals(0, runsOf(admin, countyWide).getInt("total"), "an inactive schedule makes no runs");

        given().header("Authorization", admin).delete(countyWide).then().statusCode(428);
        given().header("Authorization", admin).header("If-Match", "\"1\"").delete(countyWide).then().statusCode(204);
        given().header("Authorization", admin).get(countyWide).then().statusCode(404);
    }
}
