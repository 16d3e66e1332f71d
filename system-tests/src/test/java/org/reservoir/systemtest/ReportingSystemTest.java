package org.reservoir.systemtest;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.launcher.Stack;
import org.reservoir.launcher.TestStacks;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Candidates go through recruitment's real API (registration, reviews, an evaluation event, admission, probation); the
 * packaged reporting-service's reports, fed only by the events, equal the counts this test works out from what it did.
 */
class ReportingSystemTest {

    private static Stack stack;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.start("stack-reporting", 2);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /** What the test did to one person, and so what the reports must count. */
    record Person(String id, String village, String track, int birthYear, String gender, String education, String status) {
    }

    private static final String COUNTY = "652361000000";
    private static final String TOWNSHIP = "652361101000";
    private static final String V1 = "652361101301";
    private static final String V2 = "652361101302";
    private static final LocalDate TODAY = LocalDate.now();

    private static RequestSpecification as(String token, String service) {
        return given().baseUri(stack.service(service).baseUrl()).header("Authorization", "Bearer " + token).contentType("application/json");
    }

    private static String admin() {
        return stack.tokens().issue("county-admin", COUNTY);
    }

    private static String officer() {
        return stack.tokens().issue("township-officer", TOWNSHIP);
    }

    /** A valid 居民身份证号 (GB 11643 check character) of the county, born on {@code birth}. */
    static String idNumber(LocalDate birth, int sequence) {
        String body = "652361" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static void step(String token, String candidate, String path, String body, String expected) {
        long version = as(admin(), "recruitment").get("/api/v1/candidates/" + candidate).then().statusCode(200).extract().jsonPath().getLong("version");
        as(token, "recruitment").header("If-Match", "\"" + version + "\"").body(body).post("/api/v1/candidates/" + candidate + path)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo(expected));
    }

    private static String register(String campaign, String village, String post, String track, LocalDate birth, int sequence,
                                   String education, String political) {
        return as(officer(), "recruitment").body("""
                        {"campaignId":"%s","villageCode":"%s","targetPost":"%s","track":"%s","name":"候选人%d","ethnicity":"汉族",
                         "idNumber":"%s","phone":"13899990%03d","educationLevel":"%s","politicalStatus":"%s",%s"workYears":5,
                         "fitForDuty":true,"local":true,"sourceGroup":"RETURNING_GRADUATE","channel":"OPEN_RECRUITMENT"}"""
                        .formatted(campaign, village, post, track, sequence, idNumber(birth, sequence), sequence, education, political,
                                political.equals("PARTY_MEMBER") ? "\"partyJoinDate\":\"2015-07-01\"," : ""))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
    }

    private static void vet(String campaign, String candidate) {
        step(officer(), candidate, "/township-review", "{\"decision\":\"APPROVE\"}", "TOWNSHIP_APPROVED");
        step(admin(), candidate, "/joint-review", "{\"departments\":[\"police\"]}", "IN_JOINT_REVIEW");
        step(stack.tokens().issue("reviewer", COUNTY, "police", Duration.ofHours(1)), candidate, "/joint-review/verdicts",
                "{\"verdict\":\"PASS\"}", "VETTED");
        SelectionEvaluation.byPanel(stack, admin(), TOWNSHIP, campaign, candidate);
        Poll.untilEquals("evaluated", "EVALUATED", Duration.ofSeconds(30),
                () -> as(admin(), "recruitment").get("/api/v1/candidates/" + candidate).then().extract().<String>path("status"));
    }

    @Test
    void reportsEqualWhatWentThroughRecruitment() {
        as(admin(), "recruitment").body("""
                {"regions":[{"code":"%s","name":"报表县"},{"code":"%s","name":"一镇"},
                 {"code":"%s","name":"甲村","villageType":"POOR","committeeSeats":5},
                 {"code":"%s","name":"乙村","villageType":"WEAK","committeeSeats":7}]}""".formatted(COUNTY, TOWNSHIP, V1, V2))
                .post("/api/v1/regions/bulk").then().statusCode(201);
        String campaign = as(admin(), "recruitment").body("""
                {"name":"报表县2026年招募","scopeCode":"%s","startsOn":"2026-01-01","endsOn":"2026-12-31",
                 "vacancies":[{"villageCode":"%s","post":"PARTY_SECRETARY"}],"fullTimeQuota":1,"partTimeQuota":10,
                 "eligibility":{"minAge":18,"maxAge":60},"probationMonths":1}""".formatted(COUNTY, V1))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        as(admin(), "recruitment").header("If-Match", "\"0\"").post("/api/v1/campaigns/" + campaign + "/open").then().statusCode(200);

        List<Person> people = new ArrayList<>();
        String a = register(campaign, V1, "COMMITTEE_MEMBER", "PART_TIME", LocalDate.of(1990, 3, 8), 2, "BACHELOR", "MASSES");
        vet(campaign, a);
        step(admin(), a, "/admission", "{\"decision\":\"ADMIT\"}", "IN_POOL");
        people.add(new Person(a, V1, "PART_TIME", 1990, "FEMALE", "BACHELOR", "IN_POOL"));

        String b = register(campaign, V1, "PARTY_SECRETARY", "FULL_TIME", LocalDate.of(1985, 6, 1), 13, "JUNIOR_COLLEGE", "PARTY_MEMBER");
        vet(campaign, b);
        step(admin(), b, "/admission", "{\"decision\":\"ADMIT\"}", "ADMITTED");
        LocalDate probationEnd = TODAY.plusDays(3);
        step(officer(), b, "/probation", "{\"start\":\"%s\"}".formatted(probationEnd.minusMonths(1)), "ON_PROBATION");
        people.add(new Person(b, V1, "FULL_TIME", 1985, "MALE", "JUNIOR_COLLEGE", "ON_PROBATION"));

        String c = register(campaign, V2, "COMMITTEE_MEMBER", "PART_TIME", LocalDate.of(1995, 1, 20), 24, "SENIOR_HIGH", "MASSES");
        step(officer(), c, "/township-review", "{\"decision\":\"REJECT\",\"reason\":\"群众评议不佳\"}", "TOWNSHIP_REJECTED");
        people.add(new Person(c, V2, "PART_TIME", 1995, "FEMALE", "SENIOR_HIGH", "TOWNSHIP_REJECTED"));

        String d = register(campaign, V2, "COMMITTEE_MEMBER", "PART_TIME", LocalDate.of(1980, 11, 2), 35, "SENIOR_HIGH", "MASSES");
        people.add(new Person(d, V2, "PART_TIME", 1980, "MALE", "SENIOR_HIGH", "REGISTERED"));

        String viewer = stack.tokens().issue("viewer", COUNTY);
        Poll.untilEquals("funnel in reporting", people.size(), Duration.ofSeconds(60), () -> report(viewer, "funnel").getInt("figures.candidates"));
        Poll.untilEquals("probation in reporting", 1, Duration.ofSeconds(60), () -> report(viewer, "funnel").getInt("figures.reached.PROBATION"));

        Predicate<Person> bench = p -> Set.of("IN_POOL", "ADMITTED", "ON_PROBATION", "PROBATION_PASSED", "NOT_ELECTED").contains(p.status());
        List<Person> pool = people.stream().filter(bench).toList();
        JsonPath structure = report(viewer, "structure");
        assertEquals(pool.size(), structure.getInt("figures.reserves"));
        assertEquals(pool.stream().mapToInt(p -> TODAY.getYear() - p.birthYear()).average().orElseThrow(),
                structure.getDouble("figures.averageAge"), 0.05);
        assertEquals((double) pool.stream().filter(p -> Set.of("JUNIOR_COLLEGE", "BACHELOR").contains(p.education())).count() / pool.size(),
                structure.getDouble("figures.collegeOrAboveShare"), 0.0005);
        assertEquals(pool.stream().collect(Collectors.groupingBy(Person::gender, Collectors.counting())),
                longs(structure.getMap("figures.byGender")));
        assertEquals(pool.stream().collect(Collectors.groupingBy(Person::track, Collectors.counting())),
                longs(structure.getMap("figures.byTrack")));

        JsonPath coverage = report(viewer, "coverage");
        for (String village : List.of(V1, V2)) {
            long expected = pool.stream().filter(p -> p.village().equals(village)).count();
            assertEquals(expected, coverage.getLong("figures.villages.find { it.code == '%s' }.reserves".formatted(village)), village);
        }
        assertEquals(List.of(V2), coverage.getList("figures.villagesBelowTarget"));

        JsonPath funnel = report(viewer, "funnel");
        assertEquals(people.stream().filter(p -> !Set.of("REGISTERED", "TOWNSHIP_REJECTED").contains(p.status())).count(),
                funnel.getLong("figures.reached.TOWNSHIP_APPROVED"));
        assertEquals(pool.size(), funnel.getInt("figures.reached.ADMITTED"));
        assertEquals(people.stream().filter(p -> p.status().equals("TOWNSHIP_REJECTED")).count(),
                funnel.getLong("figures.dropOuts.REJECTED_BY_TOWNSHIP"));
        assertEquals(campaign, funnel.getString("campaigns[0].campaignId"));

        JsonPath readiness = report(viewer, "readiness");
        assertEquals(12, readiness.getInt("figures.seats"));
        assertEquals(List.of(V2), readiness.getList("figures.villagesNotReady"));

        Poll.untilEquals("open alerts", Set.of("VILLAGE_BELOW_TARGET/" + V2, "PROBATION_ENDING/" + b), Duration.ofSeconds(60),
                () -> Set.copyOf(as(viewer, "reporting").get("/api/v1/alerts").then().statusCode(200).extract().jsonPath()
                        .getList("items", Map.class).stream().map(m -> m.get("kind") + "/" + m.get("subject")).toList()));
    }

    private static JsonPath report(String token, String name) {
        return as(token, "reporting").get("/api/v1/reports/" + name).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Long> longs(Map<String, Object> map) {
        return map.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue()));
    }
}
