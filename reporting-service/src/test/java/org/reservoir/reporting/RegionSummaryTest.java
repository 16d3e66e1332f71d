package org.reservoir.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.region.RegionTopic;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reporting's region projection fed through a real broker with real envelopes: counts, duplicate
 * deliveries, out-of-order versions, poison messages and failing events.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class RegionSummaryTest {

    private static final String TOPIC = RegionTopic.NAME;
    private static final AtomicInteger COUNTIES = new AtomicInteger(1);

    private static String newCounty() {
        return String.format("6524%02d000000", COUNTIES.getAndIncrement());
    }

    static String region(String code, String name, String level, String parent, String villageType, long version, boolean active) {
        String village = villageType == null ? "" : ",\"villageType\":\"%s\",\"committeeSeats\":5,\"secretaryDirectorOnePerson\":true".formatted(villageType);
        return """
                {"code":"%s","name":"%s","level":"%s","parentCode":%s,"active":%s,"version":%d%s}"""
                .formatted(code, name, level, parent == null ? "null" : "\"" + parent + "\"", active, version, village);
    }

    static void publish(String id, String type, String code, String data) {
        EventProbe.publish(TOPIC, code, id, type, code, data);
    }

    static void created(String code, String level, String parent, String villageType) {
        publish(UUID.randomUUID().toString(), "reservoir.recruitment.region.created", code,
                region(code, "区划" + code.substring(6), level, parent, villageType, 0, true));
    }

    private static ValidatableResponse summary(String county, String code) {
        return given().header("Authorization", TestTokens.bearer("viewer", county))
                .get("/api/v1/reports/regions/" + code + "/summary").then();
    }

    /** Polls the summary until the expected village count shows (events are consumed asynchronously). */
    private static void awaitVillages(String county, String code, int villages) {
        Poll.untilEquals("villages under " + code, villages, Duration.ofSeconds(30), () -> {
            var r = given().header("Authorization", TestTokens.bearer("viewer", county)).get("/api/v1/reports/regions/" + code + "/summary");
            return r.statusCode() == 200 ? r.jsonPath().getInt("villages") : -1;
        });
    }

    @Test
    void countsTownshipsAndVillagesUnderACode() {
        String county = newCounty();
        String t1 = county.substring(0, 6) + "101000";
        String t2 = county.substring(0, 6) + "102000";
        created(county, "COUNTY", null, null);
        created(t1, "TOWNSHIP", county, null);
        created(t2, "TOWNSHIP", county, null);
        created(t1.substring(0, 9) + "201", "VILLAGE", t1, "WEAK");
        created(t1.substring(0, 9) + "202", "VILLAGE", t1, "POOR");
        created(t2.substring(0, 9) + "201", "VILLAGE", t2, "WEAK");
        awaitVillages(county, county, 3);
        summary(county, county).statusCode(200)
                .body("name", equalTo("区划000000"))
                .body("level", equalTo("COUNTY"))
                .body("townships", equalTo(2))
                .body("villages", equalTo(3))
                .body("villagesByType.WEAK", equalTo(2))
                .body("villagesByType.POOR", equalTo(1))
                .body("committeeSeats", equalTo(15))
                .body("secretaryDirectorOnePersonVillages", equalTo(3));
        summary(county, t1).statusCode(200).body("townships", equalTo(0)).body("villages", equalTo(2));
    }

    @Test
    void duplicateDeliveriesAndStaleVersionsChangeNothing() {
        String county = newCounty();
        String t = county.substring(0, 6) + "101000";
        String v = t.substring(0, 9) + "201";
        created(county, "COUNTY", null, null);
        created(t, "TOWNSHIP", county, null);
        String id = UUID.randomUUID().toString();
        String data = region(v, "甲村", "VILLAGE", t, "WEAK", 0, true);
        publish(id, "reservoir.recruitment.region.created", v, data);
        publish(id, "reservoir.recruitment.region.created", v, data);
        awaitVillages(county, county, 1);
        // Version 2 (deactivated) arrives before version 1 (renamed): the older one must not win.
        publish(UUID.randomUUID().toString(), "reservoir.recruitment.region.deactivated", v, region(v, "乙村", "VILLAGE", t, "WEAK", 2, false));
        publish(UUID.randomUUID().toString(), "reservoir.recruitment.region.updated", v, region(v, "乙村", "VILLAGE", t, "WEAK", 1, true));
        // A sentinel village sent on the same key comes after both: once it counts, the stale update was seen too.
        String sentinel = t.substring(0, 9) + "299";
        EventProbe.publish(TOPIC, v, UUID.randomUUID().toString(), "reservoir.recruitment.region.created", sentinel,
                region(sentinel, "哨兵村", "VILLAGE", t, "POOR", 0, true));
        awaitVillages(county, county, 1);
        summary(county, county).statusCode(200).body("villages", equalTo(1)).body("villagesByType.POOR", equalTo(1))
                .body("villagesByType.WEAK", org.hamcrest.Matchers.nullValue()).body("townships", equalTo(1));
    }

    @Test
    void poisonAndFailingMessagesAreDeadLetteredAndDoNotBlockLaterEvents() {
        String county = newCounty();
        String t = county.substring(0, 6) + "101000";
        byte[] garbage = "{this is not json".getBytes(StandardCharsets.UTF_8);
        EventProbe.send(TOPIC, county, garbage);
        String failingId = UUID.randomUUID().toString();
        publish(failingId, "reservoir.recruitment.region.created", county, "{\"name\":\"no code\"}");
        // A code one character too long for the projection's char(12): the database refuses the value on every attempt.
        String tooLongId = UUID.randomUUID().toString();
        publish(tooLongId, "reservoir.recruitment.region.created", county, region(county + "9", "过长", "COUNTY", null, null, 0, true));
        created(county, "COUNTY", null, null);
        created(t, "TOWNSHIP", county, null);
        created(t.substring(0, 9) + "201", "VILLAGE", t, "INDUSTRY");
        awaitVillages(county, county, 1);

        List<EventProbe.Message> dead = EventProbe.read(TOPIC + ".dlt", m -> county.equals(m.key()), 3, Duration.ofSeconds(30));
        assertEquals(3, dead.size(), "the three bad messages dead-lettered");
        EventProbe.Message poison = dead.stream().filter(m -> new String(m.value(), StandardCharsets.UTF_8).startsWith("{this")).findFirst().orElseThrow();
        assertTrue(poison.headers().get("dlt.reason").startsWith("unreadable event"), poison.headers().toString());
        assertEquals(TOPIC, poison.headers().get("dlt.origin.topic"));
        assertEquals("reporting-service", poison.headers().get("dlt.consumer.group"));
        EventProbe.Message failing = dead.stream().filter(m -> new String(m.value(), StandardCharsets.UTF_8).contains(failingId)).findFirst().orElseThrow();
        // Retrying cannot give an event the field it lacks: refused at the first attempt (BatchFailureTest retries a failure).
        assertTrue(failing.headers().get("dlt.reason").startsWith("refused: "), failing.headers().toString());
        assertTrue(failing.headers().get("dlt.reason").contains("lacks code"), failing.headers().toString());
        assertEquals("1", failing.headers().get("dlt.attempts"));
        EventProbe.Message tooLong = dead.stream().filter(m -> new String(m.value(), StandardCharsets.UTF_8).contains(tooLongId)).findFirst().orElseThrow();
        assertTrue(tooLong.headers().get("dlt.reason").startsWith("refused: malformed data: "), tooLong.headers().toString());
        assertTrue(tooLong.headers().get("dlt.reason").contains("character(12)"), tooLong.headers().toString());
        assertEquals("1", tooLong.headers().get("dlt.attempts"));
    }

    @Test
    void summaryIsGuardedByRoleAndRegion() {
        String county = newCounty();
        created(county, "COUNTY", null, null);
        given().get("/api/v1/reports/regions/" + county + "/summary").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("viewer", "652201000000"))
                .get("/api/v1/reports/regions/" + county + "/summary").then().statusCode(403)
                .body("type", startsWith("https://reservoir.local/problems/out-of-jurisdiction"));
        given().header("Authorization", TestTokens.bearer("viewer", county))
                .get("/api/v1/reports/regions/" + county.substring(0, 6) + "999000/summary").then().statusCode(404)
                .body("detail", not(containsString("region")));
        given().header("Authorization", TestTokens.bearer("viewer", county)).header("Accept-Language", "en")
                .get("/api/v1/reports/regions/" + county.substring(0, 6) + "999000/summary").then().statusCode(404)
                .body("detail", containsString("region"));
        given().header("Authorization", TestTokens.bearer("viewer", county)).header("Accept-Language", "en")
                .get("/api/v1/reports/regions/12345/summary").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void metricsShowConsumedAndDeadLetteredEvents() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("reservoir_outbox_backlog"), "outbox backlog gauge");
        assertTrue(metrics.contains("reservoir_outbox_oldest_age_seconds"), "outbox age gauge");
    }
}
