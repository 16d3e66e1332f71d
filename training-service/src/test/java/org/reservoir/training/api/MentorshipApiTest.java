package org.reservoir.training.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventContracts;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.infrastructure.testing.MovableClock;
import org.reservoir.training.TrainingFixtures;
import org.reservoir.training.application.SilenceJob;
import org.reservoir.training.domain.Reserve;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mentors, pairs, goals, tasks, silence and plans through the HTTP API on real PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class MentorshipApiTest {

    static final String COUNTY = "652327000000";
    static final String TOPIC = "training.mentorship.v1";

    @Inject
    SilenceJob silenceJob;

    /** A township of its own for each test, with two villages. */
    record Place(String township, String village1, String village2) {
        static Place fresh() {
            String t = TrainingFixtures.freshTownship();
            return new Place(t, t.substring(0, 9) + "201", t.substring(0, 9) + "202");
        }

        String officer() {
            return TestTokens.bearer("township-officer", township);
        }
    }

    static String admin() {
        return TestTokens.bearer("county-admin", COUNTY);
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    static UUID reserve(String village, String status) {
        UUID id = UUID.randomUUID();
        TrainingFixtures.candidate(id, "后备" + id.toString().substring(0, 4), village, status, 1);
        return id;
    }

    static void awaitProjected(UUID... ids) {
        for (UUID id : ids) {
            Poll.until("reserve " + id + " projected", Duration.ofSeconds(30),
                    () -> QuarkusTransaction.requiringNew().call(() -> Reserve.findById(id) != null));
        }
    }

    static String mentor(Place p, String personId, Integer capacity) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("personId", personId, "name", "导师" + personId.substring(0, 4),
                "kind", "VILLAGE_PARTY_SECRETARY", "regionCode", p.village1()));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return as(p.officer()).body(body).post("/api/v1/mentors").then().statusCode(201).extract().path("id");
    }

    static ExtractableResponse<Response> pair(String bearer, String mentorId, UUID candidateId, LocalDate startsOn) {
        return as(bearer).body(Map.of("mentorId", mentorId, "candidateId", candidateId.toString(), "startsOn", startsOn.toString(),
                "endsOn", startsOn.plusYears(1).toString())).post("/api/v1/mentorships").then().extract();
    }

    static String personId() {
        return "mentor-" + UUID.randomUUID();
    }

    @Test
    void pairsWithinCapacityOneMentorPerReserveOnlyReservesInThePool() {
        Place p = Place.fresh();
        UUID r1 = reserve(p.village1(), "IN_POOL");
        UUID r2 = reserve(p.village1(), "ADMITTED");
        UUID r3 = reserve(p.village2(), "ON_PROBATION");
        UUID r4 = reserve(p.village2(), "IN_POOL");
        UUID vetted = reserve(p.village2(), "VETTED");
        awaitProjected(r1, r2, r3, r4, vetted);
        String person = personId();
        Map<String, Object> registration = Map.of("personId", person, "name", "李志强", "kind", "FIRST_SECRETARY", "regionCode", p.township());
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = as(p.officer()).header("Idempotency-Key", key).body(registration).post("/api/v1/mentors")
                .then().statusCode(201).header("ETag", "\"0\"").body("capacity", equalTo(3)).body("freePlaces", equalTo(3)).extract();
        String mentorId = first.path("id");
        as(p.officer()).header("Idempotency-Key", key).body(registration).post("/api/v1/mentors").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(mentorId));
        as(p.officer()).body(registration).post("/api/v1/mentors").then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("mentor-exists"));

        LocalDate today = LocalDate.now();
        String pairKey = UUID.randomUUID().toString();
        Map<String, Object> start = Map.of("mentorId", mentorId, "candidateId", r1.toString(), "startsOn", today.toString(),
                "endsOn", today.plusYears(1).toString());
        String pair1 = as(p.officer()).header("Idempotency-Key", pairKey).body(start).post("/api/v1/mentorships").then().statusCode(201)
                .header("ETag", "\"0\"").body("status", equalTo("ACTIVE")).body("reserveName", equalTo(name(r1)))
                .body("mentorName", equalTo("李志强")).extract().path("id");
        as(p.officer()).header("Idempotency-Key", pairKey).body(start).post("/api/v1/mentorships").then().statusCode(201)
                .body("id", equalTo(pair1));
        assertEquals(201, pair(p.officer(), mentorId, r2, today).statusCode());
        assertEquals(201, pair(admin(), mentorId, r3, today).statusCode());

        ExtractableResponse<Response> full = pair(p.officer(), mentorId, r4, today);
        assertEquals(409, full.statusCode(), full.asString());
        assertTrue(full.<String>path("type").endsWith("mentor-over-capacity"), full.asString());
        as(p.officer()).header("Accept-Language", "en").body(Map.of("mentorId", mentorId, "candidateId", r4.toString(),
                        "startsOn", today.toString(), "endsOn", today.plusYears(1).toString())).post("/api/v1/mentorships").then().statusCode(409)
                .body("detail", containsString("capacity"));
        as(p.officer()).get("/api/v1/mentors/" + mentorId).then().statusCode(200).body("activePairs", equalTo(3)).body("freePlaces", equalTo(0));

        String other = mentor(p, personId(), null);
        ExtractableResponse<Response> second = pair(p.officer(), other, r1, today);
        assertEquals(409, second.statusCode(), second.asString());
        assertTrue(second.<String>path("type").endsWith("reserve-has-mentor"));

        for (UUID notInPool : List.of(vetted, UUID.randomUUID())) {
            ExtractableResponse<Response> refused = pair(p.officer(), other, notInPool, today);
            assertEquals(422, refused.statusCode(), refused.asString());
            assertEquals("candidateId", refused.path("errors[0].field"));
            assertEquals("reserve-not-in-pool", refused.path("errors[0].rule"));
        }
        Place elsewhere = Place.fresh();
        ExtractableResponse<Response> foreign = pair(elsewhere.officer(), other, r4, today);
        assertEquals(422, foreign.statusCode(), "another township's officer does not learn the mentor exists");
        assertEquals("unknown-mentor", foreign.path("errors[0].rule"));

        // The ETag lets a phone revalidate for a 304; an update names the version it read.
        String etag = as(p.officer()).get("/api/v1/mentorships/" + pair1).then().statusCode(200).extract().header("ETag");
        as(p.officer()).header("If-None-Match", etag).get("/api/v1/mentorships/" + pair1).then().statusCode(304).header("ETag", etag);
        as(p.officer()).body(Map.of("reason", "MENTOR_CHANGED")).post("/api/v1/mentorships/" + pair1 + "/end").then().statusCode(428);
        as(p.officer()).header("If-Match", etag).body(Map.of("reason", "RESERVE_EXITED")).post("/api/v1/mentorships/" + pair1 + "/end")
                .then().statusCode(422).body("errors[0].rule", equalTo("reserve-exit-from-recruitment"));
        as(p.officer()).header("If-Match", etag).body(Map.of("reason", "MENTOR_CHANGED", "note", "导师调任"))
                .post("/api/v1/mentorships/" + pair1 + "/end").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("ENDED")).body("endReason", equalTo("MENTOR_CHANGED"));
        as(p.officer()).header("If-None-Match", etag).get("/api/v1/mentorships/" + pair1).then().statusCode(200);
        as(p.officer()).header("If-Match", "\"1\"").body(Map.of("reason", "OTHER")).post("/api/v1/mentorships/" + pair1 + "/end")
                .then().statusCode(409).body("allowedActions.size()", equalTo(0));
        as(p.officer()).get("/api/v1/mentorships/" + pair1 + "/history").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].action", equalTo("START")).body("items[1].action", equalTo("END"))
                .body("items[1].reason", equalTo("导师调任")).body("items[1].actorRole", equalTo("township-officer"));

        // The freed place takes the fourth reserve; the first may now have the other mentor.
        assertEquals(201, pair(p.officer(), mentorId, r4, today).statusCode());
        assertEquals(201, pair(p.officer(), other, r1, today).statusCode());
        // Capacity never below the pairs held now.
        String mentorTag = as(p.officer()).get("/api/v1/mentors/" + mentorId).then().extract().header("ETag");
        as(p.officer()).header("If-Match", mentorTag).body(Map.of("name", "李志强", "kind", "FIRST_SECRETARY", "capacity", 2, "active", true))
                .put("/api/v1/mentors/" + mentorId).then().statusCode(409).body("type", containsString("capacity-below-active-pairs"));

        List<JsonNode> started = EventProbe.events(TOPIC, pair1, 2, Duration.ofSeconds(30));
        assertEquals(List.of("reservoir.training.mentorship.started", "reservoir.training.mentorship.ended"),
                started.stream().map(e -> e.path("type").asText()).toList());
        started.forEach(e -> EventContracts.assertEventConforms(e, "training.mentorship.v1.schema.json"));
        assertEquals("MENTOR_CHANGED", started.get(1).path("data").path("endReason").asText());
        assertFalse(started.get(0).path("data").has("idNumber"));
    }

    private static String name(UUID reserve) {
        return "后备" + reserve.toString().substring(0, 4);
    }

    @Test
    void aPersonIdTakenOutsideTheCallersRegionIsRefusedWithoutSayingWhereOrAsWhat() {
        Place here = Place.fresh();
        Place there = Place.fresh();
        while (there.township().equals(here.township())) {
            there = Place.fresh();
        }
        String person = personId();
        mentor(there, person, null);
        Map<String, Object> registration = Map.of("personId", person, "name", "王芳", "kind", "VILLAGE_PARTY_SECRETARY",
                "regionCode", here.village1());

        // Another township's officer cannot read that mentor: the generic answer of a unique index, nothing about the mentor.
        String refused = as(here.officer()).header("Accept-Language", "en").body(registration).post("/api/v1/mentors").then()
                .statusCode(409).contentType("application/problem+json").body("type", equalTo("https://reservoir.local/problems/duplicate"))
                .body("title", equalTo("Already exists")).body("detail", equalTo("An identical record exists already")).extract().asString();
        assertFalse(refused.contains(person), refused);
        assertFalse(refused.contains(there.township().substring(0, 9)), refused);
        as(here.officer()).get("/api/v1/mentors").then().statusCode(200).body("items.personId", not(hasItem(person)));

        // Whoever may read it is told plainly: the township's own officer, and the county admin over both townships.
        as(there.officer()).body(Map.of("personId", person, "name", "王芳", "kind", "VILLAGE_PARTY_SECRETARY", "regionCode", there.village2()))
                .post("/api/v1/mentors").then().statusCode(409)
                .body("type", containsString("mentor-exists"));
        as(admin()).body(registration).post("/api/v1/mentors").then().statusCode(409)
                .body("type", containsString("mentor-exists"));
    }

    @Test
    void aMentorAndAReserveWorkThroughTheirOwnViewsAndSeeNothingElse() {
        Place p = Place.fresh();
        UUID reserveId = reserve(p.village1(), "IN_POOL");
        UUID stranger = reserve(p.village2(), "IN_POOL");
        awaitProjected(reserveId, stranger);
        String person = personId();
        String mentorId = mentor(p, person, null);
        LocalDate today = LocalDate.now();
        String pairId = pair(p.officer(), mentorId, reserveId, today).path("id");
        String mentor = TestTokens.bearerAs(person, "mentor", p.township());
        String reserve = TestTokens.bearerAs(reserveId.toString(), "reserve", p.village1());
        String otherMentor = TestTokens.bearerAs(personId(), "mentor", p.township());
        String otherReserve = TestTokens.bearerAs(stranger.toString(), "reserve", p.village2());

        // Goals and tasks, each create retried safely.
        String goalKey = UUID.randomUUID().toString();
        Map<String, Object> goal = Map.of("year", today.getYear(), "area", "POLITICAL_THEORY", "description", "系统学习党章党规");
        String goalId = as(mentor).header("Idempotency-Key", goalKey).body(goal).post("/api/v1/mentorships/" + pairId + "/goals")
                .then().statusCode(201).extract().path("id");
        as(mentor).header("Idempotency-Key", goalKey).body(goal).post("/api/v1/mentorships/" + pairId + "/goals").then().statusCode(201)
                .body("id", equalTo(goalId));
        YearMonth month = YearMonth.from(today);
        String task1 = as(mentor).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("month", month.toString(), "title", "整理村规民约学习笔记", "dueOn", month.atEndOfMonth().toString()))
                .post("/api/v1/mentorships/" + pairId + "/tasks").then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
        String task2 = as(mentor).body(Map.of("month", month.plusMonths(1).toString(), "title", "参与一次矛盾纠纷调解",
                        "description", "跟随调解委员会", "dueOn", month.plusMonths(1).atDay(20).toString()))
                .post("/api/v1/mentorships/" + pairId + "/tasks").then().statusCode(201).extract().path("id");
        as(mentor).body(Map.of("month", month.toString(), "title", "x", "dueOn", month.plusMonths(2).atDay(1).toString()))
                .post("/api/v1/mentorships/" + pairId + "/tasks").then().statusCode(422).body("errors[0].field", equalTo("dueOn"))
                .body("errors[0].rule", equalTo("due-outside-month"));
        as(otherMentor).body(Map.of("month", month.toString(), "title", "x", "dueOn", month.atEndOfMonth().toString()))
                .post("/api/v1/mentorships/" + pairId + "/tasks").then().statusCode(404);
        as(p.officer()).body(Map.of("month", month.toString(), "title", "x", "dueOn", month.atEndOfMonth().toString()))
                .post("/api/v1/mentorships/" + pairId + "/tasks").then().statusCode(403);

        // The reserve's phone: mentor, goals, tasks, report.
        String mine = as(reserve).get("/api/v1/me/mentor").then().statusCode(200).body("mentorId", equalTo(mentorId))
                .body("pairId", equalTo(pairId)).extract().header("ETag");
        as(reserve).header("If-None-Match", mine).get("/api/v1/me/mentor").then().statusCode(304);
        // Renaming the mentor changes the reserve's view though the pair did not change: no stale 304.
        String mentorTag = as(p.officer()).get("/api/v1/mentors/" + mentorId).then().extract().header("ETag");
        as(p.officer()).header("If-Match", mentorTag).body(Map.of("name", "李志刚", "kind", "FIRST_SECRETARY", "capacity", 3, "active", true))
                .put("/api/v1/mentors/" + mentorId).then().statusCode(200);
        as(reserve).header("If-None-Match", mine).get("/api/v1/me/mentor").then().statusCode(200).body("name", equalTo("李志刚"))
                .body("kind", equalTo("FIRST_SECRETARY"));
        as(reserve).get("/api/v1/me/goals").then().statusCode(200).body("total", equalTo(1)).body("items[0].area", equalTo("POLITICAL_THEORY"));
        as(reserve).get("/api/v1/me/tasks").then().statusCode(200).body("total", equalTo(2)).body("items[0].id", equalTo(task1))
                .body("items[1].id", equalTo(task2)).body("items[0]", not(org.hamcrest.Matchers.hasKey("description")));
        as(reserve).get("/api/v1/me/mentorships").then().statusCode(200).body("total", equalTo(1));
        String taskTag = as(reserve).get("/api/v1/me/tasks/" + task1).then().statusCode(200).extract().header("ETag");
        as(reserve).header("If-None-Match", taskTag).get("/api/v1/me/tasks/" + task1).then().statusCode(304);
        as(reserve).body(Map.of("text", "已完成")).put("/api/v1/me/tasks/" + task1 + "/report").then().statusCode(428);
        as(reserve).header("If-Match", taskTag).body(Map.of("text", "已整理笔记三页", "attachmentRef", "files/notes-1.jpg"))
                .put("/api/v1/me/tasks/" + task1 + "/report").then().statusCode(200).body("status", equalTo("REPORTED"))
                .header("ETag", "\"1\"");
        as(reserve).header("If-Match", taskTag).body(Map.of("text", "again")).put("/api/v1/me/tasks/" + task1 + "/report").then().statusCode(412);
        as(otherReserve).header("If-Match", "\"1\"").body(Map.of("text", "冒名")).put("/api/v1/me/tasks/" + task1 + "/report").then().statusCode(404);
        as(mentor).header("If-Match", "\"1\"").body(Map.of("text", "x")).put("/api/v1/me/tasks/" + task1 + "/report").then().statusCode(403);

        // The mentor's phone: what is due, then feedback with a rating (a follow-up event).
        as(mentor).get("/api/v1/me/tasks").then().statusCode(200).body("total", equalTo(2)).body("items.status", hasItem("REPORTED"));
        as(mentor).get("/api/v1/me/mentorships").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(pairId));
        as(mentor).header("If-Match", "\"1\"").body(Map.of("text", "笔记扎实", "rating", 6))
                .put("/api/v1/mentorships/" + pairId + "/tasks/" + task1 + "/feedback").then().statusCode(400);
        as(mentor).header("If-Match", "\"0\"").body(Map.of("text", "还没汇报", "rating", 3))
                .put("/api/v1/mentorships/" + pairId + "/tasks/" + task2 + "/feedback").then().statusCode(409)
                .body("type", containsString("task-not-reported"));
        as(mentor).header("If-Match", "\"1\"").body(Map.of("text", "笔记扎实", "rating", 5))
                .put("/api/v1/mentorships/" + pairId + "/tasks/" + task1 + "/feedback").then().statusCode(200)
                .body("status", equalTo("REVIEWED")).body("rating", equalTo(5));
        as(mentor).get("/api/v1/me/tasks").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(task2));
        as(reserve).get("/api/v1/mentorships/" + pairId + "/tasks/" + task1).then().statusCode(200).body("feedback", equalTo("笔记扎实"));

        // Nobody else sees the pair.
        as(otherMentor).get("/api/v1/mentorships/" + pairId).then().statusCode(404);
        as(otherReserve).get("/api/v1/mentorships/" + pairId).then().statusCode(404);
        as(Place.fresh().officer()).get("/api/v1/mentorships/" + pairId).then().statusCode(404);
        as(reserve).get("/api/v1/mentorships").then().statusCode(403);
        as(otherReserve).get("/api/v1/me/mentor").then().statusCode(404);

        // 一人一策: drawn by the mentor, read by the reserve, changed with If-Match.
        Map<String, Object> plan = Map.of("year", today.getYear(), "goals", List.of("熟悉村级事务"), "plannedTraining", List.of("岗前培训"),
                "plannedPracticePosts", List.of("村务助理"));
        as(mentor).header("Idempotency-Key", UUID.randomUUID().toString()).body(plan).post("/api/v1/reserves/" + reserveId + "/plan")
                .then().statusCode(201).header("ETag", "\"0\"");
        as(mentor).body(plan).post("/api/v1/reserves/" + reserveId + "/plan").then().statusCode(409);
        as(otherMentor).body(plan).post("/api/v1/reserves/" + stranger + "/plan").then().statusCode(404);
        as(reserve).get("/api/v1/me/plan").then().statusCode(200).body("plannedPracticePosts[0]", equalTo("村务助理"));
        as(p.officer()).header("If-Match", "\"0\"").body(Map.of("year", today.getYear(), "goals", List.of("熟悉村级事务", "提升文稿撰写"),
                        "plannedTraining", List.of(), "plannedPracticePosts", List.of("网格员")))
                .put("/api/v1/reserves/" + reserveId + "/plan").then().statusCode(200).header("ETag", "\"1\"");
        as(otherReserve).get("/api/v1/reserves/" + reserveId + "/plan").then().statusCode(404);
        as(p.officer()).body(Map.of("year", today.getYear(), "goals", java.util.Collections.nCopies(21, "x"), "plannedTraining", List.of(),
                "plannedPracticePosts", List.of())).post("/api/v1/reserves/" + stranger + "/plan").then().statusCode(400);

        List<JsonNode> events = EventProbe.read(TOPIC, m -> pairId.equals(m.key())
                && m.json().path("type").asText().endsWith("followup-recorded"), 1, Duration.ofSeconds(30)).stream().map(EventProbe.Message::json).toList();
        assertEquals(1, events.size());
        EventContracts.assertEventConforms(events.get(0), "training.mentorship.v1.schema.json");
        assertEquals(task1, events.get(0).path("data").path("taskId").asText());
        assertEquals(month.toString(), events.get(0).path("data").path("month").asText());
        assertEquals(5, events.get(0).path("data").path("rating").asInt());

        // The goal changed (achieved) is published again with the goal's new version.
        as(mentor).header("If-Match", "\"0\"").body(Map.of("description", "系统学习党章党规", "achieved", true))
                .put("/api/v1/mentorships/" + pairId + "/goals/" + goalId).then().statusCode(200).header("ETag", "\"1\"");
        List<JsonNode> goals = EventProbe.read(TOPIC, m -> pairId.equals(m.key())
                && m.json().path("type").asText().endsWith("goal-set"), 2, Duration.ofSeconds(30)).stream().map(EventProbe.Message::json).toList();
        assertEquals(2, goals.size(), "set once (the idempotent retry publishes nothing), changed once: " + goals);
        goals.forEach(e -> EventContracts.assertEventConforms(e, "training.mentorship.v1.schema.json"));
        assertEquals(List.of(0, 1), goals.stream().map(e -> e.path("data").path("version").asInt()).toList());
        assertEquals(List.of(false, true), goals.stream().map(e -> e.path("data").path("achieved").asBoolean()).toList());
        JsonNode goalSet = goals.get(1).path("data");
        assertEquals(goalId, goalSet.path("goalId").asText());
        assertEquals(reserveId.toString(), goalSet.path("candidateId").asText());
        assertEquals("POLITICAL_THEORY", goalSet.path("area").asText());
        assertEquals("系统学习党章党规", goalSet.path("description").asText());
        assertEquals(goals.get(0).path("data").path("setAt").asText(), goalSet.path("setAt").asText());

        // Each task's snapshot as set, reported and reviewed: month, title, due day, status — never the description, report or feedback.
        List<JsonNode> tasks = EventProbe.read(TOPIC, m -> pairId.equals(m.key())
                && m.json().path("type").asText().contains(".task-"), 4, Duration.ofSeconds(30)).stream().map(EventProbe.Message::json).toList();
        assertEquals(4, tasks.size(), tasks.toString());
        tasks.forEach(e -> EventContracts.assertEventConforms(e, "training.mentorship.v1.schema.json"));
        List<String> first = tasks.stream().filter(e -> task1.equals(e.path("data").path("taskId").asText()))
                .map(e -> e.path("type").asText().replace("reservoir.training.mentorship.", "") + " " + e.path("data").path("status").asText()
                        + " v" + e.path("data").path("version").asLong()).toList();
        assertEquals(List.of("task-assigned OPEN v0", "task-reported REPORTED v1", "task-reviewed REVIEWED v2"), first);
        JsonNode second = tasks.stream().filter(e -> task2.equals(e.path("data").path("taskId").asText())).findFirst().orElseThrow().path("data");
        assertEquals("参与一次矛盾纠纷调解", second.path("title").asText());
        assertEquals(month.plusMonths(1).toString(), second.path("month").asText());
        assertEquals(month.plusMonths(1).atDay(20).toString(), second.path("dueOn").asText());
        for (JsonNode e : tasks) {
            for (String text : List.of("跟随调解委员会", "已整理笔记三页", "notes-1.jpg", "笔记扎实")) {
                assertFalse(e.toString().contains(text), text + " in " + e);
            }
        }
    }

    @Test
    void aSilentMonthIsFlaggedByTheMonthlyJobOnceListedAndPublished() {
        Place p = Place.fresh();
        UUID quiet = reserve(p.village1(), "IN_POOL");
        UUID busy = reserve(p.village1(), "IN_POOL");
        awaitProjected(quiet, busy);
        String person = personId();
        String mentorId = mentor(p, person, null);
        YearMonth next = YearMonth.now().plusMonths(1);
        String quietPair = pair(p.officer(), mentorId, quiet, next.atDay(1)).path("id");
        String busyPair = pair(p.officer(), mentorId, busy, next.atDay(1)).path("id");
        as(TestTokens.bearerAs(person, "mentor", p.township())).body(Map.of("month", next.toString(), "title", "走访五户群众",
                "dueOn", next.atDay(25).toString())).post("/api/v1/mentorships/" + busyPair + "/tasks").then().statusCode(201);
        given().header("Authorization", p.officer()).queryParam("silentSince", "2026-13").get("/api/v1/mentorships").then().statusCode(400)
                .body("errors[0].field", equalTo("silentSince"));
        try {
            // Two months on, the month after this one is over: the job judges it.
            MovableClock.moveForward(Duration.ofDays(62));
            silenceJob.trigger();
            Poll.until("the silent month is listed", Duration.ofSeconds(60), () -> given().header("Authorization", p.officer())
                    .queryParam("silentSince", next.toString()).get("/api/v1/mentorships").then().extract().<List<String>>path("items.id"),
                    ids -> ids.contains(quietPair));
            given().header("Authorization", p.officer()).queryParam("silentSince", next.toString()).get("/api/v1/mentorships").then()
                    .statusCode(200).body("items.id", not(hasItem(busyPair))).body("items.find { it.id == '" + quietPair + "' }.lastSilentMonth",
                            equalTo(next.toString()));
            given().header("Authorization", p.officer()).queryParam("silentSince", next.plusMonths(1).toString()).get("/api/v1/mentorships")
                    .then().statusCode(200).body("items.id", not(hasItem(quietPair)));
            silenceJob.trigger();
        } finally {
            MovableClock.reset();
        }
        List<JsonNode> silent = EventProbe.read(TOPIC, m -> quietPair.equals(m.key()) && m.json().path("type").asText().endsWith(".silent"),
                2, Duration.ofSeconds(10)).stream().map(EventProbe.Message::json).toList();
        assertEquals(1, silent.size(), "published once per silent month, however often the trigger fires");
        EventContracts.assertEventConforms(silent.get(0), "training.mentorship.v1.schema.json");
        assertEquals(next.toString(), silent.get(0).path("data").path("month").asText());
        assertEquals(mentorId, silent.get(0).path("data").path("mentorId").asText());
        assertTrue(EventProbe.read(TOPIC, m -> busyPair.equals(m.key()) && m.json().path("type").asText().endsWith(".silent"), 1,
                Duration.ofSeconds(3)).isEmpty(), "a month with a task is not silent");
    }

    @Test
    void theReservesExitInRecruitmentEndsThePair() {
        Place p = Place.fresh();
        UUID reserveId = reserve(p.village1(), "IN_POOL");
        awaitProjected(reserveId);
        String pairId = pair(p.officer(), mentor(p, personId(), null), reserveId, LocalDate.now()).path("id");
        TrainingFixtures.candidate(reserveId, name(reserveId), p.village1(), "EXITED", 2);
        Poll.until("the pair ends", Duration.ofSeconds(30), () -> as(p.officer()).get("/api/v1/mentorships/" + pairId).then().extract()
                .<String>path("status"), "ENDED"::equals);
        as(p.officer()).get("/api/v1/mentorships/" + pairId).then().body("endReason", equalTo("RESERVE_EXITED"))
                .body("endedOn", equalTo(LocalDate.now().toString()));
        as(p.officer()).get("/api/v1/mentorships/" + pairId + "/history").then().body("items[1].actor", equalTo("recruitment-service"))
                .body("items[1].reason", equalTo("ADJUSTED_OUT"));
        JsonNode ended = EventProbe.events(TOPIC, pairId, 2, Duration.ofSeconds(30)).get(1);
        EventContracts.assertEventConforms(ended, "training.mentorship.v1.schema.json");
        assertEquals("RESERVE_EXITED", ended.path("data").path("endReason").asText());
        ExtractableResponse<Response> again = pair(p.officer(), mentor(p, personId(), null), reserveId, LocalDate.now());
        assertEquals(422, again.statusCode(), "an exited reserve is no longer in the pool");
    }

    @Test
    void concurrentPairingsNeverExceedTheCapacity() throws Exception {
        Place p = Place.fresh();
        List<UUID> reserves = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reserves.add(reserve(i % 2 == 0 ? p.village1() : p.village2(), "IN_POOL"));
        }
        awaitProjected(reserves.toArray(UUID[]::new));
        String mentorId = mentor(p, personId(), null);
        String officer = p.officer();
        LocalDate today = LocalDate.now();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (UUID r : reserves) {
                answers.add(pool.submit(() -> pair(officer, mentorId, r, today).statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertEquals(3, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        as(officer).queryParam("mentorId", mentorId).queryParam("status", "ACTIVE").get("/api/v1/mentorships").then().statusCode(200)
                .body("total", equalTo(3));

        UUID contested = reserve(p.village1(), "IN_POOL");
        awaitProjected(contested);
        List<String> mentors = List.of(mentor(p, personId(), null), mentor(p, personId(), null));
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = mentors.stream()
                    .map(m -> two.submit(() -> pair(officer, m, contested, today).statusCode())).toList();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "one active mentor per reserve, even at once");
        } finally {
            two.shutdown();
        }
    }

    @Test
    void listsArePagedAndBoundedAndStrangersAreRefused() {
        Place p = Place.fresh();
        given().header("Authorization", p.officer()).queryParam("size", 501).get("/api/v1/mentorships").then().statusCode(400);
        given().header("Authorization", p.officer()).queryParam("page", 100_001).get("/api/v1/mentors").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("reserve", p.village1())).get("/api/v1/mentors").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("assessor", COUNTY)).get("/api/v1/me/tasks").then().statusCode(403);
        as(p.officer()).body(Map.of("personId", personId(), "name", "王", "kind", "LOCAL_EXPERT", "regionCode", "652327000000"))
                .post("/api/v1/mentors").then().statusCode(422).body("errors[0].rule", equalTo("mentor-region-level"));
        as(p.officer()).body(Map.of("personId", personId(), "name", "王", "kind", "LOCAL_EXPERT", "regionCode", Place.fresh().village1()))
                .post("/api/v1/mentors").then().statusCode(403);
        as(p.officer()).body(Map.of("personId", personId(), "name", "王", "kind", "ASTRONAUT", "regionCode", p.village1()))
                .post("/api/v1/mentors").then().statusCode(400);
    }
}
