package org.reservoir.recruitment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.launcher.DevTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.api.RecruitmentFixtures.as;
import static org.reservoir.recruitment.api.RecruitmentFixtures.idNumber;

/** Deny by default, token rules, jurisdiction in both directions, and a concrete If-Match on every update. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class AuthorizationTest {

    private static final String COUNTY = "652327000000";

    private static RequestSpecification with(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    private static final java.util.Set<String> HTTP_METHODS = java.util.Set.of("get", "put", "post", "patch", "delete");

    /** The first media type the operation accepts, JSON when it takes no body. */
    @SuppressWarnings("unchecked")
    private static String bodyType(Object operation) {
        Object body = ((Map<String, Object>) operation).get("requestBody");
        if (body == null) {
            return "application/json";
        }
        return ((Map<String, Object>) ((Map<String, Object>) body).get("content")).keySet().iterator().next();
    }

    private static String roleless(String groups) {
        return TestTokens.bearer(groups, COUNTY, DevTokens.AUDIENCE, Instant.now(), Duration.ofMinutes(30));
    }

    /** Every operation of the published document, with a role-less token: 403; with none: 401. */
    @Test
    void everyOperationRefusesTokensWithoutAReservoirRole() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> tokens = List.of(roleless(null), roleless("[]"), roleless("[\"hacker\"]"), roleless("[\"County-Admin\"]"));
        List<String> operations = new ArrayList<>();
        paths.forEach((template, item) -> item.keySet().stream().filter(HTTP_METHODS::contains).forEach(method -> {
            String path = template.replace("{code}", COUNTY).replace("{rule}", "min-age").replace("{appraisalId}", "a1")
                    .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
            String contentType = bodyType(item.get(method));
            operations.add(method + " " + path);
            for (String token : tokens) {
                given().header("Authorization", token).contentType(contentType).body("{}".getBytes(StandardCharsets.UTF_8)).header("If-Match", "\"0\"")
                        .request(method.toUpperCase(), path).then().statusCode(403).contentType("application/problem+json");
            }
            given().contentType(contentType).body("{}".getBytes(StandardCharsets.UTF_8)).request(method.toUpperCase(), path).then().statusCode(401);
        }));
        assertTrue(operations.size() >= 25, "the document lists the operations: " + operations);
        assertTrue(operations.contains("get /api/v1/candidates"));
        assertTrue(operations.stream().anyMatch(o -> o.startsWith("get /api/v1/regions/" + COUNTY + "/bench-strength")));
    }

    /** Nothing of the API's shape before the token: no 404, 405, 406 or 415 to a caller without a known role. */
    @Test
    void callersWithoutARoleLearnNoPathMethodOrMediaType() {
        String hacker = roleless("[\"hacker\"]");
        List<java.util.function.Function<RequestSpecification, io.restassured.response.Response>> probes = List.of(
                r -> r.contentType("text/plain").body("x").post("/api/v1/candidates"),
                r -> r.accept("application/xml").get("/api/v1/candidates"),
                r -> r.delete("/api/v1/candidates"),
                r -> r.get("/api/v1/no-such-thing"),
                r -> r.options("/api/v1/candidates"),
                r -> r.contentType("application/json").body("{}").post("/api/v1/campaigns/" + UUID.randomUUID() + "/roster-imports"));
        for (var probe : probes) {
            probe.apply(given()).then().statusCode(401);
            probe.apply(given().header("Authorization", hacker)).then().statusCode(403).contentType("application/problem+json");
        }
        // With a role, the same requests get their own answers.
        RequestSpecification admin = with(TestTokens.bearer("county-admin", COUNTY));
        admin.contentType("text/plain").body("x").post("/api/v1/candidates").then().statusCode(415);
        with(TestTokens.bearer("county-admin", COUNTY)).get("/api/v1/no-such-thing").then().statusCode(404);
        // Management endpoints and static files stay open.
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void tokensMustNameTheAudienceLiveBrieflyAndNotComeFromTheFuture() {
        String groups = "[\"county-admin\"]";
        Instant now = Instant.now();
        with(TestTokens.bearer(groups, COUNTY, DevTokens.AUDIENCE, now, Duration.ofMinutes(30))).get("/api/v1/campaigns").then().statusCode(200);
        with(TestTokens.bearer(groups, COUNTY, DevTokens.AUDIENCE, now, Duration.ofHours(12))).get("/api/v1/campaigns").then().statusCode(200);
        with(TestTokens.bearer(groups, COUNTY, null, now, Duration.ofMinutes(30))).get("/api/v1/campaigns").then().statusCode(401);
        with(TestTokens.bearer(groups, COUNTY, "another-system", now, Duration.ofMinutes(30))).get("/api/v1/campaigns").then().statusCode(401);
        with(TestTokens.bearer(groups, COUNTY, DevTokens.AUDIENCE, now, Duration.ofDays(36500))).get("/api/v1/campaigns").then()
                .statusCode(401).contentType("application/problem+json");
        with(TestTokens.bearer(groups, COUNTY, DevTokens.AUDIENCE, now, Duration.ofHours(13))).get("/api/v1/campaigns").then().statusCode(401);
        with(TestTokens.bearer(groups, COUNTY, DevTokens.AUDIENCE, now.plusSeconds(3600), Duration.ofMinutes(30))).get("/api/v1/campaigns")
                .then().statusCode(401).contentType("application/problem+json");
        with(TestTokens.bearer(groups, COUNTY, DevTokens.AUDIENCE, now.plusSeconds(20), Duration.ofMinutes(30))).get("/api/v1/campaigns")
                .then().statusCode(200);
    }

    /** Verified tokens are kept by their whole text (VerifiedTokens): a known header and claims with another signature is refused. */
    @Test
    void aTokenServedFromTheCacheIsNoPassForAnotherSignature() {
        Instant now = Instant.now();
        String genuine = TestTokens.bearer("[\"county-admin\"]", COUNTY, DevTokens.AUDIENCE, now, Duration.ofMinutes(30));
        String other = TestTokens.bearer("[\"viewer\"]", COUNTY, DevTokens.AUDIENCE, now, Duration.ofMinutes(30));
        with(genuine).get("/api/v1/campaigns").then().statusCode(200);
        with(genuine).get("/api/v1/campaigns").then().statusCode(200);
        String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + other.substring(other.lastIndexOf('.') + 1);
        with(forged).get("/api/v1/campaigns").then().statusCode(401).contentType("application/problem+json");
        with(forged).get("/api/v1/campaigns").then().statusCode(401);
        with(genuine.substring(0, genuine.length() - 2)).get("/api/v1/campaigns").then().statusCode(401);
    }

    @Test
    void aTownshipOfficerReadsButNeverOpensOrClosesItsCountysCampaigns() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        f.officer().get("/api/v1/campaigns/" + f.campaignId).then().statusCode(200);
        f.officer().header("If-Match", "\"1\"").post("/api/v1/campaigns/" + f.campaignId + "/close").then().statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("/out-of-jurisdiction"));
        f.admin().get("/api/v1/campaigns/" + f.campaignId).then().body("status", equalTo("OPEN"));

        String draft = f.admin().body(f.campaignJson(f.county, 2, 5)).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        f.officer().header("If-Match", "\"0\"").post("/api/v1/campaigns/" + draft + "/open").then().statusCode(403);
        f.admin().get("/api/v1/campaigns/" + draft).then().body("status", equalTo("DRAFT"));

        String own = f.officer().body(f.campaignJson(f.township1, 2, 5)).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        f.officer().header("If-Match", "\"0\"").post("/api/v1/campaigns/" + own + "/open").then().statusCode(200).body("status", equalTo("OPEN"));
        f.officer().header("If-Match", "\"1\"").post("/api/v1/campaigns/" + own + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void aReserveReadsOnlyItselfAndAMentorNoCandidate() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String me = f.register("PART_TIME");
        String peer = f.register("PART_TIME");
        RequestSpecification reserve = with(TestTokens.bearerAs(me, "reserve", f.village1));
        reserve.get("/api/v1/candidates/" + me).then().statusCode(200).body("id", equalTo(me)).body("idNumber", endsWith("**************"));
        with(TestTokens.bearerAs(me, "reserve", f.village1)).get("/api/v1/candidates/" + me + "/history").then().statusCode(200);
        // A peer in the same village answers as if absent; lists, reports, rankings and bench strength are not a reserve's.
        with(TestTokens.bearerAs(me, "reserve", f.village1)).get("/api/v1/candidates/" + peer).then().statusCode(404);
        with(TestTokens.bearerAs(me, "reserve", f.village1)).get("/api/v1/candidates/" + peer + "/history").then().statusCode(404);
        String mentor = TestTokens.bearerAs("mentor-" + f.village1, "mentor", f.township1);
        for (String bearer : List.of(TestTokens.bearerAs(me, "reserve", f.village1), mentor)) {
            for (String path : List.of("/api/v1/candidates", "/api/v1/campaigns/" + f.campaignId + "/report",
                    "/api/v1/campaigns/" + f.campaignId + "/ranking", "/api/v1/regions/" + f.township1 + "/bench-strength")) {
                with(bearer).get(path).then().statusCode(403);
            }
        }
        with(mentor).get("/api/v1/candidates/" + peer).then().statusCode(403);
        with(TestTokens.bearerAs("not-a-candidate", "reserve", f.village1)).get("/api/v1/candidates/" + me).then().statusCode(404);
        as("viewer", f.county).get("/api/v1/candidates/" + peer).then().statusCode(200);
    }

    @Test
    void anotherTownshipsRosterImportIsNotFoundAndTheReportCountsOnlyWhatTheCallerMaySee() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String csv = "\uFEFF姓名,性别,民族,身份证号,联系电话,学历,政治面貌,工作年限,人员类别,产生渠道,储备类型,目标村代码,拟任岗位\n"
                + "张一,男,汉族,%s,13800000000,高中,群众,3,本土优秀青年,个人自荐,兼职,%s,村委会委员\n"
                .formatted(idNumber(LocalDate.of(1990, 2, 2), true), f.village1);
        String location = f.officer().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/campaigns/" + f.campaignId + "/roster-imports").then().statusCode(201).body("created", equalTo(1))
                .extract().header("Location");
        RequestSpecification otherTownship = as("township-officer", f.township2);
        otherTownship.get(location).then().statusCode(404);
        as("township-officer", f.township2).get("/api/v1/roster-imports/" + UUID.randomUUID()).then().statusCode(404);
        f.officer().get(location).then().statusCode(200);
        as("township-officer", f.township1).get(location).then().statusCode(200);
        f.admin().get(location).then().statusCode(200);

        f.register("PART_TIME");
        as("township-officer", f.township2).get("/api/v1/campaigns/" + f.campaignId + "/report").then().statusCode(200)
                .body("candidates", equalTo(0)).body("byStatus", equalTo(Map.of())).body("admitted.PART_TIME", equalTo(0));
        f.officer().get("/api/v1/campaigns/" + f.campaignId + "/report").then().body("candidates", equalTo(2));
        f.admin().get("/api/v1/campaigns/" + f.campaignId + "/report").then().body("candidates", equalTo(2));
    }

    @Test
    void everyUpdateNeedsAConcreteVersionWhateverTheRole() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("PART_TIME");
        // A service token used to skip the check and go straight to the state machine (409 here).
        as("service", "000000000000").body("{\"passed\":true}").post("/api/v1/candidates/" + id + "/probation/outcome").then()
                .statusCode(428);
        f.officer().header("If-Match", "*").body("{\"decision\":\"APPROVE\"}").post("/api/v1/candidates/" + id + "/township-review")
                .then().statusCode(428);
        f.officer().header("If-Match", "*").body("{\"phone\":\"13900000000\"}").patch("/api/v1/candidates/" + id).then().statusCode(428);
        f.admin().header("If-Match", "*").post("/api/v1/campaigns/" + f.campaignId + "/close").then().statusCode(428);
        f.admin().header("If-Match", "*").body("{\"name\":\"改名\"}").patch("/api/v1/regions/" + f.village1).then().statusCode(428);
        f.admin().get("/api/v1/candidates/" + id).then().body("status", equalTo("REGISTERED")).body("version", equalTo(0));

        // Twenty writers at once with "*": none may win, since none names the version it read.
        List<CompletableFuture<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String phone = "1390000%04d".formatted(i);
            writers.add(CompletableFuture.supplyAsync(() -> as("township-officer", f.township1).header("If-Match", "*")
                    .body("{\"phone\":\"" + phone + "\"}").patch("/api/v1/candidates/" + id).then().extract().statusCode()));
        }
        List<Integer> statuses = writers.stream().map(CompletableFuture::join).toList();
        assertTrue(statuses.stream().allMatch(s -> s == 428), statuses.toString());
        f.admin().get("/api/v1/candidates/" + id).then().body("version", equalTo(0)).body("phone", equalTo("13800000000"));
    }
}
