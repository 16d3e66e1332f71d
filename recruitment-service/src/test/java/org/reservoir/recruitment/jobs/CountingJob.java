package org.reservoir.recruitment.jobs;

import jakarta.inject.Singleton;
import org.reservoir.infrastructure.jobs.JobContext;
import org.reservoir.infrastructure.jobs.JobHandler;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A job type for the tests: records every attempt that ran and every failure reported. */
@Singleton
public class CountingJob implements JobHandler {

    static final String TYPE = "test-counting";
    final Map<UUID, List<Integer>> attempts = new ConcurrentHashMap<>();
    final Map<UUID, String> failures = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext job) throws InterruptedException {
        attempts.computeIfAbsent(job.id(), id -> new CopyOnWriteArrayList<>()).add(job.attempt());
        // Long enough for a concurrent trigger to see the job running.
        Thread.sleep(200);
        job.checkpoint();
    }

    @Override
    public void failed(UUID jobId, String reason) {
        failures.put(jobId, reason);
    }
}
