package org.reservoir.infrastructure.jobs;

import java.util.Map;
import java.util.UUID;

/** A claimed job as its handler sees it. */
public final class JobContext {

    private final Jobs jobs;
    private final UUID id;
    private final int attempt;
    private final byte[] payload;
    private final Map<String, String> parameters;

    JobContext(Jobs jobs, UUID id, int attempt, byte[] payload, Map<String, String> parameters) {
        this.jobs = jobs;
        this.id = id;
        this.attempt = attempt;
        this.payload = payload;
        this.parameters = Map.copyOf(parameters);
    }

    public UUID id() {
        return id;
    }

    /** 1 for the first run, more when the job is resumed after a crash or a failed attempt. */
    public int attempt() {
        return attempt;
    }

    /** The input stored with the job (an uploaded file), or null. */
    public byte[] payload() {
        return payload;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * Renews the heartbeat after a chunk of saved progress. Throws {@link JobLostException} when the job is no longer
     * this instance's (its heartbeat lapsed and another instance took it over): the handler must stop at once.
     */
    public void checkpoint() {
        if (!jobs.heartbeat(id)) {
            throw new JobLostException(id);
        }
    }

    /** Thrown by {@link #checkpoint()} when another instance has taken the job over. */
    public static final class JobLostException extends RuntimeException {
        JobLostException(UUID id) {
            super("job " + id + " was taken over by another instance");
        }
    }
}
