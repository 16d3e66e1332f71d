package org.reservoir.assessment.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.MovableClock;
import org.reservoir.assessment.application.AppraisalJobs;
import org.reservoir.assessment.events.AppraisalEvents;
import org.reservoir.infrastructure.testing.EventContracts;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clock-driven appraisal work, tested by moving the clock and firing the daily trigger as the schedule would: a cycle
 * opens on its day, appraisals past the deadline are listed as overdue and announced once each.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class AppraisalScheduleTest {

    @Inject
    MovableClock clock;

    @Inject
    AppraisalJobs jobs;

    @AfterEach
    void putTheClockBack() {
        MovableClock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    @Test
    void appraisalsPastTheDeadlineAreListedAndAnnouncedOnceEach() {
        AppraisalFixtures f = new AppraisalFixtures();
        UUID late = f.reserve(f.village, "IN_POOL", 2);
        UUID done = f.reserve(f.village, "APPOINTED", 4);
        f.awaitProjected(2);
        LocalDate deadline = today().plusDays(10);
        String cycle = f.openCycle(deadline);
        String lateAppraisal = f.appraisalOf(cycle, late);
        f.scoreAndGrade(f.appraisalOf(cycle, done), f.township, 85, 5, 15, 2, 0);
        f.admin().queryParam("cycleId", cycle).queryParam("overdue", true).get("/api/v1/appraisals").then().statusCode(200)
                .body("total", equalTo(0));

        MovableClock.moveForward(Duration.ofDays(111));
        f.admin().queryParam("cycleId", cycle).queryParam("overdue", true).get("/api/v1/appraisals").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(lateAppraisal)).body("items[0].overdue", equalTo(true));
        f.admin().queryParam("cycleId", cycle).queryParam("overdue", false).get("/api/v1/appraisals").then().body("total", equalTo(1));
        jobs.trigger();
        JsonNode overdue = AppraisalFixtures.events(lateAppraisal, AppraisalEvents.OVERDUE, Duration.ofSeconds(1)).get(0);
        EventContracts.assertEventConforms(overdue, "assessment.appraisal.v1.schema.json");
        assertEquals(deadline.toString(), overdue.at("/data/deadline").asText());
        assertEquals(late.toString(), overdue.at("/data/candidateId").asText());

        // The same day again, and the next day: each fires its job, neither announces the appraisal a second time.
        jobs.trigger();
        MovableClock.moveForward(Duration.ofDays(1));
        jobs.trigger();
        assertEquals(1, AppraisalFixtures.events(lateAppraisal, AppraisalEvents.OVERDUE, Duration.ofSeconds(12)).size(), "announced once");
    }

    @Test
    void aCycleWithAnOpeningDayOpensByItselfOnThatDay() {
        AppraisalFixtures f = new AppraisalFixtures();
        UUID reserve = f.reserve(f.otherVillage, "ON_PROBATION", 5);
        f.awaitProjected(1);
        LocalDate opensOn = today().plusDays(3);
        Response created = f.admin().body(AppraisalFixtures.cycleRequest(f.county, opensOn, opensOn.plusDays(20), 30))
                .post("/api/v1/appraisal-cycles");
        created.then().statusCode(201).body("opensOn", equalTo(opensOn.toString()));
        String cycle = created.jsonPath().getString("id");

        MovableClock.moveForward(Duration.ofDays(2));
        jobs.trigger();
        Poll.sleep(8_000);
        f.admin().get("/api/v1/appraisal-cycles/" + cycle).then().body("status", equalTo("DRAFT"));

        MovableClock.moveForward(Duration.ofDays(1));
        jobs.trigger();
        Poll.until("cycle opened on its day", Duration.ofSeconds(30),
                () -> "OPEN".equals(f.admin().get("/api/v1/appraisal-cycles/" + cycle).jsonPath().getString("status")));
        f.admin().get("/api/v1/appraisal-cycles/" + cycle).then().body("appraisalCount", equalTo(1));
        f.admin().queryParam("cycleId", cycle).get("/api/v1/appraisals").then().body("items.candidateId", containsInAnyOrder(reserve.toString()));
        f.admin().get("/api/v1/appraisal-cycles/" + cycle + "/history").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("CREATE", "OPEN")).body("[1].actorRole", equalTo("service"));
    }
}
