package org.reservoir.reporting.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.reservoir.infrastructure.jobs.JobContext;
import org.reservoir.infrastructure.jobs.JobHandler;
import org.reservoir.infrastructure.jobs.Jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Evaluates every county's alerts as a job on the shared pattern: the scheduler triggers one job per period however
 * many instances fire, and a job taken over after a crash simply evaluates again (evaluation is idempotent).
 */
@ApplicationScoped
public class AlertEvaluation implements JobHandler {

    public static final String TYPE = "reporting-alert-evaluation";
    private static final Logger LOG = Logger.getLogger(AlertEvaluation.class);

    private final Jobs jobs;
    private final Alerts alerts;
    private final Clock clock;
    private final Duration interval;

    public AlertEvaluation(Jobs jobs, Alerts alerts, Clock clock,
                           AlertsConfig config) {
        this.jobs = jobs;
        this.alerts = alerts;
        this.clock = clock;
        this.interval = config.interval();
    }

    @Scheduled(identity = "reporting-alert-evaluation", every = "${reservoir.reporting.alerts.interval}",
            delayed = "${reservoir.reporting.alerts.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void trigger() {
        jobs.trigger(TYPE, periodKey(clock.instant()));
    }

    /** The period an instant falls in: instances whose schedules fire a little apart still name the same one. */
    String periodKey(Instant now) {
        long seconds = Math.max(1, interval.toSeconds());
        return Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds).toString();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext job) {
        Instant now = clock.instant();
        int raised = 0;
        int resolved = 0;
        for (String county : alerts.counties()) {
            Alerts.Outcome outcome = alerts.evaluate(county, now, clock.getZone());
            raised += outcome.raised();
            resolved += outcome.resolved();
            job.checkpoint();
        }
        LOG.infof("alerts evaluated: %d raised, %d resolved", raised, resolved);
    }
}
