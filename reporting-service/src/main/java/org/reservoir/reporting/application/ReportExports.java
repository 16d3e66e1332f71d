package org.reservoir.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.jobs.JobContext;
import org.reservoir.infrastructure.jobs.JobHandler;
import org.reservoir.infrastructure.jobs.Jobs;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Report exports as jobs: asking checks the caller's region and campaign at once and records a PENDING export; any
 * instance's job runner computes the report for that region and keeps the file with the export. A job resumed after a
 * crash simply computes it again; one that fails for good records why.
 */
@ApplicationScoped
public class ReportExports implements JobHandler {

    public static final String TYPE = "reporting-export";

    private final EntityManager em;
    private final Jobs jobs;
    private final Reports reports;
    private final Caller caller;
    private final Clock clock;

    public ReportExports(EntityManager em, Jobs jobs, Reports reports, Caller caller, Clock clock) {
        this.em = em;
        this.jobs = jobs;
        this.reports = reports;
        this.caller = caller;
        this.clock = clock;
    }

    public enum Status {
        PENDING, FINISHED, FAILED
    }

    @Schema(name = "ReportExport", description = "An export: PENDING until its job has written the file; download it from downloadUrl")
    public record View(UUID id, ReportKind report, String region, UUID campaignId, ExportFiles.Format format, Status status,
                       String failureReason, OffsetDateTime createdAt, OffsetDateTime finishedAt, String downloadUrl) {
    }

    /** A finished export's file. */
    public record File(String name, String contentType, byte[] content) {
    }

    @Transactional
    public View request(ReportKind report, String region, UUID campaignId, ExportFiles.Format format) {
        reports.authorise(region, campaignId);
        String scope = region == null ? caller.region().value() : region;
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into report_export (id, requested_by, region, report, campaign_id, format, status, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', ?7)""")
                .setParameter(1, id).setParameter(2, caller.id()).setParameter(3, scope).setParameter(4, report.name())
                .setParameter(5, campaignId).setParameter(6, format.name()).setParameter(7, OffsetDateTime.now(clock)).executeUpdate();
        jobs.submit(TYPE, id, null, Map.of());
        return find(id);
    }

    /** An export inside the caller's region; others are 404, as if absent. */
    @Transactional
    public View get(UUID id) {
        View view = find(id);
        if (view == null || !caller.covers(new DivisionCode(view.region()))) {
            throw ProblemException.notFound("report-export", id);
        }
        return view;
    }

    @Transactional
    public File file(UUID id) {
        View view = get(id);
        if (view.status() != Status.FINISHED) {
            throw new ProblemException(409, "export-not-ready", view.status().name());
        }
        byte[] content = (byte[]) em.createNativeQuery("select content from report_export where id = ?1").setParameter(1, id).getSingleResult();
        String name = "%s-%s.%s".formatted(view.report().name().toLowerCase(), view.region(), view.format().extension);
        return new File(name, view.format().contentType, content);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional
    public void run(JobContext job) {
        View view = find(job.id());
        if (view == null || view.status() != Status.PENDING) {
            return;
        }
        Object report = reports.compute(view.report(), view.region(), view.campaignId());
        byte[] content = ExportFiles.write(ReportSheets.of(report), view.format());
        em.createNativeQuery("update report_export set status = 'FINISHED', content = ?1, finished_at = ?2 where id = ?3 and status = 'PENDING'")
                .setParameter(1, content).setParameter(2, OffsetDateTime.now(clock)).setParameter(3, job.id()).executeUpdate();
    }

    @Override
    public void failed(UUID jobId, String reason) {
        em.createNativeQuery("update report_export set status = 'FAILED', failure_reason = ?1, finished_at = ?2 where id = ?3 and status = 'PENDING'")
                .setParameter(1, reason).setParameter(2, OffsetDateTime.now(clock)).setParameter(3, jobId).executeUpdate();
    }

    private View find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, report, region, campaign_id, format, status, failure_reason, created_at,"
                + " finished_at from report_export where id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        Status status = Status.valueOf((String) r[5]);
        return new View((UUID) r[0], ReportKind.valueOf((String) r[1]), (String) r[2], (UUID) r[3], ExportFiles.Format.valueOf((String) r[4]),
                status, (String) r[6], Times.offset(r[7]), Times.offset(r[8]),
                status == Status.FINISHED ? "/api/v1/report-exports/" + r[0] + "/file" : null);
    }
}
