package org.reservoir.systemtest;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.launcher.ServiceProcess;
import org.reservoir.launcher.Stack;
import org.reservoir.launcher.TestStacks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two packaged reporting-service processes on one database, each running its scheduler pass every minute: schedules
 * falling due at one instant get exactly one run each, made once and downloadable from either instance.
 */
class ReportScheduleSystemTest {

    private static final String COUNTY = "652362000000";
    private static final int SCHEDULES = 6;

    private static Stack stack;
    private static ServiceProcess second;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.start("stack-schedules", 3);
        second = stack.anotherInstance("reporting", stack.service("reporting").port() + 100);
        second.awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stopStack() {
        if (second != null) {
            second.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    private static String bearer() {
        return "Bearer " + stack.tokens().issue("county-admin", COUNTY);
    }

    private static JsonPath runs(String base, String schedule) {
        return given().baseUri(base).header("Authorization", bearer()).get(schedule + "/runs").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aScheduleRunsOnceWithTwoReportingInstances() {
        List<String> bases = List.of(stack.service("reporting").baseUrl(), second.baseUrl());
        // A daily schedule whose instant is two minutes from now (UTC): due once during the test, by both instances' passes.
        ZonedDateTime due = ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2).withSecond(0).withNano(0);
        String cron = "%d %d * * *".formatted(due.getMinute(), due.getHour());
        List<String> schedules = new ArrayList<>();
        for (int i = 0; i < SCHEDULES; i++) {
            String location = given().baseUri(bases.get(i % 2)).header("Authorization", bearer()).contentType("application/json")
                    .body("{\"report\":\"READINESS\",\"format\":\"CSV\",\"cron\":\"%s\",\"timeZone\":\"UTC\",\"retentionDays\":3}".formatted(cron))
                    .post("/api/v1/report-schedules").then().statusCode(201).extract().header("Location");
            schedules.add(location.replaceFirst("^https?://[^/]+", ""));
        }
        assertEquals(due.toInstant().toString(),
                given().baseUri(bases.get(0)).header("Authorization", bearer()).get(schedules.get(0)).then().extract().path("nextDueAt"));

        for (String schedule : schedules) {
            Poll.untilEquals("a finished run of " + schedule, "FINISHED", Duration.ofMinutes(6), () -> {
                JsonPath page = runs(bases.get(0), schedule);
                return page.getInt("total") == 0 ? "none" : page.getString("items[0].status");
            });
        }
        // Both instances have passed at least once more since the instant: still one run per schedule.
        Poll.sleep(Duration.ofSeconds(75).toMillis());
        for (String schedule : schedules) {
            for (String base : bases) {
                JsonPath page = runs(base, schedule);
                assertEquals(1, page.getInt("total"), schedule + ": " + page.prettify());
                assertEquals(due.toInstant().toString(), page.getString("items[0].dueAt"));
                assertEquals(1, page.getInt("items[0].attempts"));
            }
            String file = runs(bases.get(1), schedule).getString("items[0].downloadUrl");
            String text = new String(given().baseUri(bases.get(1)).header("Authorization", bearer()).get(file).then().statusCode(200)
                    .extract().asByteArray(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF") && text.contains("村数,0"), text);
        }
    }
}
