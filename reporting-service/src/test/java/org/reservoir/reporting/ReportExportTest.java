package org.reservoir.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.reporting.RecruitmentFeed.Candidate;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.reporting.RecruitmentFeed.region;

/** Reports exported as XLSX and CSV files by a job: 202, progress, download. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class ReportExportTest {

    private static String export(String token, String body) {
        String location = given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/api/v1/report-exports")
                .then().statusCode(202).extract().header("Location");
        Poll.untilEquals("export " + location, "FINISHED", Duration.ofSeconds(60),
                () -> given().header("Authorization", token).get(location).then().statusCode(200).extract().path("status"));
        String download = given().header("Authorization", token).get(location).then().extract().path("downloadUrl");
        assertTrue(location.endsWith(download.replace("/file", "")) && download.endsWith("/file"), download);
        return location;
    }

    @Test
    void coverageAsXlsxAndStructureAsCsv() throws Exception {
        String county = RecruitmentFeed.newCounty();
        String t = RecruitmentFeed.township(county, 1);
        String v1 = RecruitmentFeed.village(t, 1);
        String v2 = RecruitmentFeed.village(t, 2);
        region(county, "县", "COUNTY", null, 0);
        region(t, "镇", "TOWNSHIP", county, 0);
        region(v1, "甲村", "VILLAGE", t, 5);
        region(v2, "=乙村", "VILLAGE", t, 5);
        UUID campaign = RecruitmentFeed.campaign(county, null);
        List.of(Candidate.of(campaign, v1, "PART_TIME", "IN_POOL"), Candidate.of(campaign, v1, "FULL_TIME", "ON_PROBATION"),
                Candidate.of(campaign, v2, "PART_TIME", "IN_POOL")).forEach(RecruitmentFeed::send);
        String admin = TestTokens.bearer("county-admin", county);
        Poll.untilEquals("bench", 3, Duration.ofSeconds(60), () -> given().header("Authorization", admin).get("/api/v1/reports/coverage")
                .then().extract().jsonPath().getInt("figures.total.reserves"));

        String xlsx = export(admin, "{\"report\":\"COVERAGE\",\"format\":\"XLSX\"}");
        byte[] file = given().header("Authorization", admin).get(xlsx + "/file").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            assertEquals(List.of("村", "乡镇", "合计"), wb.getSheets().map(Sheet::getName).toList());
            List<Row> villages = wb.getFirstSheet().read();
            assertEquals("村代码", villages.get(0).getCellText(0));
            assertEquals(v1, villages.get(1).getCellText(0));
            assertEquals(new BigDecimal("2"), villages.get(1).getCellAsNumber(3).orElseThrow(), "numbers stay numbers");
            assertEquals("BELOW", villages.get(2).getCellText(8));
        }

        String csv = export(admin, "{\"report\":\"STRUCTURE\",\"region\":\"%s\",\"format\":\"CSV\"}".formatted(t));
        String text = new String(given().header("Authorization", admin).get(csv + "/file").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF概况\r\n指标,数值\r\n"), text);
        assertTrue(text.contains("后备力量人数,3\r\n"), text);
        assertTrue(text.contains(v2 + ",'=乙村,VILLAGE,1,"), "a name that looks like a formula stays text: " + text);

        String funnel = export(TestTokens.bearer("viewer", county), "{\"report\":\"FUNNEL\",\"campaignId\":\"%s\",\"format\":\"XLSX\"}".formatted(campaign));
        given().header("Authorization", TestTokens.bearer("township-officer", RecruitmentFeed.township(county, 2))).get(funnel)
                .then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("township-officer", t)).contentType(ContentType.JSON)
                .body("{\"report\":\"COVERAGE\",\"region\":\"%s\",\"format\":\"CSV\"}".formatted(county)).post("/api/v1/report-exports")
                .then().statusCode(403);
        given().header("Authorization", admin).contentType(ContentType.JSON).body("{\"report\":\"PIE\",\"format\":\"CSV\"}")
                .post("/api/v1/report-exports").then().statusCode(400);
        given().header("Authorization", admin).get("/api/v1/report-exports/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aFileIsNotServedBeforeItsJobFinished() {
        String county = RecruitmentFeed.newCounty();
        String admin = TestTokens.bearer("county-admin", county);
        var created = given().header("Authorization", admin).contentType(ContentType.JSON).body("{\"report\":\"READINESS\",\"format\":\"CSV\"}")
                .post("/api/v1/report-exports").then().statusCode(202).extract();
        assertEquals("PENDING", created.path("status"));
        String location = created.header("Location");
        // The job runner picks the export up within a poll interval (5 s); until then the file is refused.
        var answer = given().header("Authorization", admin).get(location + "/file");
        String status = given().header("Authorization", admin).get(location).then().extract().path("status");
        if (answer.statusCode() != 200) {
            answer.then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/export-not-ready"));
        } else {
            assertEquals("FINISHED", status);
        }
        Poll.untilEquals("export", "FINISHED", Duration.ofSeconds(60),
                () -> given().header("Authorization", admin).get(location).then().extract().path("status"));
        String text = new String(given().header("Authorization", admin).get(location + "/file").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("村数,0"), text);
        assertEquals(List.of(), List.of(text.split("\r\n")).stream().filter(l -> l.contains("null")).collect(Collectors.toList()));
    }
}
