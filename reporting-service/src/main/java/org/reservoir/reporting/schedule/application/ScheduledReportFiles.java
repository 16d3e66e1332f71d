package org.reservoir.reporting.schedule.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.reporting.application.ExportFiles;
import org.reservoir.reporting.application.ReportKind;
import org.reservoir.reporting.application.ReportSheets;
import org.reservoir.reporting.application.Reports;

/** A scheduled run's file: the report computed now for the run's region, written by the export code. */
@ApplicationScoped
public class ScheduledReportFiles {

    private final Reports reports;

    public ScheduledReportFiles(Reports reports) {
        this.reports = reports;
    }

    public byte[] write(ReportKind report, String region, ExportFiles.Format format) {
        return ExportFiles.write(ReportSheets.of(reports.compute(report, region, null)), format);
    }
}
