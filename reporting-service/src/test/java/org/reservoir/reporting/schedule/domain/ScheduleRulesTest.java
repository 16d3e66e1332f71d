package org.reservoir.reporting.schedule.domain;

import com.cronutils.model.Cron;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Due-time computation of report schedules, without Quarkus. */
class ScheduleRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Cron cron(String expression) {
        return ScheduleRules.cron(expression).orElseThrow();
    }

    @Test
    void unixCronIsReadInTheSchedulesTimeZone() {
        // Monday 2026-11-23 05:00 UTC = 13:00 Beijing: Monday 06:00 Beijing has passed (next: 2026-11-29 22:00 UTC), 06:00 UTC has not.
        Instant now = Instant.parse("2026-11-23T05:00:00Z");
        assertEquals(Instant.parse("2026-11-29T22:00:00Z"), ScheduleRules.nextDue(cron("0 6 * * 1"), SHANGHAI, now).orElseThrow());
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), ScheduleRules.nextDue(cron("0 6 * * 1"), ZoneId.of("UTC"), now).orElseThrow());
        assertEquals(Instant.parse("2026-11-30T22:00:00Z"), ScheduleRules.nextDue(cron("0 6 1 * *"), SHANGHAI, now).orElseThrow());
    }

    @Test
    void theNextInstantIsStrictlyAfter() {
        Instant due = Instant.parse("2026-11-29T22:00:00Z");
        assertEquals(Instant.parse("2026-12-06T22:00:00Z"), ScheduleRules.nextDue(cron("0 6 * * 1"), SHANGHAI, due).orElseThrow());
    }

    @Test
    void invalidExpressionsAndZonesAreRefused() {
        assertTrue(ScheduleRules.cron("not a cron").isEmpty());
        assertTrue(ScheduleRules.cron("61 6 * * *").isEmpty());
        assertTrue(ScheduleRules.cron("0 6 * *").isEmpty(), "four fields");
        assertTrue(ScheduleRules.cron("0 0 6 * * ?").isEmpty(), "Quartz's six fields are not Unix cron");
        assertTrue(ScheduleRules.cron("").isEmpty());
        assertTrue(ScheduleRules.cron(null).isEmpty());
        assertTrue(ScheduleRules.cron("30 2 * * 1-5").isPresent());
        assertTrue(ScheduleRules.zone("Asia/Shanghai").isPresent());
        assertTrue(ScheduleRules.zone("+08:00").isPresent());
        assertTrue(ScheduleRules.zone("Mars/Olympus").isEmpty());
        assertTrue(ScheduleRules.zone("").isEmpty());
    }

    @Test
    void schedulesFireAtMostHourly() {
        Instant now = Instant.parse("2026-11-23T05:00:00Z");
        assertTrue(ScheduleRules.tooFrequent(cron("* * * * *"), SHANGHAI, now));
        assertTrue(ScheduleRules.tooFrequent(cron("*/30 * * * *"), SHANGHAI, now));
        assertTrue(ScheduleRules.tooFrequent(cron("0,10 9 * * *"), SHANGHAI, now), "two runs ten minutes apart once a day");
        assertFalse(ScheduleRules.tooFrequent(cron("0 * * * *"), SHANGHAI, now));
        assertFalse(ScheduleRules.tooFrequent(cron("0 6 * * 1"), SHANGHAI, now));
        assertTrue(ScheduleRules.tooFrequent(cron("0 6 30 2 *"), SHANGHAI, now), "never fires (30 February)");
    }

    @Test
    void aDueScheduleMakesOneRunAndMovesPastNow() {
        Cron weekly = cron("0 6 * * 1");
        Instant due = Instant.parse("2026-11-29T22:00:00Z");
        assertEquals(Optional.empty(), ScheduleRules.step(weekly, SHANGHAI, due, due.minusSeconds(1)), "not yet due");
        assertEquals(Optional.of(new ScheduleRules.Step(due, Instant.parse("2026-12-06T22:00:00Z"))),
                ScheduleRules.step(weekly, SHANGHAI, due, due), "due at its instant");
        // Three weeks without a running instance: one run for the first missed instant, then the next one after now.
        Instant later = Instant.parse("2026-12-16T00:00:00Z");
        assertEquals(Optional.of(new ScheduleRules.Step(due, Instant.parse("2026-12-20T22:00:00Z"))),
                ScheduleRules.step(weekly, SHANGHAI, due, later));
        assertEquals(Optional.empty(), ScheduleRules.step(weekly, SHANGHAI, null, later), "inactive");
    }
}
