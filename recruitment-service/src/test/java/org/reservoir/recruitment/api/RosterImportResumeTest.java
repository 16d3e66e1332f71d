package org.reservoir.recruitment.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.api.RecruitmentFixtures.idNumber;

/**
 * A large import whose instance stops mid-way is finished by the next claim: the job's heartbeat is made an hour old
 * and its owner another (dead) instance while rows are being imported, as if the process had been killed. The
 * instance that ran it loses the job at its next checkpoint and stops; the poller takes the job over, resumes after
 * the rows already done and finishes with every row reported once.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class RosterImportResumeTest {

    /** Enough chunks that the set-based import is still running when the test interrupts it. */
    private static final int ROWS = 3000;

    @Inject
    AgroalDataSource db;

    @Test
    void anImportInterruptedMidwayIsResumedAndReportsEveryRowOnce() throws Exception {
        RecruitmentFixtures f = new RecruitmentFixtures();
        StringBuilder csv = new StringBuilder("姓名,性别,民族,身份证号,联系电话,学历,政治面貌,工作年限,人员类别,产生渠道,储备类型,目标村代码,拟任岗位\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("王%d,男,汉族,%s,13800000000,高中,群众,3,本土优秀青年,个人自荐,兼职,%s,村委会委员\n"
                    .formatted(i, idNumber(LocalDate.of(1981, 1, 1).plusDays(i * 5L), true), f.village1));
        }
        String location = given().header("Authorization", TestTokens.bearer("township-officer", f.township1)).contentType("text/csv")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/campaigns/" + f.campaignId + "/roster-imports").then().statusCode(202).extract().header("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        int before = await(f, location, j -> j.getInt("processed") >= 50).getInt("processed");
        assertTrue(before < ROWS, "still running when its instance stops");
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select payload from job where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                String stored = new String(r.getBytes(1), StandardCharsets.ISO_8859_1);
                assertTrue(stored.startsWith("v1:"), "the file waiting in the running job is sealed");
                String firstId = idNumber(LocalDate.of(1981, 1, 1), true);
                assertFalse(stored.contains(firstId) || stored.contains("19810101"), "no ID number readable in the job row");
                assertFalse(new String(r.getBytes(1), StandardCharsets.UTF_8).contains("身份证号"), "nor the header");
            }
        }
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("update job set owner = 'killed-instance',"
                + " heartbeat_at = now() - interval '1 hour' where id = ? and status = 'RUNNING'")) {
            s.setObject(1, id);
            assertEquals(1, s.executeUpdate(), "the job was running");
        }

        JsonPath done = await(f, location, j -> "FINISHED".equals(j.getString("status")));
        assertEquals(ROWS, done.getInt("processed"));
        assertEquals(ROWS, done.getInt("created"), "no row registered twice (a re-run row would be SKIPPED)");
        assertEquals(0, done.getInt("skipped"));
        assertEquals(0, done.getInt("failed"));
        List<Integer> rows = done.getList("report.row", Integer.class);
        assertEquals(IntStream.rangeClosed(2, ROWS + 1).boxed().toList(), rows, "every row reported once, in order");
        assertEquals(ROWS, (int) f.admin().get("/api/v1/candidates?campaignId=" + f.campaignId + "&size=1").then().extract().path("total"));
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select attempts, status, payload is null from job where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals(2, r.getInt(1), "finished by a second attempt");
                assertEquals("FINISHED", r.getString(2));
                assertTrue(r.getBoolean(3), "the uploaded file is not kept after the job");
            }
        }
        // The job is the uploader's township's: the other township does not learn it exists.
        RecruitmentFixtures.as("township-officer", f.township2).get(location).then().statusCode(404);
    }

    private static JsonPath await(RecruitmentFixtures f, String location, java.util.function.Predicate<JsonPath> until) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonPath job = f.admin().get(location).then().statusCode(200).extract().jsonPath();
            if (until.test(job)) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import at " + location + " did not get there in time");
    }
}
