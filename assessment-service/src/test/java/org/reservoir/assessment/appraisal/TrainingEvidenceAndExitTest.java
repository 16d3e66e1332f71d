package org.reservoir.assessment.appraisal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.assessment.consumers.TrainingEvidence;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Assessment's consumers, fed events shaped as the wave-3 contracts describe them: training-service's hours credited and
 * mentorship follow-ups appear on the appraisal of their half year; a reserve who leaves the pool in recruitment has its
 * open appraisal withdrawn; a reserve admitted after the county's cycle opened is added to that cycle.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class TrainingEvidenceAndExitTest {

    private static void hours(AppraisalFixtures f, UUID candidate, UUID attendance, String hours, LocalDate on, long version) {
        EventProbe.publish(TrainingEvidence.ATTENDANCE_TOPIC, candidate.toString(), UUID.randomUUID().toString(), TrainingEvidence.HOURS_CREDITED,
                candidate.toString(), """
                        {"attendanceId":"%s","candidateId":"%s","programmeId":"%s","sessionId":"%s","programmeKind":"REGULAR",
                         "hours":%s,"attendedOn":"%s","countyCode":"%s","townshipCode":"%s","villageCode":"%s","version":%d}"""
                        .formatted(attendance, candidate, UUID.randomUUID(), UUID.randomUUID(), hours, on, f.county, f.township, f.village, version));
    }

    private static void followUp(AppraisalFixtures f, UUID candidate, UUID pair, String month, int rating, long version) {
        EventProbe.publish(TrainingEvidence.MENTORSHIP_TOPIC, pair.toString(), UUID.randomUUID().toString(), TrainingEvidence.FOLLOWUP_RECORDED,
                pair.toString(), """
                        {"pairId":"%s","candidateId":"%s","taskId":"task-%s","month":"%s","rating":%d,"recordedAt":"%sT10:00:00Z",
                         "countyCode":"%s","townshipCode":"%s","villageCode":"%s","version":%d}"""
                        .formatted(pair, candidate, month, month, rating, month + "-28", f.county, f.township, f.village, version));
    }

    @Test
    void trainingHoursAndFollowUpsOfTheHalfYearAppearOnTheAppraisal() {
        AppraisalFixtures f = new AppraisalFixtures();
        UUID reserve = f.reserve(f.village, "IN_POOL", 1);
        f.awaitProjected(1);
        LocalDate deadline = LocalDate.now().plusDays(20);
        String cycle = f.openCycle(deadline);
        String appraisal = f.appraisalOf(cycle, reserve);
        LocalDate halfStart = deadline.getMonthValue() > 6 ? LocalDate.of(deadline.getYear(), 7, 1) : LocalDate.of(deadline.getYear(), 1, 1);
        UUID first = UUID.randomUUID();
        hours(f, reserve, first, "3.5", halfStart.plusDays(10), 1);
        hours(f, reserve, UUID.randomUUID(), "4", halfStart.plusMonths(2), 1);
        hours(f, reserve, UUID.randomUUID(), "8", halfStart.minusDays(1), 1);
        // An older version of the first attendance, redelivered late, changes nothing.
        hours(f, reserve, first, "100", halfStart.plusDays(10), 0);
        UUID pair = UUID.randomUUID();
        followUp(f, reserve, pair, halfStart.plusMonths(1).toString().substring(0, 7), 4, 2);
        followUp(f, reserve, pair, halfStart.plusMonths(2).toString().substring(0, 7), 5, 3);
        followUp(f, reserve, pair, halfStart.minusMonths(1).toString().substring(0, 7), 1, 1);

        Poll.until("evidence projected", Duration.ofSeconds(30),
                () -> f.admin().get("/api/v1/appraisals/" + appraisal).jsonPath().getInt("evidence.mentorshipFollowUps") == 2
                        && f.admin().get("/api/v1/appraisals/" + appraisal).jsonPath().getInt("evidence.trainingSessions") == 2);
        f.admin().get("/api/v1/appraisals/" + appraisal).then().statusCode(200)
                .body("evidence.from", equalTo(halfStart.toString()))
                .body("evidence.trainingHours", equalTo(7.5f))
                .body("evidence.averageFollowUpRating", equalTo(4.5f));
    }

    /** training's goal and task events share the topic: they are no evidence, are skipped, and dead-letter nothing. */
    @Test
    void goalAndTaskEventsOnTheMentorshipTopicAreIgnoredWithoutDeadLetters() {
        AppraisalFixtures f = new AppraisalFixtures();
        UUID reserve = f.reserve(f.village, "IN_POOL", 1);
        f.awaitProjected(1);
        LocalDate deadline = LocalDate.now().plusDays(20);
        String appraisal = f.appraisalOf(f.openCycle(deadline), reserve);
        LocalDate halfStart = deadline.getMonthValue() > 6 ? LocalDate.of(deadline.getYear(), 7, 1) : LocalDate.of(deadline.getYear(), 1, 1);
        String month = halfStart.plusMonths(1).toString().substring(0, 7);
        UUID pair = UUID.randomUUID();
        String regions = "\"countyCode\":\"%s\",\"townshipCode\":\"%s\",\"villageCode\":\"%s\"".formatted(f.county, f.township, f.village);
        List<String> ids = new ArrayList<>();
        String goal = """
                {"pairId":"%s","candidateId":"%s","goalId":"%s","year":%d,"area":"WRITING","description":"起草村务公开材料","achieved":false,
                 "setAt":"%sT02:00:00Z",%s,"version":0}""".formatted(pair, reserve, UUID.randomUUID(), halfStart.getYear(), halfStart, regions);
        String task = """
                {"pairId":"%s","candidateId":"%s","taskId":"%s","month":"%s","title":"走访五户群众","dueOn":"%s-20","status":"%%s",
                 "assignedAt":"%sT02:00:00Z",%s,"version":%%d}""".formatted(pair, reserve, UUID.randomUUID(), month, month, halfStart, regions);
        Map<String, String> events = new LinkedHashMap<>();
        events.put("reservoir.training.mentorship.goal-set", goal);
        events.put("reservoir.training.mentorship.task-assigned", task.formatted("OPEN", 0));
        events.put("reservoir.training.mentorship.task-reported", task.formatted("REPORTED", 1));
        events.put("reservoir.training.mentorship.task-reviewed", task.formatted("REVIEWED", 2));
        events.forEach((type, data) -> {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            EventProbe.publish(TrainingEvidence.MENTORSHIP_TOPIC, pair.toString(), id, type, pair.toString(), data);
        });
        // Behind them on the same key (one partition, in order): a follow-up, which is evidence.
        followUp(f, reserve, pair, month, 4, 2);
        Poll.until("the follow-up behind the goal and task events", Duration.ofSeconds(30),
                () -> f.admin().get("/api/v1/appraisals/" + appraisal).jsonPath().getInt("evidence.mentorshipFollowUps") == 1);
        List<EventProbe.Message> dead = EventProbe.read(TrainingEvidence.MENTORSHIP_TOPIC + ".dlt", m -> ids.contains(m.json().path("id").asText()),
                1, Duration.ofSeconds(3));
        assertEquals(List.of(), dead);
    }

    @Test
    void aReserveWhoLeavesThePoolHasItsOpenAppraisalWithdrawn() {
        AppraisalFixtures f = new AppraisalFixtures();
        UUID reserve = f.reserve(f.village, "IN_POOL", 1);
        f.awaitProjected(1);
        String cycle = f.openCycle(LocalDate.now().plusDays(20));
        String appraisal = f.appraisalOf(cycle, reserve);
        f.reserve(reserve, f.village, "EXITED", 2);
        Poll.until("appraisal withdrawn", Duration.ofSeconds(30),
                () -> "WITHDRAWN".equals(f.admin().get("/api/v1/appraisals/" + appraisal).jsonPath().getString("status")));
        f.admin().get("/api/v1/appraisals/" + appraisal + "/history").then().statusCode(200)
                .body("[0].action", equalTo("WITHDRAW")).body("[0].actor", equalTo("recruitment-service"))
                .body("[0].reason", equalTo("reserve exited (ADJUSTED_OUT)"));
        f.admin().get("/api/v1/appraisals/" + appraisal).then().body("allowedActions.size()", equalTo(0));
    }

    @Test
    void aReserveAdmittedAfterTheCycleOpenedIsAddedToItOnce() {
        AppraisalFixtures f = new AppraisalFixtures();
        f.reserve(f.village, "IN_POOL", 1);
        UUID late = f.reserve(f.otherVillage, "VETTED", 3);
        f.awaitProjected(2);
        String cycle = f.openCycle(LocalDate.now().plusDays(20));
        String cycleTag = f.admin().get("/api/v1/appraisal-cycles/" + cycle).then().body("appraisalCount", equalTo(1))
                .extract().header("ETag");
        f.admin().header("If-None-Match", cycleTag).get("/api/v1/appraisal-cycles/" + cycle).then().statusCode(304);

        f.reserve(late, f.otherVillage, "EVALUATED", 4);
        f.reserve(late, f.otherVillage, "IN_POOL", 5);
        // Redelivered and repeated snapshots change nothing.
        f.reserve(late, f.otherVillage, "IN_POOL", 5);
        f.reserve(late, f.otherVillage, "IN_POOL", 4);
        Poll.until("the late reserve's appraisal", Duration.ofSeconds(30),
                () -> f.admin().queryParam("cycleId", cycle).queryParam("candidateId", late.toString()).get("/api/v1/appraisals")
                        .jsonPath().getInt("total") == 1);
        UUID other = f.reserve(f.village, "IN_POOL", 1);
        Poll.until("a second late reserve's appraisal", Duration.ofSeconds(30),
                () -> f.admin().queryParam("cycleId", cycle).queryParam("candidateId", other.toString()).get("/api/v1/appraisals")
                        .jsonPath().getInt("total") == 1);
        f.admin().queryParam("cycleId", cycle).get("/api/v1/appraisals").then().body("total", equalTo(3));
        // The late appraisals changed the cycle's count and so its version: a phone's copy is not kept.
        f.admin().header("If-None-Match", cycleTag).get("/api/v1/appraisal-cycles/" + cycle).then().statusCode(200)
                .body("appraisalCount", equalTo(3));
        String appraisal = f.appraisalOf(cycle, late);
        f.admin().get("/api/v1/appraisals/" + appraisal).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("villageCode", equalTo(f.otherVillage));
    }
}
