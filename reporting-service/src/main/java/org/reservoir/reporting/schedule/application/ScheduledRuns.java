package org.reservoir.reporting.schedule.application;

import com.cronutils.model.Cron;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.jobs.JobContext;
import org.reservoir.infrastructure.jobs.JobHandler;
import org.reservoir.infrastructure.jobs.Jobs;
import org.reservoir.reporting.application.ExportFiles;
import org.reservoir.reporting.application.ReportKind;
import org.reservoir.reporting.application.Times;
import org.reservoir.reporting.schedule.domain.RetryPolicy;
import org.reservoir.reporting.schedule.domain.RunStatus;
import org.reservoir.reporting.schedule.domain.ScheduleRules;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Scheduled runs. Every instance's pass (every {@code reservoir.reporting.schedules.interval}, "now" from the injected
 * Clock) takes due schedules one by one with {@code FOR UPDATE SKIP LOCKED}, records one run per schedule and due instant
 * (a unique row, so instances racing on one instant create one run) and submits a job for it in the same transaction;
 * any instance's job runner then writes the file with the export code. A failed attempt waits for its retry
 * ({@link RetryPolicy}); the pass hands it to a new job when the time comes, until the run finishes or fails for good.
 * Runs and their files are deleted by the housekeeping pass at {@code expiresAt} (retentionDays after the run ended).
 */
@ApplicationScoped
public class ScheduledRuns implements JobHandler {

    public static final String TYPE = "reporting-scheduled-run";
    public static final String SCHEDULE = "reporting-report-schedules";
    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class);
    private static final int REASON_LENGTH = 500;

    private final EntityManager em;
    private final Jobs jobs;
    private final Clock clock;
    private final ScheduledReportFiles files;
    private final ReportSchedules schedules;
    private final RetryPolicy retries;

    public ScheduledRuns(EntityManager em, Jobs jobs, Clock clock, ScheduledReportFiles files, ReportSchedules schedules, SchedulesConfig config) {
        this.em = em;
        this.jobs = jobs;
        this.clock = clock;
        this.files = files;
        this.schedules = schedules;
        this.retries = new RetryPolicy(config.maxAttempts(), config.firstRetryDelay(), config.maxRetryDelay());
    }

    @Schema(name = "ReportScheduleRun", description = "One run of a schedule: its file once FINISHED, its reason once FAILED")
    public record RunView(UUID id, UUID scheduleId, OffsetDateTime dueAt, RunStatus status,
                          @Schema(description = "Attempts started so far") int attempts,
                          @Schema(description = "When the next attempt starts (RETRY_WAIT only)") OffsetDateTime nextAttemptAt,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt,
                          @Schema(description = "The file's size in bytes (FINISHED only)") Long sizeBytes,
                          @Schema(description = "Why the last attempt failed (RETRY_WAIT, FAILED)") String failureReason,
                          @Schema(description = "When the run and its file are deleted") OffsetDateTime expiresAt,
                          @Schema(description = "Where to download the file (FINISHED only)") String downloadUrl) {
    }

    /** What one pass did. */
    public record Pass(int runsCreated, int retriesQueued) {
    }

    @Scheduled(identity = SCHEDULE, every = "${reservoir.reporting.schedules.interval}", delayed = "${reservoir.reporting.schedules.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            pass();
        } catch (RuntimeException e) {
            LOG.warnf("report schedule pass failed, next pass in one interval: %s", e.getMessage());
        }
    }

    /** Creates the runs due at the Clock's now and queues the retries whose time has come; call outside a transaction. */
    public Pass pass() {
        Instant now = clock.instant();
        int created = 0;
        int retried = 0;
        Boolean outcome;
        while ((outcome = QuarkusTransaction.requiringNew().call(() -> dueOne(now))) != null) {
            created += outcome ? 1 : 0;
        }
        while (QuarkusTransaction.requiringNew().call(() -> retryOne(now))) {
            retried++;
        }
        return new Pass(created, retried);
    }

    /** One due schedule: its run (unless it exists) and its next instant. Null when no schedule is due. */
    private Boolean dueOne(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, cron, time_zone, next_due_at, report, region, format, retention_days from report_schedule
                        where active and next_due_at <= ?1 order by next_due_at, id limit 1 for update skip locked""")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        UUID scheduleId = (UUID) r[0];
        Optional<Cron> cron = ScheduleRules.cron((String) r[1]);
        Optional<ZoneId> zone = ScheduleRules.zone((String) r[2]);
        Instant due = Times.offset(r[3]).toInstant();
        Optional<ScheduleRules.Step> step = cron.isPresent() && zone.isPresent() ? ScheduleRules.step(cron.get(), zone.get(), due, now) : Optional.empty();
        boolean created = false;
        if (step.isPresent()) {
            UUID runId = UUID.randomUUID();
            UUID jobId = UUID.randomUUID();
            created = em.createNativeQuery("""
                            insert into report_schedule_run (id, schedule_id, due_at, report, region, format, retention_days, status, job_id, created_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'QUEUED', ?8, ?9) on conflict (schedule_id, due_at) do nothing""")
                    .setParameter(1, runId).setParameter(2, scheduleId).setParameter(3, due.atOffset(ZoneOffset.UTC)).setParameter(4, r[4])
                    .setParameter(5, r[5]).setParameter(6, r[6]).setParameter(7, r[7]).setParameter(8, jobId)
                    .setParameter(9, now.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
            if (created) {
                jobs.submit(TYPE, jobId, null, Map.of("run", runId.toString()));
            }
        }
        Instant next = step.map(ScheduleRules.Step::nextDueAt).orElse(null);
        // A schedule that can no longer fire (or whose stored expression no longer parses) stops being due.
        em.createNativeQuery("update report_schedule set next_due_at = ?1 where id = ?2")
                .setParameter(1, next == null ? null : next.atOffset(ZoneOffset.UTC)).setParameter(2, scheduleId).executeUpdate();
        return created;
    }

    /** One run whose retry is due: handed to a new job. False when none is. */
    private boolean retryOne(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        select id from report_schedule_run where status = 'RETRY_WAIT' and next_attempt_at <= ?1
                        order by next_attempt_at, id limit 1 for update skip locked""")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        UUID jobId = UUID.randomUUID();
        em.createNativeQuery("update report_schedule_run set status = 'QUEUED', job_id = ?1, next_attempt_at = null where id = ?2")
                .setParameter(1, jobId).setParameter(2, ids.get(0)).executeUpdate();
        jobs.submit(TYPE, jobId, null, Map.of("run", ids.get(0).toString()));
        return true;
    }

    @Override
    public String type() {
        return TYPE;
    }

    private record Work(ReportKind report, String region, ExportFiles.Format format, int retentionDays, int attempt) {
    }

    /**
     * One attempt: marks the run RUNNING, writes the file, then records it (FINISHED) or the failure (RETRY_WAIT or
     * FAILED) — so the job itself always ends, and retries follow the run's own policy. A job taken over after a crash
     * simply writes the file again.
     */
    @Override
    public void run(JobContext job) {
        UUID runId = UUID.fromString(job.parameters().get("run"));
        Work work = QuarkusTransaction.requiringNew().call(() -> start(runId, job.id()));
        if (work == null) {
            return;
        }
        byte[] content;
        try {
            content = files.write(work.report(), work.region(), work.format());
        } catch (RuntimeException e) {
            LOG.warnf(e, "scheduled run %s attempt %d failed", runId, work.attempt());
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> attemptFailed(runId, job.id(), work, reason));
            return;
        }
        job.checkpoint();
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            em.createNativeQuery("""
                            update report_schedule_run set status = 'FINISHED', content = ?1, size_bytes = ?2, finished_at = ?3, expires_at = ?4,
                              failure_reason = null where id = ?5 and job_id = ?6 and status = 'RUNNING'""")
                    .setParameter(1, content).setParameter(2, (long) content.length).setParameter(3, now)
                    .setParameter(4, now.plusDays(work.retentionDays())).setParameter(5, runId).setParameter(6, job.id()).executeUpdate();
        });
    }

    private Work start(UUID runId, UUID jobId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select report, region, format, retention_days, status, attempts from report_schedule_run
                        where id = ?1 and job_id = ?2 for update""").setParameter(1, runId).setParameter(2, jobId).getResultList();
        if (rows.isEmpty() || !RunStatus.valueOf((String) rows.get(0)[4]).open()) {
            return null;
        }
        Object[] r = rows.get(0);
        int attempt = ((Number) r[5]).intValue() + 1;
        em.createNativeQuery("update report_schedule_run set status = 'RUNNING', attempts = ?1, started_at = coalesce(started_at, ?2) where id = ?3")
                .setParameter(1, attempt).setParameter(2, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter(3, runId).executeUpdate();
        return new Work(ReportKind.valueOf((String) r[0]), ((String) r[1]).trim(), ExportFiles.Format.valueOf((String) r[2]),
                ((Number) r[3]).intValue(), attempt);
    }

    private void attemptFailed(UUID runId, UUID jobId, Work work, String reason) {
        Instant now = clock.instant();
        Optional<Instant> next = retries.nextAttempt(work.attempt(), now);
        if (next.isPresent()) {
            em.createNativeQuery("""
                            update report_schedule_run set status = 'RETRY_WAIT', next_attempt_at = ?1, failure_reason = ?2
                            where id = ?3 and job_id = ?4 and status = 'RUNNING'""")
                    .setParameter(1, next.get().atOffset(ZoneOffset.UTC)).setParameter(2, bounded(reason)).setParameter(3, runId)
                    .setParameter(4, jobId).executeUpdate();
        } else {
            failFor(jobId, "gave up after " + work.attempt() + " attempts: " + reason, now);
        }
    }

    /** The job carrying an attempt failed for good (its instance stopped too often): the run fails with the reason. */
    @Override
    public void failed(UUID jobId, String reason) {
        failFor(jobId, reason, clock.instant());
    }

    private void failFor(UUID jobId, String reason, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        em.createNativeQuery("""
                        update report_schedule_run set status = 'FAILED', failure_reason = ?1, finished_at = ?2, next_attempt_at = null,
                          expires_at = cast(?2 as timestamptz) + retention_days * interval '1 day' where job_id = ?3 and status in ('QUEUED', 'RUNNING')""")
                .setParameter(1, bounded(reason)).setParameter(2, at).setParameter(3, jobId).executeUpdate();
    }

    private static String bounded(String reason) {
        return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH) + "…";
    }

    /** A schedule's runs, newest due first (id breaks ties); 404 for a schedule the caller may not read. */
    @Transactional
    public PageResponse<RunView> list(UUID scheduleId, int page, int size) {
        schedules.readable(scheduleId, false);
        long total = ((Number) em.createNativeQuery("select count(*) from report_schedule_run where schedule_id = ?1")
                .setParameter(1, scheduleId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from report_schedule_run where schedule_id = ?1 order by due_at desc, id")
                .setParameter(1, scheduleId).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new PageResponse<>(rows.stream().map(ScheduledRuns::view).toList(), page, size, total);
    }

    @Transactional
    public RunView get(UUID scheduleId, UUID runId) {
        schedules.readable(scheduleId, false);
        return find(scheduleId, runId).orElseThrow(() -> ProblemException.notFound("report-schedule-run", runId));
    }

    /** A run's file. */
    public record File(String name, String contentType, byte[] content) {
    }

    @Transactional
    public File file(UUID scheduleId, UUID runId) {
        RunView run = get(scheduleId, runId);
        if (run.status() != RunStatus.FINISHED) {
            throw new ProblemException(409, "export-not-ready", run.status().name());
        }
        Object[] r = (Object[]) em.createNativeQuery("select content, report, region, format from report_schedule_run where id = ?1")
                .setParameter(1, runId).getSingleResult();
        ExportFiles.Format format = ExportFiles.Format.valueOf((String) r[3]);
        String name = "%s-%s-%s.%s".formatted(((String) r[1]).toLowerCase(), ((String) r[2]).trim(),
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").format(run.dueAt()), format.extension);
        return new File(name, format.contentType, (byte[]) r[0]);
    }

    private static final String COLUMNS = "id, schedule_id, due_at, status, attempts, next_attempt_at, started_at, finished_at, size_bytes,"
            + " failure_reason, expires_at";

    private Optional<RunView> find(UUID scheduleId, UUID runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from report_schedule_run where id = ?1 and schedule_id = ?2")
                .setParameter(1, runId).setParameter(2, scheduleId).getResultList();
        return rows.stream().findFirst().map(ScheduledRuns::view);
    }

    private static RunView view(Object[] r) {
        RunStatus status = RunStatus.valueOf((String) r[3]);
        return new RunView((UUID) r[0], (UUID) r[1], Times.offset(r[2]), status, ((Number) r[4]).intValue(), Times.offset(r[5]),
                Times.offset(r[6]), Times.offset(r[7]), r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9], Times.offset(r[10]),
                status == RunStatus.FINISHED ? "/api/v1/report-schedules/" + r[1] + "/runs/" + r[0] + "/file" : null);
    }
}
