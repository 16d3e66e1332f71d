package org.reservoir.recruitment.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventContracts;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.expect;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class RegionResourceTest {

    /** Each test works in a county of its own, so tests do not see each other's data. */
    private static final AtomicInteger COUNTIES = new AtomicInteger(1);

    private static String newCounty() {
        return String.format("6523%02d000000", COUNTIES.getAndIncrement());
    }

    private static RequestSpecification as(String role, String region) {
        return given().header("Authorization", TestTokens.bearer(role, region)).contentType(ContentType.JSON);
    }

    private static RequestSpecification admin(String county) {
        return as("county-admin", county);
    }

    private static String township(String county, int n) {
        return county.substring(0, 6) + String.format("%03d", 100 + n) + "000";
    }

    private static String village(String township, int n) {
        return township.substring(0, 9) + String.format("%03d", 200 + n);
    }

    private static void createCountyWithTownship(String county) {
        admin(county).body("""
                {"regions":[{"code":"%s","name":"测试县"},{"code":"%s","name":"一号镇"}]}""".formatted(county, township(county, 1)))
                .post("/api/v1/regions/bulk").then().statusCode(201);
    }

    @Test
    void createsAVillageUnderItsTownshipAndPublishesTheEvent() {
        String county = newCounty();
        createCountyWithTownship(county);
        String code = village(township(county, 1), 1);
        // The 201 and the GET (read through its own JDBC statement) show the same village, field by field.
        ResponseSpecification eastBay = expect()
                .body("code", equalTo(code))
                .body("name", equalTo("东湾村"))
                .body("level", equalTo("VILLAGE"))
                .body("parentCode", equalTo(township(county, 1)))
                .body("villageType", equalTo("WEAK"))
                .body("committeeSeats", equalTo(5))
                .body("secretaryDirectorOnePerson", equalTo(true))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .body("createdAt", endsWith("Z"))
                .body("updatedAt", endsWith("Z"));
        admin(county).body("""
                {"code":"%s","name":"东湾村","villageType":"WEAK","committeeSeats":5,"secretaryDirectorOnePerson":true}""".formatted(code))
                .post("/api/v1/regions")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/regions/" + code))
                .spec(eastBay);

        admin(county).get("/api/v1/regions/" + code).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .spec(eastBay);
        // A phone revalidating its copy: 304 without a body while the version stands.
        admin(county).header("If-None-Match", "\"0\"").get("/api/v1/regions/" + code).then().statusCode(304)
                .header("ETag", equalTo("\"0\"")).body(emptyString());
        admin(county).header("If-None-Match", "W/\"0\"").get("/api/v1/regions/" + code).then().statusCode(304);
        admin(county).header("If-None-Match", "\"1\"").get("/api/v1/regions/" + code).then().statusCode(200).body("name", equalTo("东湾村"));

        List<JsonNode> events = EventProbe.events("recruitment.region.v1", code, 1, Duration.ofSeconds(20));
        assertEquals(1, events.size());
        JsonNode event = events.get(0);
        assertEquals("reservoir.recruitment.region.created", event.get("type").asText());
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("/reservoir/recruitment-service", event.get("source").asText());
        assertEquals(code, event.get("subject").asText());
        assertEquals("VILLAGE", event.at("/data/level").asText());
        assertEquals("WEAK", event.at("/data/villageType").asText());
        assertEquals(township(county, 1), event.at("/data/parentCode").asText());
        assertEquals(false, event.get("correlationid").asText().isBlank());
        EventContracts.assertConforms(event, "recruitment.region.v1.schema.json");
    }

    @Test
    void bulkCreatesParentsFirstAllOrNothing() {
        String county = newCounty();
        String t = township(county, 2);
        // Villages listed before their township: the directory orders parents first.
        admin(county).body("""
                {"regions":[
                  {"code":"%s","name":"甲村","villageType":"POOR","committeeSeats":5},
                  {"code":"%s","name":"乙村","villageType":"INDUSTRY","committeeSeats":7},
                  {"code":"%s","name":"二号镇"},
                  {"code":"%s","name":"测试县"}]}""".formatted(village(t, 1), village(t, 2), t, county))
                .post("/api/v1/regions/bulk")
                .then().statusCode(201)
                .body("code", contains(county, t, village(t, 1), village(t, 2)))
                .body("[2].secretaryDirectorOnePerson", equalTo(false));

        // One bad item fails the whole batch, and every problem is named by its index.
        admin(county).body("""
                {"regions":[
                  {"code":"%s","name":"丙村","villageType":"POOR","committeeSeats":5},
                  {"code":"%s","name":"丁村"},
                  {"code":"%s","name":"戊村","villageType":"POOR","committeeSeats":5}]}""".formatted(village(t, 3), village(t, 4), village(township(county, 9), 1)))
                .post("/api/v1/regions/bulk")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("regions[1].villageType"))
                .body("errors.field", hasItem("regions[1].committeeSeats"))
                .body("errors.rule", hasItem("village-attribute-required"));
        admin(county).get("/api/v1/regions/" + village(t, 3)).then().statusCode(404);
    }

    @Test
    void parentMustExist() {
        String county = newCounty();
        createCountyWithTownship(county);
        String orphan = village(township(county, 5), 1);
        admin(county).header("Accept-Language", "en").body("""
                {"code":"%s","name":"孤村","villageType":"POOR","committeeSeats":5}""".formatted(orphan))
                .post("/api/v1/regions")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].rule", equalTo("parent-missing"))
                .body("errors[0].message", containsString(township(county, 5)));
    }

    @Test
    void duplicateCodeIsAConflictNamingTheExistingRecord() {
        String county = newCounty();
        createCountyWithTownship(county);
        admin(county).body("""
                {"code":"%s","name":"again"}""".formatted(township(county, 1)))
                .post("/api/v1/regions")
                .then().statusCode(409)
                .body("type", endsWithProblem("region-exists"))
                .body("existing", contains(township(county, 1)));
    }

    private static org.hamcrest.Matcher<String> endsWithProblem(String key) {
        return equalTo("https://reservoir.local/problems/" + key);
    }

    @Test
    void badInputIsA400NamingFieldAndRuleInTheCallersLanguage() {
        String county = newCounty();
        admin(county).body("""
                {"code":"12ab","name":"","committeeSeats":0}""")
                .post("/api/v1/regions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("请求参数不合法"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("committeeSeats"))
                .body("errors.rule", hasItem("Pattern"))
                .body("errors.rule", hasItem("NotBlank"))
                .body("errors.rule", hasItem("Min"));

        admin(county).header("Accept-Language", "en-US,en;q=0.9").body("{\"name\":\"x\"}")
                .post("/api/v1/regions")
                .then().statusCode(400)
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", equalTo("must not be blank"));
    }

    @Test
    void unreadableJsonAndUnknownEnumAre400() {
        String county = newCounty();
        admin(county).body("{\"code\": ").post("/api/v1/regions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWithProblem("unreadable-body"));
        admin(county).header("Accept-Language", "en").body("""
                {"code":"%s","name":"x","villageType":"HAUNTED","committeeSeats":5}""".formatted(village(township(county, 1), 1)))
                .post("/api/v1/regions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("villageType"))
                .body("errors[0].rule", equalTo("enum"))
                .body("errors[0].message", containsString("WEAK, POOR, COMPLEX, INDUSTRY, SPECIALISED"));
    }

    @Test
    void villageAttributesOnlyOnVillagesAndProvincesAreNotKept() {
        String county = newCounty();
        admin(county).body("""
                {"code":"%s","name":"县","villageType":"WEAK"}""".formatted(county))
                .post("/api/v1/regions")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("villageType"))
                .body("errors[0].rule", equalTo("village-attribute-only"));
        as("service", "000000000000").body("{\"code\":\"650000000000\",\"name\":\"省\"}")
                .post("/api/v1/regions")
                .then().statusCode(422).body("errors[0].rule", equalTo("region-level"));
        admin(county).body("{\"code\":\"%s\",\"name\":\"坏码\"}".formatted(county.substring(0, 6) + "000201"))
                .post("/api/v1/regions")
                .then().statusCode(422).body("errors[0].rule", equalTo("division-code"));
    }

    @Test
    void securityRolesAndJurisdiction() {
        String county = newCounty();
        createCountyWithTownship(county);
        given().get("/api/v1/regions/" + county).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/regions/" + county).then().statusCode(401);
        // A township officer may read but not create.
        as("township-officer", township(county, 1)).body("{\"code\":\"%s\",\"name\":\"x\"}".formatted(township(county, 3)))
                .post("/api/v1/regions").then().statusCode(403).body("type", endsWithProblem("forbidden"));
        as("township-officer", township(county, 1)).get("/api/v1/regions/" + township(county, 1)).then().statusCode(200);
        // Outside the caller's region: refused.
        as("township-officer", township(county, 1)).get("/api/v1/regions/" + county).then().statusCode(403)
                .body("type", endsWithProblem("out-of-jurisdiction"));
        String other = newCounty();
        admin(other).body("{\"code\":\"%s\",\"name\":\"x\"}".formatted(township(county, 4)))
                .post("/api/v1/regions").then().statusCode(403);
        // Listing without a parent shows only the caller's region.
        as("viewer", township(county, 1)).get("/api/v1/regions?size=500")
                .then().statusCode(200).body("items.code", everyItem(startsWith(township(county, 1).substring(0, 9))));
    }

    @Test
    void listsFilterAndPageInCodeOrder() {
        String county = newCounty();
        createCountyWithTownship(county);
        String t = township(county, 1);
        StringBuilder body = new StringBuilder("{\"regions\":[");
        for (int i = 1; i <= 7; i++) {
            body.append(i > 1 ? "," : "").append("{\"code\":\"%s\",\"name\":\"村%d\",\"villageType\":\"POOR\",\"committeeSeats\":5}".formatted(village(t, 8 - i), 8 - i));
        }
        admin(county).body(body.append("]}").toString()).post("/api/v1/regions/bulk").then().statusCode(201);

        admin(county).get("/api/v1/regions?parent=%s&size=3&page=0".formatted(t)).then().statusCode(200)
                .body("total", equalTo(7)).body("items", hasSize(3))
                .body("items.code", contains(village(t, 1), village(t, 2), village(t, 3)));
        admin(county).get("/api/v1/regions?parent=%s&size=3&page=2".formatted(t)).then().statusCode(200)
                .body("items.code", contains(village(t, 7)));
        admin(county).get("/api/v1/regions?level=TOWNSHIP").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo(t));
        admin(county).get("/api/v1/regions?name=村3").then().statusCode(200)
                .body("items.code", contains(village(t, 3)));
        admin(county).get("/api/v1/regions?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        admin(county).get("/api/v1/regions?level=CITY").then().statusCode(400).body("errors[0].field", equalTo("level"));
    }

    @Test
    void renameNeedsTheCurrentVersionAndConcurrentRenamesDoNotBothWin() {
        String county = newCounty();
        createCountyWithTownship(county);
        String t = township(county, 1);
        admin(county).body("{\"name\":\"新名\"}").patch("/api/v1/regions/" + t).then().statusCode(428);
        admin(county).header("If-Match", "\"7\"").body("{\"name\":\"新名\"}").patch("/api/v1/regions/" + t)
                .then().statusCode(412).body("type", endsWithProblem("precondition-failed"));
        admin(county).header("If-Match", "\"0\"").body("{\"name\":\"新名\"}").patch("/api/v1/regions/" + t)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("新名")).body("version", equalTo(1));

        // Two officers act on version 1 at once: exactly one wins.
        List<CompletableFuture<Integer>> racers = List.of("甲", "乙", "丙").stream()
                .map(n -> CompletableFuture.supplyAsync(() -> admin(county).header("If-Match", "\"1\"")
                        .body("{\"name\":\"" + n + "\"}").patch("/api/v1/regions/" + t).statusCode()))
                .toList();
        List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(200, statuses.get(0));
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        statuses.stream().filter(s -> s != 200).forEach(s -> assertEquals(true, s == 409 || s == 412, "status " + s));
        admin(county).get("/api/v1/regions/" + t).then().body("version", equalTo(2));

        List<JsonNode> events = EventProbe.events("recruitment.region.v1", t, 3, Duration.ofSeconds(20));
        assertEquals(List.of("reservoir.recruitment.region.created", "reservoir.recruitment.region.updated", "reservoir.recruitment.region.updated"),
                events.stream().map(e -> e.get("type").asText()).toList());
    }

    @Test
    void deactivateOnlyWithoutActiveChildren() {
        String county = newCounty();
        createCountyWithTownship(county);
        String t = township(county, 1);
        admin(county).header("If-Match", "\"0\"").post("/api/v1/regions/" + county + "/deactivate")
                .then().statusCode(409).body("type", endsWithProblem("region-has-active-children"));
        admin(county).header("If-Match", "\"0\"").post("/api/v1/regions/" + t + "/deactivate")
                .then().statusCode(200).body("active", equalTo(false));
        admin(county).header("If-Match", "\"1\"").body("{\"name\":\"x\"}").patch("/api/v1/regions/" + t)
                .then().statusCode(409).body("type", endsWithProblem("region-inactive"));
        admin(county).body("{\"code\":\"%s\",\"name\":\"x\",\"villageType\":\"POOR\",\"committeeSeats\":3}".formatted(village(t, 1)))
                .post("/api/v1/regions").then().statusCode(422).body("errors[0].rule", equalTo("parent-inactive"));
        admin(county).header("If-Match", "\"0\"").post("/api/v1/regions/" + county + "/deactivate").then().statusCode(200);
        List<JsonNode> events = EventProbe.events("recruitment.region.v1", t, 2, Duration.ofSeconds(20));
        assertEquals("reservoir.recruitment.region.deactivated", events.get(1).get("type").asText());
        assertEquals(false, events.get(1).at("/data/active").asBoolean());
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswer() {
        String county = newCounty();
        String body = "{\"code\":\"%s\",\"name\":\"县\"}".formatted(county);
        admin(county).header("Idempotency-Key", "k-" + county).body(body).post("/api/v1/regions").then().statusCode(201);
        admin(county).header("Idempotency-Key", "k-" + county).body(body).post("/api/v1/regions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("code", equalTo(county));
        admin(county).header("Idempotency-Key", "k-" + county).body(body.replace("县", "另一个县")).post("/api/v1/regions")
                .then().statusCode(422).body("errors[0].rule", equalTo("idempotency-key-reused"));
        List<JsonNode> events = EventProbe.events("recruitment.region.v1", county, 2, Duration.ofSeconds(5));
        assertEquals(1, events.size(), "one creation, one event");
    }

    @Test
    void unknownPathIsAProblemToo() {
        admin(newCounty()).get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404)).body("correlationId", notNullValue());
    }
}
