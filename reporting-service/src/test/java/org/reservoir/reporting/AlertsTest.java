package org.reservoir.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.reporting.RecruitmentFeed.Candidate;
import org.reservoir.reporting.application.AlertEvaluation;
import org.reservoir.reporting.application.Alerts;
import org.reservoir.infrastructure.jobs.Jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.reporting.RecruitmentFeed.region;
import static org.reservoir.reporting.RecruitmentFeed.send;

/** Alerts raised once from recruitment-shaped events, resolved when their cause goes away, published as reporting.alert.v1. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class AlertsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Alerts alerts;

    @Inject
    Jobs jobs;

    @Inject
    EntityManager em;

    static JsonPath list(String role, String region, Map<String, ?> query) {
        return given().header("Authorization", TestTokens.bearer(role, region)).queryParams(query).get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void raisedOnceResolvedWhenTheCauseGoesAwayAndPublished() throws Exception {
        String county = RecruitmentFeed.newCounty();
        String t = RecruitmentFeed.township(county, 1);
        String v1 = RecruitmentFeed.village(t, 1);
        String v2 = RecruitmentFeed.village(t, 2);
        region(county, "县", "COUNTY", null, 0);
        region(t, "镇", "TOWNSHIP", county, 0);
        region(v1, "甲村", "VILLAGE", t, 5);
        region(v2, "乙村", "VILLAGE", t, 5);
        UUID campaign = RecruitmentFeed.campaign(county, 45);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Candidate ageing = Candidate.of(campaign, v1, "PART_TIME", "IN_POOL").person(today.getYear() - 45, "BACHELOR", "MALE", "汉族", "PARTY_MEMBER");
        Candidate young = Candidate.of(campaign, v1, "PART_TIME", "IN_POOL");
        Candidate ending = Candidate.of(campaign, v1, "FULL_TIME", "ON_PROBATION").probation(today.plusDays(2));
        Candidate alone = Candidate.of(campaign, v2, "PART_TIME", "IN_POOL");
        List.of(ageing, young, ending, alone).forEach(RecruitmentFeed::send);
        awaitBench(county, v2, 1);
        awaitBench(county, v1, 3);

        // Raised as the candidate events were applied; the scheduled evaluation then finds nothing new: raised once.
        Poll.untilEquals("alerts raised on projection change", 3, Duration.ofSeconds(60), () -> list("viewer", county, Map.of()).getInt("total"));
        Instant now = Instant.now();
        assertEquals(new Alerts.Outcome(0, 0), alerts.evaluate(county, now, ZoneOffset.UTC), "raised once");

        JsonPath open = list("county-admin", county, Map.of());
        assertEquals(3, open.getInt("total"));
        assertEquals(Set.of("VILLAGE_BELOW_TARGET/" + v2, "AGE_LIMIT_APPROACHING/" + ageing.id(), "PROBATION_ENDING/" + ending.id()),
                Set.copyOf(open.getList("items", Map.class).stream().map(a -> a.get("kind") + "/" + a.get("subject")).toList()));
        assertEquals(1, list("viewer", county, Map.of("kind", "PROBATION_ENDING")).getInt("total"));
        assertEquals(1, list("township-officer", t, Map.of("region", v2)).getInt("total"));
        assertEquals(2, list("county-admin", county, Map.of("size", 2)).getList("items").size());
        given().header("Authorization", TestTokens.bearer("township-officer", RecruitmentFeed.township(county, 2))).queryParam("region", t)
                .get("/api/v1/alerts").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("viewer", county)).queryParam("kind", "SILENT").get("/api/v1/alerts").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("viewer", county)).queryParam("size", 501).get("/api/v1/alerts").then().statusCode(400);

        // The cause goes away with the next reserve of v2: resolved as that event is applied.
        String alertId = open.getList("items", Map.class).stream().filter(a -> a.get("kind").equals("VILLAGE_BELOW_TARGET"))
                .map(a -> (String) a.get("alertId")).findFirst().orElseThrow();
        send(Candidate.of(campaign, v2, "PART_TIME", "IN_POOL"));
        // (v1 may have had a short-lived alert of its own while its first reserves arrived one by one.)
        Poll.untilEquals("resolved", true, Duration.ofSeconds(60), () -> list("viewer", county, Map.of("state", "RESOLVED", "kind",
                "VILLAGE_BELOW_TARGET")).getList("items", Map.class).stream().anyMatch(a -> alertId.equals(a.get("alertId")) && a.get("resolvedAt") != null));
        assertEquals(2, list("viewer", county, Map.of()).getInt("total"));
        assertEquals(0, list("viewer", county, Map.of("region", v2)).getInt("total"));

        // What no event announces is the scheduled evaluation's: a stricter target puts v1 (3 reserves) below it.
        String admin = TestTokens.bearer("county-admin", county);
        given().header("Authorization", admin).header("If-Match", "\"0\"").contentType(io.restassured.http.ContentType.JSON)
                .body("{\"min\":4}").put("/api/v1/coverage-targets/" + county).then().statusCode(200);
        assertEquals(new Alerts.Outcome(2, 0), alerts.evaluate(county, now.plusSeconds(60), ZoneOffset.UTC), "v1 and v2 below 4");
        assertEquals(4, list("viewer", county, Map.of()).getInt("total"));

        List<EventProbe.Message> events = EventProbe.read("reporting.alert.v1", m -> alertId.equals(m.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, events.size());
        JsonNode raised = JSON.readTree(new String(events.get(0).value(), StandardCharsets.UTF_8));
        JsonNode done = JSON.readTree(new String(events.get(1).value(), StandardCharsets.UTF_8));
        assertEquals("reservoir.reporting.alert.raised", raised.path("type").asText());
        assertEquals("reservoir.reporting.alert.resolved", done.path("type").asText());
        assertEquals(1, done.path("data").path("version").asInt());
        for (JsonNode event : List.of(raised, done)) {
            assertConforms(event.path("data"), "reporting.alert.v1.schema.json");
            assertConforms(event, "envelope.schema.json");
        }
    }

    @Test
    void theScheduledTriggerRunsOneEvaluationJobPerPeriod() {
        String period = "test-" + UUID.randomUUID();
        assertTrue(jobs.trigger(AlertEvaluation.TYPE, period));
        assertEquals(false, jobs.trigger(AlertEvaluation.TYPE, period), "the same period twice runs once");
        Poll.untilEquals("evaluation job finished", "FINISHED", Duration.ofSeconds(60), () -> io.quarkus.narayana.jta.QuarkusTransaction
                .requiringNew().call(() -> (String) em.createNativeQuery("select status from job where type = ?1 and trigger_key = ?2")
                        .setParameter(1, AlertEvaluation.TYPE).setParameter(2, period).getSingleResult()));
    }

    @Test
    void theContractRejectsAnAlertWithoutItsRegionOrWithAnIdNumber() throws Exception {
        String valid = """
                {"alertId":"0c9e1d2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f","kind":"PROBATION_ENDING","subject":"s","countyCode":"652327000000",
                 "townshipCode":"652327101000","villageCode":"652327101201","raisedAt":"2026-11-23T02:00:00Z","resolvedAt":null,
                 "details":{"probationPlannedEnd":"2026-11-25"},"version":0}""";
        assertConforms(JSON.readTree(valid), "reporting.alert.v1.schema.json");
        assertTrue(problems(JSON.readTree(valid.replace("\"countyCode\":\"652327000000\",", "")), "reporting.alert.v1.schema.json") > 0);
        assertTrue(problems(JSON.readTree(valid.replace("{\"probationPlannedEnd\"", "{\"idNumber\":\"x\",\"probationPlannedEnd\"")),
                "reporting.alert.v1.schema.json") > 0);
    }

    private void awaitBench(String county, String village, int reserves) {
        Poll.untilEquals("bench of " + village, reserves, Duration.ofSeconds(60), () -> {
            JsonPath coverage = given().header("Authorization", TestTokens.bearer("viewer", county)).queryParam("region", village)
                    .get("/api/v1/reports/coverage").then().statusCode(200).extract().jsonPath();
            return coverage.getInt("figures.total.reserves");
        });
    }

    private static final String SCHEMA_BASE = "https://reservoir.local/schemas/";

    static void assertConforms(JsonNode json, String schema) {
        assertEquals(0, problems(json, schema), schema + " rejects " + json);
    }

    static int problems(JsonNode json, String schema) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.schemaMappers(
                mappers -> mappers.mapPrefix(SCHEMA_BASE, Path.of("..", "docs", "events").toAbsolutePath().normalize().toUri().toString())));
        return factory.getSchema(SchemaLocation.of(SCHEMA_BASE + schema)).validate(json).size();
    }
}
