package org.reservoir.recruitment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reservoir.recruitment.api.RecruitmentFixtures.idNumber;

/** Many callers at once: every one gets the answer a lone caller would. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class ConcurrencyTest {

    private static final int CALLERS = 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Status and parsed body of one answer. */
    private record Answer(int status, JsonNode body) {
    }

    /** Starts {@code CALLERS} requests at the same instant and collects their answers. */
    private static List<Answer> atOnce(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch ready = new CountDownLatch(CALLERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    Response r = request.apply(n);
                    return new Answer(r.statusCode(), parse(r.asString()));
                }));
            }
            ready.await();
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void twentyRetriesWithOneIdempotencyKeyAllGetTheFirstAnswer() throws Exception {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String body = f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", idNumber(LocalDate.of(1990, 2, 2), true), "");
        String key = UUID.randomUUID().toString();
        List<Answer> answers = atOnce(n -> f.officer().header("Idempotency-Key", key).body(body).post("/api/v1/candidates"));

        Answer first = answers.get(0);
        assertEquals(201, first.status(), () -> "statuses " + answers.stream().map(Answer::status).toList());
        for (Answer a : answers) {
            assertEquals(first.status(), a.status(), () -> "statuses " + answers.stream().map(Answer::status).toList());
            assertEquals(first.body(), a.body(), "every retry gets the first answer");
        }
        f.admin().get("/api/v1/candidates?campaignId=" + f.campaignId).then().body("total", equalTo(1))
                .body("items[0].id", equalTo(first.body().get("id").asText()));
    }

    /** Every writer named version 0; one wins, and each other one is told its version is no longer current (412), not 409. */
    @Test
    void twentyUpdatesOfOneVersionGetOneSuccessAndPreconditionFailedEach() throws Exception {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("PART_TIME");
        List<Answer> answers = atOnce(n -> f.officer().header("If-Match", "\"0\"").body("{\"occupation\":\"职业" + n + "\"}")
                .patch("/api/v1/candidates/" + id));
        List<Integer> statuses = answers.stream().map(Answer::status).sorted().toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), () -> "statuses " + statuses);
        assertEquals(CALLERS - 1, statuses.stream().filter(s -> s == 412).count(), () -> "statuses " + statuses);
        f.officer().get("/api/v1/candidates/" + id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void twentyRegistrationsOfOnePersonGetOneRecordAndTheSameConflictEach() throws Exception {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String body = f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", idNumber(LocalDate.of(1991, 3, 3), false), "");
        // Half with keys of their own, half without: idempotency plays no part here.
        List<Answer> answers = atOnce(n -> {
            RequestSpecification as = f.admin();
            return (n % 2 == 0 ? as.header("Idempotency-Key", UUID.randomUUID().toString()) : as).body(body).post("/api/v1/candidates");
        });

        List<Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
        assertEquals(1, created.size(), () -> "statuses " + answers.stream().map(Answer::status).toList());
        String winner = created.get(0).body().get("id").asText();
        for (Answer a : answers) {
            if (a.status() != 201) {
                assertEquals(409, a.status(), () -> "answer " + a);
                assertEquals("https://reservoir.local/problems/candidate-exists", a.body().path("type").asText(), () -> "answer " + a);
                assertEquals(winner, a.body().path("existingCandidateId").asText(), () -> "answer " + a);
            }
        }
        // The sequential path gives exactly the same answer.
        JsonNode later = parse(f.admin().body(body).post("/api/v1/candidates").then().statusCode(409).extract().asString());
        assertEquals(winner, later.path("existingCandidateId").asText());
        f.admin().get("/api/v1/candidates?campaignId=" + f.campaignId).then().body("total", equalTo(1));
    }
}
