package org.reservoir.reporting.schedule;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import org.reservoir.reporting.application.ExportFiles;
import org.reservoir.reporting.application.ReportKind;
import org.reservoir.reporting.application.Reports;
import org.reservoir.reporting.schedule.application.ScheduledReportFiles;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The scheduled runs' file writer in tests: fails for the regions a test names, as a broken dependency would. */
@Alternative
@Priority(1)
@Singleton
public class FailingReportFiles extends ScheduledReportFiles {

    public static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

    public FailingReportFiles(Reports reports) {
        super(reports);
    }

    @Override
    public byte[] write(ReportKind report, String region, ExportFiles.Format format) {
        if (FAILING.contains(region)) {
            throw new IllegalStateException("report store unavailable for " + region);
        }
        return super.write(report, region, format);
    }
}
