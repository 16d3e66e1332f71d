package org.reservoir.reporting.schedule.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.reservoir.infrastructure.persistence.Retention;

import java.time.Duration;

/** Report files the housekeeping pass deletes: scheduled runs at their expiry, ad-hoc exports after their retention. */
@ApplicationScoped
public class ReportRetentions {

    @Produces
    Retention scheduledRuns() {
        return new Retention("report_schedule_run", "expires_at", Duration.ZERO);
    }

    @Produces
    Retention exports(ExportRetentionConfig config) {
        return new Retention("report_export", "created_at", config.retention());
    }
}
