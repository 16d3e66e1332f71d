package org.reservoir.infrastructure.jobs;

import java.util.UUID;

/**
 * One kind of job: a CDI bean whose {@link #type()} names the rows it runs. {@link #run} may be called again for
 * the same job after a crash (by any instance), so it continues from the progress it saved itself and skips work
 * already done; it calls {@link JobContext#checkpoint()} between chunks.
 */
public interface JobHandler {

    /** The {@code job.type} this handler runs. */
    String type();

    /** Runs the job from its saved progress to the end; an exception ends this attempt (retried up to max-attempts). */
    void run(JobContext job) throws Exception;

    /** The job has failed for good ({@code reason}): record it where the job's users look. Runs in a transaction. */
    default void failed(UUID jobId, String reason) {
    }
}
