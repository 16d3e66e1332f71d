package org.reservoir.infrastructure.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Drives the jobs of this instance: looks for claimable jobs and keeps the heartbeat of the running ones. */
@ApplicationScoped
public class JobPoller {

    private final Jobs jobs;

    public JobPoller(Jobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(identity = "reservoir-jobs-poll", every = "${reservoir.jobs.poll-interval}", delayed = "${reservoir.jobs.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        while (jobs.runNext()) {
            // one job after another until none is claimable
        }
    }

    @Scheduled(identity = "reservoir-jobs-heartbeat", every = "${reservoir.jobs.heartbeat-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        jobs.heartbeatAll();
    }
}
