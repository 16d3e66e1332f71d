package org.reservoir.recruitment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.HardLimits;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Limits before work: oversize input is refused cheaply with a bounded problem+json 4xx, never a 500. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class HardLimitsTest {

    private static final int HUGE = HardLimits.HUGE;

    private static String repeat(String item, int times) {
        return String.join(",", java.util.Collections.nCopies(times, item));
    }

    /** Posts {@code body}, expects a quick 400 naming {@code field} with its limit and the size sent, then a healthy service. */
    private static void refusedQuickly(Supplier<io.restassured.specification.RequestSpecification> as, String path, String body,
                                       String field, int limit) {
        HardLimits.refusedQuickly(as.get(), Method.POST, path, body, field, limit);
    }

    @Test
    void everyListOverItsLimitIsRefusedBeforeItsElementsAreValidated() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String candidate = f.register("PART_TIME");
        refusedQuickly(f::admin, "/api/v1/regions/bulk", "{\"regions\":[" + repeat("{}", HUGE) + "]}", "regions", 2000);
        refusedQuickly(f::officer, "/api/v1/campaigns", "{\"vacancies\":[" + repeat("{}", HUGE) + "]}", "vacancies", 500);
        refusedQuickly(f::officer, "/api/v1/campaigns", "{\"sourceGroups\":[" + repeat("\"A\"", HUGE) + "]}", "sourceGroups", 20);
        refusedQuickly(f::officer, "/api/v1/campaigns", "{\"channels\":[" + repeat("\"A\"", HUGE) + "]}", "channels", 20);
        refusedQuickly(f::officer, "/api/v1/campaigns", "{\"eligibility\":{\"allowedPoliticalStatuses\":[" + repeat("\"A\"", HUGE) + "]}}",
                "eligibility.allowedPoliticalStatuses", 20);
        refusedQuickly(f::officer, "/api/v1/candidates", "{\"workHistory\":[" + repeat("{}", HUGE) + "]}", "workHistory", 30);
        refusedQuickly(() -> f.admin().header("If-Match", "\"0\""), "/api/v1/candidates/" + candidate + "/joint-review",
                "{\"departments\":[" + repeat("\"\"", HUGE) + "]}", "departments", 12);
        refusedQuickly(() -> f.admin().header("If-Match", "\"0\""), "/api/v1/candidates/" + candidate + "/election",
                "{\"elected\":true,\"posts\":[" + repeat("null", HUGE) + "]}", "posts", 6);
        // The service still works normally afterwards.
        f.admin().get("/api/v1/candidates/" + candidate).then().statusCode(200);
    }

    @Test
    void aProblemListsAtMostFiftyViolationsPlusTheirTotalAndDoesNotRepeatThemInTheDetail() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        Response r = f.admin().body("{\"regions\":[" + repeat("{}", 2000) + "]}").post("/api/v1/regions/bulk");
        r.then().statusCode(400)
                .body("errors", hasSize(50))
                .body("errorCount", equalTo(4000))
                .body("detail", equalTo("共 4000 处不合法，见 errors"));
        assertTrue(r.asByteArray().length < 12_000, "bounded error body, was " + r.asByteArray().length);
    }

    @Test
    void jsonBodiesAreLimitedPerEndpointWithAProblemAnswer() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        char[] name = new char[2 * 1024 * 1024];
        Arrays.fill(name, 'x');
        f.admin().header("Accept-Language", "en").body("{\"code\":\"" + f.county + "\",\"name\":\"" + new String(name) + "\"}")
                .post("/api/v1/regions")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Request body too large"))
                .body("detail", containsString("1048576"));
    }

    @Test
    void theRosterImportsOwnLimitIsReachableAndBeyondItTheAnswerIsAProblem() throws IOException {
        RecruitmentFixtures f = new RecruitmentFixtures();
        byte[] fifteen = new byte[15 * 1024 * 1024];
        Arrays.fill(fifteen, (byte) 'a');
        // 15 MB passes the body limits and reaches the roster reader, which cannot read it.
        f.officer().contentType("text/csv").body(fifteen).post("/api/v1/campaigns/" + f.campaignId + "/roster-imports")
                .then().statusCode(422).contentType(startsWith("application/problem+json"));
        // Beyond the server-wide limit the answer comes before the body is read (the server then closes the connection).
        String over = raw("POST /api/v1/campaigns/" + f.campaignId + "/roster-imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + TestTokens.bearer("township-officer", f.township1) + "\r\nContent-Type: text/csv\r\nContent-Length: " + (21 * 1024 * 1024)
                + "\r\nConnection: close\r\n\r\n");
        assertProblem(over, 413);
        assertTrue(over.contains("\"type\":\"https://reservoir.local/problems/body-too-large\""), over);
    }

    @Test
    void aPageBeyondTheRangeIsA400NamingPage() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        for (String list : new String[]{"/api/v1/regions", "/api/v1/campaigns", "/api/v1/candidates"}) {
            f.admin().get(list + "?page=2147483647").then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("page"));
            f.admin().get(list + "?page=abc").then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("page"));
            f.admin().get(list + "?size=x").then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("size"));
        }
        f.admin().get("/api/v1/candidates?campaignId=not-a-uuid").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("campaignId"));
        f.admin().get("/api/v1/regions/" + f.county + "/bench-strength?targetMin=many").then().statusCode(400)
                .body("errors[0].field", equalTo("targetMin"));
    }

    @Test
    void aFieldTheOperationDoesNotKnowOrOneNamedTwiceIsRefusedNotDropped() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("PART_TIME");
        // A PATCH naming what it cannot change (status, name) was answered 200 with a new version and nothing changed.
        f.officer().header("Accept-Language", "en").header("If-Match", "\"0\"").body("{\"occupation\":\"村医\",\"status\":\"APPOINTED\"}")
                .patch("/api/v1/candidates/" + id).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("status")).body("errors[0].rule", equalTo("unknown-property"));
        f.officer().header("If-Match", "\"0\"").body("{\"occupation\":\"村医\",\"occupation\":\"教师\"}")
                .patch("/api/v1/candidates/" + id).then().statusCode(400).contentType(startsWith("application/problem+json"));
        // Anything after the JSON value is refused too, not silently dropped.
        f.officer().header("If-Match", "\"0\"").body("{\"occupation\":\"村医\"} {\"status\":\"EXITED\"}")
                .patch("/api/v1/candidates/" + id).then().statusCode(400).contentType(startsWith("application/problem+json"));
        // If-Match on two header lines is a list: a resource would see only the first line.
        f.officer().header("If-Match", "\"0\"").header("If-Match", "\"1\"").body("{\"occupation\":\"村医\"}")
                .patch("/api/v1/candidates/" + id).then().statusCode(428).contentType(startsWith("application/problem+json"));
        f.officer().get("/api/v1/candidates/" + id).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("status", equalTo("REGISTERED"));
        f.admin().body("{\"code\":\"%s\",\"name\":\"东湾\",\"villageType\":\"WEAK\",\"committeeSeats\":5,\"seats\":7}"
                        .formatted(f.township1.substring(0, 9) + "298"))
                .post("/api/v1/regions").then().statusCode(400).body("errors[0].field", equalTo("seats"));
        f.officer().header("If-Match", "\"0\"").body("{\"occupation\":\"村医\"}").patch("/api/v1/candidates/" + id).then().statusCode(200)
                .body("occupation", equalTo("村医")).header("ETag", equalTo("\"1\""));
        // A change that changes nothing leaves no trace: the version, and so every other client's ETag, stands.
        for (String same : new String[]{"{\"occupation\":\"村医\"}", "{}"}) {
            f.officer().header("If-Match", "\"1\"").body(same).patch("/api/v1/candidates/" + id).then().statusCode(200)
                    .header("ETag", equalTo("\"1\""));
        }
        f.officer().get("/api/v1/candidates/" + id + "/history").then().statusCode(200)
                .body("findAll { it.action == 'UPDATE_PROFILE' }", hasSize(1));
    }

    @Test
    void aOneValueParameterSentTwiceIsRefusedAndAListParameterTakesMany() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        f.admin().header("Accept-Language", "en").get("/api/v1/regions?parent=" + f.township1 + "&parent=" + f.township2).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("parent")).body("errors[0].rule", equalTo("single-value"))
                .body("errors[0].message", containsString("more than once"));
        f.admin().get("/api/v1/candidates?size=5&size=500").then().statusCode(400).body("errors[0].field", equalTo("size"));
        f.admin().get("/api/v1/candidates?status=REGISTERED&status=VETTED&campaignId=" + f.campaignId).then().statusCode(200);
    }

    @Test
    void aNulCharacterInTextIsA422NamingTheField() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        f.admin().body("{\"code\":\"%s\",\"name\":\"东\\u0000湾\"}".formatted(f.township1.substring(0, 9) + "299"))
                .post("/api/v1/regions").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].rule", equalTo("text-characters"));
        f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME",
                        RecruitmentFixtures.idNumber(java.time.LocalDate.of(1990, 1, 1), true), ",\"workHistory\":[{\"from\":\"2015-01-01\",\"employer\":\"a\\u0000\"}]"))
                .post("/api/v1/candidates").then().statusCode(422).body("errors[0].field", equalTo("workHistory[0].employer"));
        f.admin().urlEncodingEnabled(false).get("/api/v1/regions?name=a%00b").then().statusCode(422).body("errors[0].field", equalTo("name"));
        // Half a UTF-16 pair would be stored as "?": refused like NUL; a whole pair (𠀀, outside the BMP) is text.
        for (String broken : new String[]{"\\ud800x", "x\\udc00", "\\udc00\\ud800"}) {
            f.admin().body("{\"code\":\"%s\",\"name\":\"东%s湾\"}".formatted(f.township1.substring(0, 9) + "299", broken))
                    .post("/api/v1/regions").then().statusCode(422).body("errors[0].field", equalTo("name"))
                    .body("errors[0].rule", equalTo("text-characters"));
        }
        f.admin().body("{\"code\":\"%s\",\"name\":\"东\\ud840\\udc00湾\",\"villageType\":\"WEAK\",\"committeeSeats\":5}"
                        .formatted(f.township1.substring(0, 9) + "299"))
                .post("/api/v1/regions").then().statusCode(201).body("name", equalTo("东\ud840\udc00湾"));
    }

    @Test
    void datesOutsideASaneRangeAreA422NamingTheField() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String campaign = f.campaignJson(f.county, 1, 1).replace("\"endsOn\":\"2026-12-31\"", "\"endsOn\":\"+999999999-12-31\"");
        f.admin().body(campaign).post("/api/v1/campaigns").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].rule", equalTo("date-range"));
        f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME",
                        RecruitmentFixtures.idNumber(java.time.LocalDate.of(1990, 1, 1), true), "").replace("2015-07-01", "-999999999-01-01"))
                .post("/api/v1/candidates").then().statusCode(422).body("errors[0].field", equalTo("partyJoinDate"));
    }

    @Test
    void rosterCellsAreHeldToTheSameTextAndDateLimits() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String csv = "姓名,性别,民族,身份证号,联系电话,学历,政治面貌,入党时间,工作年限,人员类别,产生渠道,储备类型,目标村代码,拟任岗位\n"
                + "张\u0000三,男,汉族,%s,13800000000,高中,中共党员,2015-07-01,3,本土优秀青年,个人自荐,兼职,%s,村委会委员\n".formatted(
                RecruitmentFixtures.idNumber(java.time.LocalDate.of(1990, 1, 1), true), f.village1)
                + "李四,男,汉族,%s,13800000000,高中,中共党员,+999999999-12-31,3,本土优秀青年,个人自荐,兼职,%s,村委会委员\n".formatted(
                RecruitmentFixtures.idNumber(java.time.LocalDate.of(1991, 1, 1), true), f.village1);
        f.officer().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/campaigns/" + f.campaignId + "/roster-imports")
                .then().statusCode(201)
                .body("status", equalTo("FINISHED"))
                .body("failed", equalTo(2))
                .body("report.find { it.row == 2 }.errors[0].field", equalTo("name"))
                .body("report.find { it.row == 2 }.errors[0].rule", equalTo("text-characters"))
                .body("report.find { it.row == 3 }.errors[0].field", equalTo("partyJoinDate"));
    }

    @Test
    void aMalformedAcceptLanguageIsIgnored() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        given().header("Accept-Language", "en;q=abc").get("/api/v1/regions").then().statusCode(401)
                .contentType(startsWith("application/problem+json")).body("title", equalTo("未认证"));
        f.admin().header("Accept-Language", "en;q=abc").get("/api/v1/regions").then().statusCode(200);
        f.admin().header("Accept-Language", "fr;q=abc, en;q=0.5").get("/api/v1/regions/999999999999").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("title", equalTo("Outside your jurisdiction"));
    }

    @Test
    void anUnacceptableFormatIsA406Problem() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        f.admin().accept("text/csv").get("/api/v1/regions").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
        f.officer().accept("application/json").get("/api/v1/roster-template?format=csv").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
        // Without a token the answer is 401 first: the media types an operation gives are not told to anyone.
        given().accept("text/csv").get("/api/v1/regions").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        // JAX-RS may answer an unknown path that also asks for HTML either way; both are problems.
        f.admin().accept("text/html").get("/api/v1/no-such-thing").then().statusCode(anyOf(is(404), is(406)))
                .contentType(startsWith("application/problem+json"));
        f.admin().accept("application/xml").get("/api/v1/regions/" + f.county.substring(0, 6) + "999000").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void answersBelowJaxRsAreProblemsToo() throws IOException {
        String token = TestTokens.bearer("county-admin", "652399000000");
        String longUri = "/api/v1/regions?name=" + "x".repeat(9000);
        assertProblem(raw("GET " + longUri + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 414);
        // The path itself too long: not echoed back, whatever its length.
        String longPath = raw("GET /api/v1/regions/" + "z".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblem(longPath, 414);
        assertTrue(longPath.length() < 1024, longPath.length() + " characters: " + longPath.substring(0, 300));
        // The caller's correlation id is kept, in the header and the body alike.
        String named = raw("POST /api/v1/regions HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + token
                + "\r\nX-Correlation-Id: caller-id-1\r\nContent-Type: json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertProblem(named, 400);
        assertTrue(named.contains("\"correlationId\":\"caller-id-1\""), named);
        assertProblem(raw("GET /api/v1/regions HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + token + "\r\nX-Big: " + "y".repeat(30_000)
                + "\r\nConnection: close\r\n\r\n"), 431);
        // Netty refuses a NUL in any header before the server sees the request: a bare 400, the one answer here without a body.
        assertTrue(raw("POST /api/v1/regions HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + token
                + "\r\nContent-Type: application/json\u0000\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}").startsWith("HTTP/1.1 400"));
        for (String contentType : new String[]{"application/json; charset", "application/json; charset=no-such-charset", "json", "a/b/c", ";;"}) {
            assertProblem(raw("POST /api/v1/regions HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + token
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"), 400);
        }
        assertProblem(raw("POST /api/v1/regions HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 30000000\r\nConnection: close\r\n\r\n{}"), 413);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static void assertProblem(String response, int status) {
        assertTrue(response.startsWith("HTTP/1.1 " + status), response.lines().findFirst().orElse(""));
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"status\":" + status), response);
        Matcher header = Pattern.compile("(?im)^x-correlation-id: (\\S+)$").matcher(response);
        assertTrue(header.find(), response);
        assertTrue(response.contains("\"correlationId\":\"" + header.group(1) + "\""), "the header's id is not the body's: " + response);
    }

    /** Sends bytes as they are, where an HTTP client would refuse or repair them. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (complete(answer.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (java.net.SocketException | java.net.SocketTimeoutException e) {
                // the server may close after answering
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String soFar) {
        int end = soFar.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = soFar.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int length = Integer.parseInt(head.substring(at + 15).lines().findFirst().orElse("0").trim());
        return soFar.getBytes(StandardCharsets.UTF_8).length - end - 4 >= length;
    }

    @Test
    void unknownIdsAreNamedInTheCallersLanguage() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        f.admin().get("/api/v1/regions/" + f.county.substring(0, 6) + "999000").then().statusCode(404)
                .body("detail", equalTo("找不到区划 " + f.county.substring(0, 6) + "999000"));
        f.admin().header("Accept-Language", "en").get("/api/v1/candidates/" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", startsWith("No candidate "));
    }
}
