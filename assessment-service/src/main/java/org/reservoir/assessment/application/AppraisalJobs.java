package org.reservoir.assessment.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.jobs.JobContext;
import org.reservoir.infrastructure.jobs.JobHandler;
import org.reservoir.infrastructure.jobs.Jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Scheduled appraisal work, one job per day however many instances fire the trigger (jobs.trigger with the day as the
 * period key): opening the cycles whose opening day has come, and publishing the overdue event of every appraisal past
 * its deadline, once. Both are resumable: what is done is saved per cycle/appraisal and skipped on a rerun.
 */
@ApplicationScoped
public class AppraisalJobs {

    public static final String OPEN_CYCLES = "appraisal-cycle-opening";
    public static final String REPORT_OVERDUE = "appraisal-overdue";
    static final Actor SCHEDULE = Actor.service("assessment-service/schedule");
    private static final Logger LOG = Logger.getLogger(AppraisalJobs.class);
    private static final int CHUNK = 100;

    private final Jobs jobs;
    private final Clock clock;

    public AppraisalJobs(Jobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Fires today's jobs; a later firing on the same day finds them existing and adds nothing. */
    @Scheduled(identity = "appraisal-daily", every = "${reservoir.appraisal.schedule-interval}", delayed = "${reservoir.appraisal.schedule-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void trigger() {
        String day = LocalDate.now(clock).toString();
        jobs.trigger(OPEN_CYCLES, day);
        jobs.trigger(REPORT_OVERDUE, day);
    }

    @ApplicationScoped
    public static class OpenCycles implements JobHandler {

        private final AppraisalCycles cycles;

        public OpenCycles(AppraisalCycles cycles) {
            this.cycles = cycles;
        }

        @Override
        public String type() {
            return OPEN_CYCLES;
        }

        /** Each cycle opens in its own transaction; an opened cycle is no longer due, so a rerun skips it. */
        @Override
        public void run(JobContext job) {
            for (UUID id : cycles.dueToOpen()) {
                try {
                    cycles.open(id, null, SCHEDULE);
                } catch (ProblemException refused) {
                    LOG.warnf("cycle %s not opened on schedule: %s", id, refused.key());
                }
                job.checkpoint();
            }
        }
    }

    @ApplicationScoped
    public static class ReportOverdue implements JobHandler {

        private final Appraisals appraisals;

        public ReportOverdue(Appraisals appraisals) {
            this.appraisals = appraisals;
        }

        @Override
        public String type() {
            return REPORT_OVERDUE;
        }

        /** Chunks of appraisals not yet reported; each report marks its appraisal in the event's transaction. */
        @Override
        public void run(JobContext job) {
            for (List<UUID> chunk = appraisals.unreportedOverdue(CHUNK); !chunk.isEmpty(); chunk = appraisals.unreportedOverdue(CHUNK)) {
                chunk.forEach(appraisals::reportOverdue);
                job.checkpoint();
            }
        }
    }
}
