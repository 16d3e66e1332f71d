package org.reservoir.reporting.schedule.domain;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a report schedule is due. Cron expressions are the five fields of Unix cron (minute hour day-of-month month
 * day-of-week, e.g. {@code 0 6 * * 1} = Mondays 06:00) read in the schedule's time zone; a schedule may fire at most
 * once an hour, so one county cannot flood the service with runs.
 */
public final class ScheduleRules {

    public static final Duration MIN_INTERVAL = Duration.ofHours(1);
    public static final int MIN_RETENTION_DAYS = 1;
    public static final int MAX_RETENTION_DAYS = 366;
    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    /** How many consecutive instants are checked against {@link #MIN_INTERVAL} (covers a day of hourly firings and more). */
    private static final int INTERVALS_CHECKED = 60;
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private ScheduleRules() {
    }

    /** The parsed expression, empty when it is not valid Unix cron. */
    public static Optional<Cron> cron(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PARSER.parse(expression.trim()).validate());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A time-zone id such as {@code Asia/Shanghai} or {@code +08:00}; empty when Java does not know it. */
    public static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.trim()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first instant strictly after {@code after} at which the schedule fires; empty for an expression that never fires. */
    public static Optional<Instant> nextDue(Cron cron, ZoneId zone, Instant after) {
        return ExecutionTime.forCron(cron).nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant);
    }

    /** True when two consecutive instants from {@code from} on lie closer than {@link #MIN_INTERVAL}, or it never fires. */
    public static boolean tooFrequent(Cron cron, ZoneId zone, Instant from) {
        Optional<Instant> previous = nextDue(cron, zone, from);
        if (previous.isEmpty()) {
            return true;
        }
        for (int i = 0; i < INTERVALS_CHECKED; i++) {
            Optional<Instant> next = nextDue(cron, zone, previous.get());
            if (next.isEmpty()) {
                return false;
            }
            if (Duration.between(previous.get(), next.get()).compareTo(MIN_INTERVAL) < 0) {
                return true;
            }
            previous = next;
        }
        return false;
    }

    /** A due run and the schedule's following due instant. */
    public record Step(Instant dueAt, Instant nextDueAt) {
    }

    /**
     * The run a scheduler pass creates at {@code now} for a schedule whose next instant is {@code nextDueAt}: none before
     * it; otherwise one run for {@code nextDueAt}, and the schedule moves to its first instant after {@code now} — instants
     * missed while no instance ran collapse into that one run (each would report the same present state). The next
     * instant is null for an expression that never fires again.
     */
    public static Optional<Step> step(Cron cron, ZoneId zone, Instant nextDueAt, Instant now) {
        if (nextDueAt == null || nextDueAt.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new Step(nextDueAt, nextDue(cron, zone, now).orElse(null)));
    }
}
