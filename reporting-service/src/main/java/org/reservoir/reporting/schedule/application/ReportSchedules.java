package org.reservoir.reporting.schedule.application;

import com.cronutils.model.Cron;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.reporting.application.ExportFiles;
import org.reservoir.reporting.application.ReportKind;
import org.reservoir.reporting.schedule.domain.ReportSchedule;
import org.reservoir.reporting.schedule.domain.ScheduleRules;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Report schedules. A schedule belongs to the county of its region (a county, township or village) and is read by
 * callers whose region covers that region — as its reports are; county admins and machine clients whose region covers
 * it create, change and delete it. Others' schedules are 404, as if absent.
 */
@ApplicationScoped
public class ReportSchedules {

    private final EntityManager em;
    private final Caller caller;
    private final Clock clock;

    public ReportSchedules(EntityManager em, Caller caller, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    /** What a caller asks for (create, or replace on update); region null means the caller's own. */
    public record Command(ReportKind report, String region, ExportFiles.Format format, String cron, String timeZone, int retentionDays,
                          boolean active) {
    }

    @Schema(name = "ReportSchedule", description = "A report made on a cron schedule; each run's file is kept retentionDays days")
    public record View(UUID id, String countyCode, String region, ReportKind report, ExportFiles.Format format,
                       @Schema(description = "Unix cron: minute hour day-of-month month day-of-week", example = "0 6 * * 1") String cron,
                       @Schema(example = "Asia/Shanghai") String timeZone, int retentionDays, boolean active,
                       @Schema(description = "When the next run is due (null while inactive)") OffsetDateTime nextDueAt,
                       long version, String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
                       @Schema(example = "/api/v1/report-schedules/5b0c6f1e-2d4a-4f7e-9c1b-3a5d7e9f1b2c/runs") String runsUrl) {

        static View of(ReportSchedule s) {
            return new View(s.id, s.countyCode.trim(), s.region.trim(), ReportKind.valueOf(s.report), ExportFiles.Format.valueOf(s.format), s.cron,
                    s.timeZone, s.retentionDays, s.active, utc(s.nextDueAt), s.version, s.createdBy, utc(s.createdAt), s.updatedBy,
                    utc(s.updatedAt), "/api/v1/report-schedules/" + s.id + "/runs");
        }
    }

    @Transactional
    public View create(Command command) {
        Checked checked = check(command);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportSchedule s = new ReportSchedule();
        s.id = UUID.randomUUID();
        s.createdBy = caller.id();
        s.createdAt = now;
        apply(s, command, checked, true, now);
        em.persist(s);
        em.flush();
        return View.of(s);
    }

    @Transactional
    public View get(UUID id) {
        return View.of(readable(id, false));
    }

    /** Schedules whose region lies in the caller's, oldest first (id breaks ties). */
    @Transactional
    public PageResponse<View> list(int page, int size) {
        String prefix = caller.region().prefix() + "%";
        long total = em.createQuery("select count(s) from ReportSchedule s where s.region like ?1", Long.class).setParameter(1, prefix).getSingleResult();
        List<View> items = em.createQuery("from ReportSchedule s where s.region like ?1 order by s.createdAt, s.id", ReportSchedule.class)
                .setParameter(1, prefix).setFirstResult(page * size).setMaxResults(size).getResultStream().map(View::of).toList();
        return new PageResponse<>(items, page, size, total);
    }

    @Transactional
    public View update(UUID id, String ifMatch, Command command) {
        ReportSchedule s = readable(id, true);
        Versions.requireMatch(ifMatch, s.version);
        Checked checked = check(command);
        boolean timingChanged = !s.cron.equals(command.cron().trim()) || !s.timeZone.equals(checked.zone().getId()) || s.active != command.active();
        apply(s, command, checked, timingChanged, OffsetDateTime.now(clock));
        em.flush();
        return View.of(s);
    }

    /** Deletes the schedule with its runs and their files. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        ReportSchedule s = readable(id, true);
        Versions.requireMatch(ifMatch, s.version);
        em.remove(s);
    }

    /** A schedule the caller may read; 404 for one that is absent or outside the caller's region. */
    ReportSchedule readable(UUID id, boolean forUpdate) {
        ReportSchedule s = forUpdate ? em.find(ReportSchedule.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(ReportSchedule.class, id);
        if (s == null || !caller.covers(new DivisionCode(s.region.trim()))) {
            throw ProblemException.notFound("report-schedule", id);
        }
        return s;
    }

    private record Checked(DivisionCode region, Cron cron, ZoneId zone) {
    }

    /** Every rule the command breaks, at once (422 naming each field); a region outside the caller's is 403. */
    private Checked check(Command command) {
        List<Violation> violations = new ArrayList<>();
        DivisionCode region = command.region() == null ? caller.region() : DivisionCode.parse(command.region()).orElse(null);
        if (region == null) {
            violations.add(new Violation("region", "division-code", command.region()));
        } else if (region.level().compareTo(DivisionCode.Level.COUNTY) < 0) {
            violations.add(new Violation("region", "schedule-region", region.value()));
        }
        Optional<ZoneId> zone = ScheduleRules.zone(command.timeZone());
        if (zone.isEmpty()) {
            violations.add(new Violation("timeZone", "time-zone", command.timeZone()));
        }
        Optional<Cron> cron = ScheduleRules.cron(command.cron());
        if (cron.isEmpty()) {
            violations.add(new Violation("cron", "cron", command.cron()));
        } else if (zone.isPresent() && ScheduleRules.tooFrequent(cron.get(), zone.get(), clock.instant())) {
            violations.add(new Violation("cron", "cron-interval", command.cron(), ScheduleRules.MIN_INTERVAL.toMinutes()));
        }
        if (command.retentionDays() < ScheduleRules.MIN_RETENTION_DAYS || command.retentionDays() > ScheduleRules.MAX_RETENTION_DAYS) {
            violations.add(new Violation("retentionDays", "retention-days", command.retentionDays(), ScheduleRules.MIN_RETENTION_DAYS,
                    ScheduleRules.MAX_RETENTION_DAYS));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        caller.requireJurisdiction(region);
        return new Checked(region, cron.get(), zone.get());
    }

    private void apply(ReportSchedule s, Command command, Checked checked, boolean timingChanged, OffsetDateTime now) {
        s.countyCode = checked.region().county().value();
        s.region = checked.region().value();
        s.report = command.report().name();
        s.format = command.format().name();
        s.cron = command.cron().trim();
        s.timeZone = checked.zone().getId();
        s.retentionDays = command.retentionDays();
        s.active = command.active();
        if (timingChanged) {
            Instant next = command.active() ? ScheduleRules.nextDue(checked.cron(), checked.zone(), now.toInstant()).orElse(null) : null;
            s.nextDueAt = next == null ? null : next.atOffset(ZoneOffset.UTC);
        }
        s.updatedBy = caller.id();
        s.updatedAt = now;
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
