package org.reservoir.recruitment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reservoir.recruitment.api.RecruitmentFixtures.idNumber;

/** Township rosters in XLSX and CSV through the public API. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class RosterImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] HEADERS = {"姓名", "性别", "民族", "身份证号", "联系电话", "学历", "政治面貌", "入党时间", "工作年限",
            "身体健康", "本土人才", "人员类别", "产生渠道", "储备类型", "目标村代码", "拟任岗位"};

    private static Object[] row(String name, String idNumber, String education, String village) {
        return new Object[]{name, "男", "汉族", idNumber, 13912345678L, education, "中共党员", LocalDate.of(2016, 7, 1), 5, "是", "是",
                "退役军人", "组织推荐", "兼职", village, "村委会委员"};
    }

    private static byte[] workbook(List<Object[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Reservoir test", "1.0");
        Worksheet ws = wb.newWorksheet("后备力量花名册");
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(0, c, HEADERS[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < HEADERS.length; c++) {
                Object v = rows.get(r)[c];
                if (v instanceof LocalDate d) {
                    ws.value(r + 1, c, d);
                    ws.style(r + 1, c).format("yyyy-mm-dd").set();
                } else if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else {
                    ws.value(r + 1, c, (String) v);
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void anXlsxRosterCreatesGoodRowsReportsBadOnesAndCanBeUploadedAgain() throws IOException {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String good = idNumber(LocalDate.of(1990, 4, 4), true);
        String badChecksum = good.substring(0, 17) + (good.charAt(17) == '3' ? '4' : '3');
        byte[] file = workbook(List.of(
                row("王一", good, "本科", f.village1),
                row("王二", badChecksum, "本科", f.village1),
                row("王三", idNumber(LocalDate.of(1991, 5, 5), true), "大学", f.village2),
                row("王四", idNumber(LocalDate.of(1992, 6, 6), true), "大专", f.village3)));
        String url = "/api/v1/campaigns/" + f.campaignId + "/roster-imports";
        given().header("Authorization", TestTokens.bearer("township-officer", f.township1)).contentType(XLSX).body(file)
                .post(url).then().statusCode(201)
                .header("Location", containsString("/api/v1/roster-imports/"))
                .body("status", equalTo("FINISHED"))
                .body("totalRows", equalTo(4))
                .body("created", equalTo(1)).body("failed", equalTo(3)).body("skipped", equalTo(0))
                .body("report.find { it.row == 2 }.outcome", equalTo("CREATED"))
                .body("report.find { it.row == 3 }.errors[0].column", equalTo("身份证号"))
                .body("report.find { it.row == 3 }.errors[0].rule", equalTo("id-number-checksum"))
                .body("report.find { it.row == 4 }.errors[0].column", equalTo("学历"))
                .body("report.find { it.row == 4 }.errors[0].reason", containsString("大学"))
                // A township officer registers only in its own township.
                .body("report.find { it.row == 5 }.errors[0].rule", equalTo("out-of-jurisdiction"))
                .body("report.find { it.row == 5 }.errors[0].field", equalTo("villageCode"))
                .body("report.find { it.row == 5 }.errors[0].column", equalTo("目标村代码"));

        given().header("Authorization", TestTokens.bearer("township-officer", f.township1)).contentType(XLSX).body(file)
                .post(url).then().statusCode(201)
                .body("created", equalTo(0)).body("skipped", equalTo(1))
                .body("report.find { it.row == 2 }.outcome", equalTo("SKIPPED"));
        f.admin().get("/api/v1/candidates?campaignId=" + f.campaignId).then().body("total", equalTo(1))
                .body("items[0].name", equalTo("王一")).body("items[0].sourceGroup", equalTo("VETERAN"));
    }

    @Test
    void aLargeCsvRunsAsAJob() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        StringBuilder csv = new StringBuilder("\uFEFF姓名,性别,民族,身份证号,联系电话,学历,政治面貌,工作年限,人员类别,产生渠道,储备类型,目标村代码,拟任岗位\n");
        for (int i = 0; i < 130; i++) {
            String id = idNumber(LocalDate.of(1985, 1, 1).plusDays(i * 37L), i % 2 == 0);
            csv.append("张%d,%s,汉族,%s,13800000000,高中,群众,3,本土优秀青年,个人自荐,兼职,%s,村委会委员\n"
                    .formatted(i, i % 2 == 0 ? "男" : "女", id, i % 2 == 0 ? f.village1 : f.village2));
        }
        String location = given().header("Authorization", TestTokens.bearer("county-admin", f.county)).contentType("text/csv")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/campaigns/" + f.campaignId + "/roster-imports").then().statusCode(202)
                .body("totalRows", equalTo(130)).extract().header("Location");
        Instant deadline = Instant.now().plusSeconds(90);
        String status = "RUNNING";
        while (!"FINISHED".equals(status) && Instant.now().isBefore(deadline)) {
            RecruitmentFixtures.sleep(250);
            status = f.admin().get(location).then().statusCode(200).extract().path("status");
        }
        f.admin().get(location).then().body("status", equalTo("FINISHED")).body("processed", equalTo(130))
                .body("created", equalTo(130)).body("failed", equalTo(0)).body("report", hasSize(130));
        f.admin().get("/api/v1/regions/" + f.township1 + "/bench-strength").then().statusCode(200);
        assertEquals(130, (int) f.admin().get("/api/v1/candidates?campaignId=" + f.campaignId + "&size=1").then().extract().path("total"));
    }

    @Test
    void theTemplateHasChineseHeadersAndBadFilesAreRefused() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        byte[] xlsx = given().header("Authorization", TestTokens.bearer("township-officer", f.township1))
                .get("/api/v1/roster-template").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        assertEquals('P', (char) xlsx[0]);
        assertEquals('K', (char) xlsx[1]);
        given().header("Authorization", TestTokens.bearer("township-officer", f.township1))
                .get("/api/v1/roster-template?format=csv").then().statusCode(200)
                .body(containsString("姓名")).body(containsString("身份证号"));
        given().header("Authorization", TestTokens.bearer("township-officer", f.township1)).contentType("text/csv")
                .body("姓名,联系电话\n张三,1\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/campaigns/" + f.campaignId + "/roster-imports").then().statusCode(422)
                .body("problems", hasItem(containsString("身份证号")));
        given().header("Authorization", TestTokens.bearer("viewer", f.county)).contentType("text/csv").body(new byte[]{1})
                .post("/api/v1/campaigns/" + f.campaignId + "/roster-imports").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("county-admin", f.county)).contentType("text/csv").body(new byte[0])
                .post("/api/v1/campaigns/" + f.campaignId + "/roster-imports").then().statusCode(422);
        f.admin().get("/api/v1/roster-imports/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
