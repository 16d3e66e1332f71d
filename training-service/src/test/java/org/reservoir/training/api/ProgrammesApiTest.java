package org.reservoir.training.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.region.RegionTopic;
import org.reservoir.infrastructure.testing.EventContracts;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.training.TrainingFixtures;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Programmes, sessions, enrolment, check-in and roll call, hours and the shortfall list, practice posts and education
 * upgrades through the HTTP API on a real PostgreSQL and Kafka, with reserves known from recruitment's real events.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class ProgrammesApiTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A township of its own per test, with two villages and reserves in the pool. */
    static final class Place {
        final String township = TrainingFixtures.freshTownship();
        final String county = township.substring(0, 6) + "000000";
        final String village1 = township.substring(0, 9) + "201";
        final String village2 = township.substring(0, 9) + "202";

        RequestSpecification admin() {
            return as("county-admin", county);
        }

        RequestSpecification officer() {
            return as("township-officer", township);
        }

        /** Reserves in the pool of village 1, once training has projected them. */
        List<UUID> reserves(int n) {
            List<UUID> ids = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                TrainingFixtures.candidate(id, "后备" + i, village1, "IN_POOL", 1);
                ids.add(id);
            }
            for (UUID id : ids) {
                Poll.until("reserve " + id + " projected", Duration.ofSeconds(30),
                        () -> admin().get("/api/v1/hours/reserves/" + id + "?year=" + year()).statusCode() == 200);
            }
            return ids;
        }

        void villages() {
            for (String v : List.of(village1, village2)) {
                EventProbe.publish(RegionTopic.NAME, v, UUID.randomUUID().toString(), "reservoir.recruitment.region.created", v, """
                        {"code":"%s","name":"村%s","level":"VILLAGE","parentCode":"%s","villageType":"WEAK","committeeSeats":5,\
                        "secretaryDirectorOnePerson":true,"active":true,"version":0}""".formatted(v, v.substring(9), township));
            }
        }

        String programme(String scope) {
            return admin().body("""
                    {"kind":"PRE_POST","title":"岗前培训班","scopeCode":"%s","year":%d}""".formatted(scope, year()))
                    .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        }

        Response session(String programmeId, OffsetDateTime start, int minutes, String hours, int capacity) {
            return officer().body("""
                    {"startsAt":"%s","endsAt":"%s","place":"镇党校","hours":%s,"capacity":%d,"trainer":"县委党校 王老师"}"""
                    .formatted(start, start.plusMinutes(minutes), hours, capacity)).post("/api/v1/programmes/" + programmeId + "/sessions");
        }
    }

    static RequestSpecification as(String role, String region) {
        return given().header("Authorization", TestTokens.bearer(role, region)).contentType(ContentType.JSON);
    }

    static RequestSpecification reserve(UUID id, String village) {
        return given().header("Authorization", TestTokens.bearerAs(id.toString(), "reserve", village)).contentType(ContentType.JSON);
    }

    /** A problem body without its per-request correlation id. */
    static String withoutCorrelationId(String problem) {
        return problem.replaceAll("\"correlationId\":\"[^\"]*\"", "");
    }

    static int year() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    }

    @Test
    void aReserveChecksInWithTheSessionCodeOnceAndSeesTheHours() {
        Place p = new Place();
        List<UUID> r = p.reserves(3);
        String programme = p.programme(p.township);
        Response created = p.session(programme, now().minusMinutes(10), 180, "3", 2);
        created.then().statusCode(201).header("Location", containsString("/api/v1/sessions/")).header("ETag", equalTo("\"0\""));
        String session = created.path("id");
        String code = created.path("checkInCode");

        // Enrolment by rule: all three reserves of the township do not fit two places.
        p.officer().body("{\"townshipCode\":\"%s\"}".formatted(p.township)).post("/api/v1/programmes/" + programme + "/enrolments")
                .then().statusCode(409).body("type", containsString("over-capacity")).body("capacity", equalTo(2));
        p.officer().body("{\"candidateIds\":[\"%s\",\"%s\"]}".formatted(r.get(0), r.get(1))).post("/api/v1/programmes/" + programme + "/enrolments")
                .then().statusCode(201).body("enrolled", hasSize(2)).body("alreadyEnrolled", hasSize(0));
        p.officer().body("{\"candidateIds\":[\"%s\"]}".formatted(r.get(0))).post("/api/v1/programmes/" + programme + "/enrolments")
                .then().statusCode(201).body("enrolled", hasSize(0)).body("alreadyEnrolled", hasItem(r.get(0).toString()));

        // The phone checks in; a retry with the same key gets the first answer, a second check-in credits nothing.
        String key = UUID.randomUUID().toString();
        reserve(r.get(0), p.village1).header("Idempotency-Key", key).body("{\"code\":\"%s\"}".formatted(code.toLowerCase()))
                .post("/api/v1/me/check-ins").then().statusCode(201).body("hours", equalTo(3.0f)).body("method", equalTo("CHECK_IN"));
        reserve(r.get(0), p.village1).header("Idempotency-Key", key).body("{\"code\":\"%s\"}".formatted(code.toLowerCase()))
                .post("/api/v1/me/check-ins").then().statusCode(201).header("Idempotent-Replayed", "true");
        reserve(r.get(0), p.village1).body("{\"code\":\"%s\"}".formatted(code)).post("/api/v1/me/check-ins")
                .then().statusCode(409).body("type", containsString("already-attended"));
        // A valid code of a session the reserve is not enrolled in answers exactly as an unknown code: no code can be probed.
        String notEnrolled = reserve(r.get(2), p.village1).header("Accept-Language", "en").body("{\"code\":\"%s\"}".formatted(code))
                .post("/api/v1/me/check-ins").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code")).extract().asString();
        String unknown = reserve(r.get(2), p.village1).header("Accept-Language", "en").body("{\"code\":\"NOPE2345\"}")
                .post("/api/v1/me/check-ins").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", equalTo("No session of a programme you are enrolled in has this check-in code")).extract().asString();
        assertEquals(withoutCorrelationId(unknown), withoutCorrelationId(notEnrolled));

        reserve(r.get(0), p.village1).get("/api/v1/me/hours").then().statusCode(200)
                .body("hours", equalTo(3.0f)).body("year", equalTo(year()));
        reserve(r.get(0), p.village1).get("/api/v1/me/sessions?from=" + now().minusDays(1)).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].sessionId", equalTo(session)).body("items[0].attended", equalTo(true))
                .body("items[0].checkInCode", nullValue());
        reserve(r.get(1), p.village1).get("/api/v1/me/sessions?from=" + now().minusDays(1)).then().statusCode(200)
                .body("items[0].attended", equalTo(false));
        // Officers see the code; reserves may not use officers' endpoints.
        reserve(r.get(0), p.village1).get("/api/v1/sessions/" + session).then().statusCode(403);
        p.officer().get("/api/v1/sessions/" + session + "/attendance").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].candidateId", equalTo(r.get(0).toString()));

        List<JsonNode> events = EventProbe.events("training.attendance.v1", r.get(0).toString(), 1, Duration.ofSeconds(30));
        assertEquals(1, events.size(), "hours credited once");
        EventContracts.assertConforms(events.get(0), "training.attendance.v1.schema.json");
        assertEquals("reservoir.training.hours.credited", events.get(0).path("type").asText());
        assertEquals(session, events.get(0).path("data").path("sessionId").asText());
        assertEquals(p.village1, events.get(0).path("data").path("villageCode").asText());
    }

    @Test
    void checkInOutsideTheWindowIsAConflictAndTheRollCallCreditsOnce() {
        Place p = new Place();
        List<UUID> r = p.reserves(2);
        String programme = p.programme(p.township);
        String past = p.session(programme, now().minusDays(1).minusHours(4), 120, "2", 30).then().statusCode(201).extract().path("id");
        String pastCode = p.officer().get("/api/v1/sessions/" + past).then().statusCode(200).extract().path("checkInCode");
        Response future = p.session(programme, now().plusHours(2), 60, "1", 30);
        String later = future.path("id");
        p.officer().body("{\"candidateIds\":[\"%s\",\"%s\"]}".formatted(r.get(0), r.get(1))).post("/api/v1/programmes/" + programme + "/enrolments")
                .then().statusCode(201);

        reserve(r.get(0), p.village1).header("Accept-Language", "en").body("{\"code\":\"%s\"}".formatted(pastCode)).post("/api/v1/me/check-ins")
                .then().statusCode(409).body("type", containsString("check-in-closed")).body("closesAt", notNullValue())
                .body("detail", containsString("open from"));
        reserve(r.get(0), p.village1).body("{\"code\":\"%s\"}".formatted(future.path("checkInCode").toString())).post("/api/v1/me/check-ins")
                .then().statusCode(409).body("type", containsString("check-in-closed"));

        p.officer().body("{\"candidateIds\":[\"%s\"]}".formatted(r.get(0))).post("/api/v1/sessions/" + later + "/roll-call")
                .then().statusCode(409).body("type", containsString("session-not-started"));
        p.officer().body("{\"candidateIds\":[\"%s\"]}".formatted(UUID.randomUUID())).post("/api/v1/sessions/" + past + "/roll-call")
                .then().statusCode(422).body("errors[0].field", equalTo("candidateIds[0]"));
        p.officer().body("{\"candidateIds\":[\"%s\"]}".formatted(r.get(0))).post("/api/v1/sessions/" + past + "/roll-call")
                .then().statusCode(201).body("credited", hasSize(1)).body("credited[0].method", equalTo("ROLL_CALL"));
        p.officer().body("{\"candidateIds\":[\"%s\",\"%s\"]}".formatted(r.get(0), r.get(1))).post("/api/v1/sessions/" + past + "/roll-call")
                .then().statusCode(201).body("credited", hasSize(1)).body("alreadyAttended", hasItem(r.get(0).toString()));
        p.admin().get("/api/v1/hours/reserves/" + r.get(0) + "?year=" + year()).then().statusCode(200).body("hours", equalTo(2.0f));
    }

    @Test
    void theShortfallListShowsWhoIsBelowTheCountysMinimum() {
        Place p = new Place();
        List<UUID> r = p.reserves(2);
        String programme = p.programme(p.township);
        String session = p.session(programme, now().minusDays(2), 240, "4", 30).then().statusCode(201).extract().path("id");
        p.officer().body("{\"candidateIds\":[\"%s\",\"%s\"]}".formatted(r.get(0), r.get(1))).post("/api/v1/programmes/" + programme + "/enrolments")
                .then().statusCode(201);
        p.officer().body("{\"candidateIds\":[\"%s\"]}".formatted(r.get(0))).post("/api/v1/sessions/" + session + "/roll-call").then().statusCode(201);

        p.officer().body("{\"minimumHours\":6}").put("/api/v1/hours/requirements/" + p.county + "/" + year()).then().statusCode(403);
        p.admin().body("{\"minimumHours\":6}").put("/api/v1/hours/requirements/" + p.county + "/" + year())
                .then().statusCode(201).header("ETag", equalTo("\"0\""));
        p.admin().body("{\"minimumHours\":5}").put("/api/v1/hours/requirements/" + p.county + "/" + year()).then().statusCode(428);
        p.admin().header("If-Match", "\"0\"").body("{\"minimumHours\":5}").put("/api/v1/hours/requirements/" + p.county + "/" + year())
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("minimumHours", equalTo(5.0f));
        p.officer().header("If-None-Match", "\"1\"").get("/api/v1/hours/requirements/" + p.county + "/" + year()).then().statusCode(304);

        p.officer().get("/api/v1/hours/shortfalls?year=" + year()).then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].candidateId", equalTo(r.get(1).toString()))
                .body("items[0].shortfall", equalTo(5.0f)).body("items[1].candidateId", equalTo(r.get(0).toString()))
                .body("items[1].hours", equalTo(4.0f)).body("items[1].shortfall", equalTo(1.0f));
        p.officer().get("/api/v1/hours/shortfalls?year=" + year() + "&region=" + p.county).then().statusCode(403);
        reserve(r.get(1), p.village1).get("/api/v1/me/hours?year=" + year()).then().statusCode(200)
                .body("required", equalTo(5.0f)).body("shortfall", equalTo(5.0f));
    }

    @Test
    void aTownshipReadsItsCountysProgrammeButNotItsNeighboursPeopleNorTheRoomsCode() {
        Place p = new Place();
        List<UUID> r = p.reserves(1);
        String programme = p.programme(p.county);
        String enrolment = p.admin().body("{\"candidateIds\":[\"%s\"]}".formatted(r.get(0)))
                .post("/api/v1/programmes/" + programme + "/enrolments").then().statusCode(201).extract().path("enrolled[0].id");
        OffsetDateTime start = now().plusDays(2);
        String session = p.admin().body("""
                {"startsAt":"%s","endsAt":"%s","place":"县委党校","hours":2,"capacity":30,"trainer":"王老师"}"""
                .formatted(start, start.plusHours(2))).post("/api/v1/programmes/" + programme + "/sessions").then().statusCode(201)
                .body("checkInCode", notNullValue()).extract().path("id");

        RequestSpecification neighbour = as("township-officer", p.county.substring(0, 6) + "998000");
        neighbour.get("/api/v1/programmes/" + programme).then().statusCode(200);
        as("township-officer", p.county.substring(0, 6) + "998000").get("/api/v1/programmes/" + programme + "/enrolments").then()
                .statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        as("township-officer", p.county.substring(0, 6) + "998000").get("/api/v1/enrolments/" + enrolment).then().statusCode(404);
        as("township-officer", p.county.substring(0, 6) + "998000").get("/api/v1/enrolments/" + enrolment + "/history").then().statusCode(404);
        as("township-officer", p.county.substring(0, 6) + "998000").get("/api/v1/sessions/" + session + "/attendance").then()
                .statusCode(200).body("total", equalTo(0));
        p.officer().get("/api/v1/programmes/" + programme + "/enrolments").then().statusCode(200).body("total", equalTo(1));
        p.officer().get("/api/v1/enrolments/" + enrolment).then().statusCode(200);

        // The code credits hours to whoever types it: only the county admin, who runs this programme, sees it.
        p.admin().get("/api/v1/sessions/" + session).then().statusCode(200).body("checkInCode", notNullValue());
        p.admin().get("/api/v1/programmes/" + programme + "/sessions").then().statusCode(200).body("items[0].checkInCode", notNullValue());
        for (RequestSpecification reader : List.of(as("viewer", p.county), as("service", p.county), p.officer())) {
            reader.get("/api/v1/sessions/" + session).then().statusCode(200).body("checkInCode", nullValue());
        }
        as("viewer", p.county).get("/api/v1/programmes/" + programme + "/sessions").then().statusCode(200)
                .body("items[0].checkInCode", nullValue());
    }

    @Test
    void enrolmentsMoveThroughTheTransitionRunnerWithHistoryAndJurisdictionHoldsBothWays() {
        Place p = new Place();
        List<UUID> r = p.reserves(1);
        String countyProgramme = p.programme(p.county);
        String townshipProgramme = p.programme(p.township);
        // A township reads its county's programme, but acts only on its own.
        p.officer().get("/api/v1/programmes/" + countyProgramme).then().statusCode(200);
        p.officer().body("{\"candidateIds\":[\"%s\"]}".formatted(r.get(0))).post("/api/v1/programmes/" + countyProgramme + "/enrolments")
                .then().statusCode(403);
        as("township-officer", p.county.substring(0, 6) + "999000").get("/api/v1/programmes/" + townshipProgramme).then().statusCode(404);
        p.officer().body("{\"kind\":\"REGULAR\",\"title\":\"x\",\"scopeCode\":\"%s\",\"year\":%d}".formatted(p.county, year()))
                .post("/api/v1/programmes").then().statusCode(403);
        p.officer().header("Accept-Language", "en").body("{\"kind\":\"REGULAR\",\"title\":\"x\",\"scopeCode\":\"%s\",\"year\":%d}"
                        .formatted(p.village1, year())).post("/api/v1/programmes").then().statusCode(422)
                .body("errors[0].field", equalTo("scopeCode"));

        Response first = p.officer().get("/api/v1/programmes/" + townshipProgramme);
        first.then().statusCode(200).header("ETag", equalTo("\"0\""));
        p.officer().header("If-None-Match", "\"0\"").get("/api/v1/programmes/" + townshipProgramme).then().statusCode(304);

        String enrolment = p.officer().body("{\"candidateIds\":[\"%s\"]}".formatted(r.get(0)))
                .post("/api/v1/programmes/" + townshipProgramme + "/enrolments").then().statusCode(201).extract().path("enrolled[0].id");
        p.officer().body("{\"reason\":\"外出务工\"}").post("/api/v1/enrolments/" + enrolment + "/withdraw").then().statusCode(428);
        p.officer().header("If-Match", "\"0\"").body("{\"reason\":\"外出务工\"}").post("/api/v1/enrolments/" + enrolment + "/withdraw")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("WITHDRAWN"))
                .body("allowedActions", hasItems("REINSTATE"));
        p.officer().header("If-Match", "\"1\"").body("{}").post("/api/v1/enrolments/" + enrolment + "/complete")
                .then().statusCode(409).body("type", containsString("illegal-transition")).body("allowedActions", hasItems("REINSTATE"));
        p.officer().header("If-Match", "\"1\"").body("{\"reason\":\"已返乡\"}").post("/api/v1/enrolments/" + enrolment + "/reinstate")
                .then().statusCode(200).body("status", equalTo("ENROLLED"));
        p.officer().get("/api/v1/enrolments/" + enrolment + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("ENROL", "WITHDRAW", "REINSTATE"))).body("[1].reason", equalTo("外出务工"))
                .body("[1].role", equalTo("township-officer"));
    }

    @Test
    void aPracticePostInAnotherVillageStartsAndEndsWithAnEvaluation() {
        Place p = new Place();
        p.villages();
        List<UUID> r = p.reserves(1);
        Poll.until("villages projected", Duration.ofSeconds(30), () -> p.officer().body("""
                {"candidateId":"%s","postKind":"GRID_MEMBER","postVillageCode":"%s","startOn":"2001-01-01","endOn":"2000-01-01","supervisor":"李四"}"""
                .formatted(r.get(0), p.village2)).post("/api/v1/practice-assignments").then().extract().<List<String>>path("errors.rule")
                .equals(List.of("ends-before-start")));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String body = """
                {"candidateId":"%s","postKind":"GRID_MEMBER","postVillageCode":"%s","duties":"网格走访","startOn":"%s","endOn":"%s",\
                "supervisor":"村党支部书记 李四"}""".formatted(r.get(0), p.village2, today, today.plusMonths(6));
        Response assigned = p.officer().header("Idempotency-Key", "post-" + r.get(0)).body(body).post("/api/v1/practice-assignments");
        assigned.then().statusCode(201).body("crossVillage", equalTo(true)).body("status", equalTo("ASSIGNED")).header("ETag", equalTo("\"0\""));
        String id = assigned.path("id");
        p.officer().header("Idempotency-Key", "post-" + r.get(0)).body(body).post("/api/v1/practice-assignments")
                .then().statusCode(201).body("id", equalTo(id));
        p.officer().body(body.replace(p.village2, p.township)).post("/api/v1/practice-assignments").then().statusCode(422)
                .body("errors[0].rule", equalTo("post-village"));
        p.officer().body(body.replace(r.get(0).toString(), UUID.randomUUID().toString())).post("/api/v1/practice-assignments").then()
                .statusCode(422).body("errors[0].rule", equalTo("reserve-not-in-pool"));

        p.officer().header("If-Match", "\"0\"").post("/api/v1/practice-assignments/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        p.officer().header("If-Match", "\"1\"").body("{\"evaluation\":{}}").post("/api/v1/practice-assignments/" + id + "/end")
                .then().statusCode(400).body("errors[0].field", equalTo("evaluation.grade"));
        p.officer().header("If-Match", "\"1\"").body("{\"evaluation\":{\"grade\":\"EXCELLENT\",\"comment\":\"化解纠纷 3 起\"}}")
                .post("/api/v1/practice-assignments/" + id + "/end").then().statusCode(200).body("status", equalTo("ENDED"))
                .body("evaluation.grade", equalTo("EXCELLENT"));
        reserve(r.get(0), p.village1).get("/api/v1/me/practice-posts").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].evaluation.comment", equalTo("化解纠纷 3 起"));
        reserve(r.get(0), p.village1).get("/api/v1/practice-assignments/" + id).then().statusCode(200);
        reserve(UUID.randomUUID(), p.village1).get("/api/v1/practice-assignments/" + id).then().statusCode(404);

        List<JsonNode> events = EventProbe.events("training.practice.v1", id, 2, Duration.ofSeconds(30));
        assertEquals(List.of("reservoir.training.practice.started", "reservoir.training.practice.ended"),
                events.stream().map(e -> e.path("type").asText()).toList());
        events.forEach(e -> EventContracts.assertConforms(e, "training.practice.v1.schema.json"));
        assertTrue(events.get(1).path("data").path("crossVillage").asBoolean());
    }

    @Test
    void anEducationUpgradePublishesOnlyItsCompletion() {
        Place p = new Place();
        List<UUID> r = p.reserves(1);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Response recorded = p.officer().body("""
                {"candidateId":"%s","school":"河南开放大学","major":"行政管理","targetLevel":"JUNIOR_COLLEGE","startedOn":"%s",\
                "expectedCompletion":"%s"}""".formatted(r.get(0), today.minusYears(2), today.plusMonths(1))).post("/api/v1/education-records");
        recorded.then().statusCode(201).body("status", equalTo("STUDYING"));
        String id = recorded.path("id");
        p.officer().header("If-Match", "\"0\"").body("{\"educationLevel\":\"JUNIOR_COLLEGE\",\"completedOn\":\"%s\"}".formatted(today.plusDays(1)))
                .post("/api/v1/education-records/" + id + "/complete").then().statusCode(422).body("errors[0].rule", equalTo("completed-in-future"));
        p.officer().header("If-Match", "\"0\"").body("{\"educationLevel\":\"JUNIOR_COLLEGE\",\"completedOn\":\"99999-01-01\"}")
                .post("/api/v1/education-records/" + id + "/complete").then().statusCode(400);
        p.officer().header("If-Match", "\"0\"").body("{\"educationLevel\":\"JUNIOR_COLLEGE\",\"completedOn\":\"%s\"}".formatted(today))
                .post("/api/v1/education-records/" + id + "/complete").then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("achievedLevel", equalTo("JUNIOR_COLLEGE"));
        reserve(r.get(0), p.village1).header("If-None-Match", "\"1\"").get("/api/v1/education-records/" + id).then().statusCode(304);
        List<JsonNode> events = EventProbe.events("training.education.v1", r.get(0).toString(), 1, Duration.ofSeconds(30));
        assertEquals(1, events.size());
        EventContracts.assertConforms(events.get(0), "training.education.v1.schema.json");
        assertEquals("JUNIOR_COLLEGE", events.get(0).path("data").path("educationLevel").asText());
        p.officer().get("/api/v1/education-records/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("ENROL", "COMPLETE")));
    }
}
