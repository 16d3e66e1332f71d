package org.reservoir.infrastructure.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jobs as rows of the {@code job} table. A job is claimed with {@code FOR UPDATE SKIP LOCKED}, so instances never
 * take the same one; the claiming instance renews its heartbeat while it runs. A RUNNING job whose heartbeat is
 * older than {@code reservoir.jobs.heartbeat-timeout} belongs to a dead instance and is claimed again by any
 * instance, which resumes it; after {@code reservoir.jobs.max-attempts} attempts it fails with a reason instead.
 * Time is the database's ({@code now()}), so instances' clocks need not agree.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLAIMABLE = "(status = 'PENDING' or (status = 'RUNNING' and heartbeat_at < now() - ? * interval '1 second'))";

    private final AgroalDataSource dataSource;
    private final Instance<JobHandler> handlers;
    private final JobsConfig config;
    /** This process: a restarted instance is a new owner, so its predecessor's jobs wait for the heartbeat timeout. */
    private final String owner = hostName() + "/" + UUID.randomUUID();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    /** Runs claimed jobs started with {@link #start}, with none of the starting request's context. */
    private final ManagedExecutor background = ManagedExecutor.builder().maxAsync(2).propagated(ThreadContext.NONE)
            .cleared(ThreadContext.ALL_REMAINING).build();

    public Jobs(AgroalDataSource dataSource, @Any Instance<JobHandler> handlers,
                JobsConfig config) {
        this.dataSource = dataSource;
        this.handlers = handlers;
        this.config = config;
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }

    /** Records a job for any instance to run; joins the caller's transaction, so it exists only if that commits. */
    public void submit(String type, UUID id, byte[] payload, Map<String, String> parameters) {
        insert(type, id, null, payload, parameters, false);
    }

    /**
     * Records a job already claimed by this instance, to be run here with {@link #run(UUID)} once the caller's
     * transaction commits (a request answering with the finished result). Should this instance die first, the job
     * is taken over like any other.
     */
    public void submitClaimed(String type, UUID id, byte[] payload, Map<String, String> parameters) {
        insert(type, id, null, payload, parameters, true);
    }

    /**
     * A scheduled trigger's job: at most one per {@code type} and {@code triggerKey} (the trigger's period, e.g.
     * {@code 2026-07}) however many instances fire the trigger, and durable like any job. Runs in its own
     * transaction; true when this call created the job.
     */
    public boolean trigger(String type, String triggerKey) {
        return QuarkusTransaction.requiringNew().call(() -> insert(type, UUID.randomUUID(), triggerKey, null, Map.of(), false));
    }

    public Optional<JobView> find(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("select id, type, trigger_key, status, attempts, max_attempts, heartbeat_at,"
                    + " failure_reason, created_at, finished_at from job where id = ?")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(view(r)) : Optional.<JobView>empty();
                }
            }
        }));
    }

    /** Runs a job this instance claimed with {@link #submitClaimed}; call outside any transaction. */
    public void run(UUID id) {
        claim(id).ifPresent(this::execute);
    }

    /**
     * {@link #run} in the background: a claimed job starts at once instead of at the next poll (the job's handler rebuilds
     * what it needs from the job's parameters). Call after the transaction that submitted it has committed.
     */
    public void start(UUID id) {
        background.execute(() -> run(id));
    }

    /** Claims the oldest claimable job and runs it here; false when there was none. Call outside any transaction. */
    public boolean runNext() {
        Optional<Claimed> claimed = claim(null);
        claimed.ifPresent(this::execute);
        return claimed.isPresent();
    }

    /** Renews the heartbeat of one job; false when it is no longer this instance's. */
    boolean heartbeat(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("update job set heartbeat_at = now() where id = ? and owner = ? and status = 'RUNNING'")) {
                s.setObject(1, id);
                s.setString(2, owner);
                return s.executeUpdate() == 1;
            }
        }));
    }

    /** Renews the heartbeat of every job running here (between checkpoints, a chunk may take long). */
    void heartbeatAll() {
        running.forEach(this::heartbeat);
    }

    private boolean insert(String type, UUID id, String triggerKey, byte[] payload, Map<String, String> parameters, boolean claimed) {
        return QuarkusTransaction.joiningExisting().call(() -> jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into job (id, type, trigger_key, status, attempts, max_attempts, owner,"
                    + " heartbeat_at, payload, parameters) values (?, ?, ?, ?, ?, ?, ?, case when ? then now() end, ?, cast(? as jsonb))"
                    + " on conflict do nothing")) {
                s.setObject(1, id);
                s.setString(2, type);
                s.setString(3, triggerKey);
                s.setString(4, (claimed ? JobStatus.RUNNING : JobStatus.PENDING).name());
                s.setInt(5, claimed ? 1 : 0);
                s.setInt(6, config.maxAttempts());
                s.setString(7, claimed ? owner : null);
                s.setBoolean(8, claimed);
                s.setBytes(9, payload);
                s.setString(10, JSON.writeValueAsString(parameters));
                return s.executeUpdate() == 1;
            }
        }));
    }

    private record Claimed(UUID id, String type, int attempt, byte[] payload, Map<String, String> parameters) {
    }

    /**
     * Claims the job {@code id} (or the oldest claimable one): either claimable, or already this instance's and never
     * started here. A job out of attempts is failed on the way, with its reason.
     */
    private Optional<Claimed> claim(UUID id) {
        while (true) {
            Object[] outcome = QuarkusTransaction.requiringNew().call(() -> jdbc(c -> {
                String sql = "select id, type, attempts, max_attempts, payload, parameters::text, failure_reason from job where "
                        + (id == null ? CLAIMABLE : "id = ? and (" + CLAIMABLE + " or (status = 'RUNNING' and owner = ?))")
                        + " order by created_at limit 1 for update skip locked";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    int p = 1;
                    if (id != null) {
                        s.setObject(p++, id);
                    }
                    s.setDouble(p++, config.heartbeatTimeout().toMillis() / 1000.0);
                    if (id != null) {
                        s.setString(p, owner);
                    }
                    try (ResultSet r = s.executeQuery()) {
                        if (!r.next()) {
                            return null;
                        }
                        UUID jobId = r.getObject(1, UUID.class);
                        String type = r.getString(2);
                        int attempts = r.getInt(3);
                        boolean ownClaim = id != null && !running.contains(jobId) && ownedHere(c, jobId);
                        if (!ownClaim && attempts >= r.getInt(4)) {
                            String reason = "gave up after " + attempts + " attempts"
                                    + (r.getString(7) == null ? ": the instance running it stopped" : ": " + r.getString(7));
                            end(c, jobId, JobStatus.FAILED, reason);
                            handler(type).ifPresent(h -> h.failed(jobId, reason));
                            return new Object[]{jobId, null};
                        }
                        if (!ownClaim) {
                            try (PreparedStatement u = c.prepareStatement("update job set status = 'RUNNING', attempts = attempts + 1,"
                                    + " owner = ?, heartbeat_at = now() where id = ?")) {
                                u.setString(1, owner);
                                u.setObject(2, jobId);
                                u.executeUpdate();
                            }
                            attempts++;
                        }
                        Map<String, String> parameters = JSON.readValue(r.getString(6), new TypeReference<Map<String, String>>() {
                        });
                        return new Object[]{jobId, new Claimed(jobId, type, attempts, r.getBytes(5), parameters)};
                    }
                }
            }));
            if (outcome == null) {
                return Optional.empty();
            }
            if (outcome[1] != null) {
                return Optional.of((Claimed) outcome[1]);
            }
            if (id != null) {
                return Optional.empty();
            }
        }
    }

    private boolean ownedHere(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from job where id = ? and owner = ?")) {
            s.setObject(1, id);
            s.setString(2, owner);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private void execute(Claimed job) {
        Optional<JobHandler> handler = handler(job.type());
        if (handler.isEmpty()) {
            finish(job, JobStatus.FAILED, "no handler for job type " + job.type());
            return;
        }
        running.add(job.id());
        try {
            handler.get().run(new JobContext(this, job.id(), job.attempt(), job.payload(), job.parameters()));
            finish(job, JobStatus.FINISHED, null);
        } catch (JobContext.JobLostException e) {
            LOG.warnf("job %s (%s) was taken over by another instance; stopped here", job.id(), job.type());
        } catch (Exception e) {
            LOG.errorf(e, "job %s (%s) attempt %d failed", job.id(), job.type(), job.attempt());
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (job.attempt() >= config.maxAttempts()) {
                finish(job, JobStatus.FAILED, "gave up after " + job.attempt() + " attempts: " + reason);
            } else {
                release(job, reason);
            }
        } finally {
            running.remove(job.id());
        }
    }

    /** Ends the job if it is still this instance's; a FAILED job's handler records why. */
    private void finish(Claimed job, JobStatus status, String reason) {
        QuarkusTransaction.requiringNew().run(() -> jdbc(c -> {
            if (ownedHere(c, job.id()) && end(c, job.id(), status, reason) && status == JobStatus.FAILED) {
                handler(job.type()).ifPresent(h -> h.failed(job.id(), reason));
            }
            return null;
        }));
    }

    /**
     * A failed attempt: ownerless, so claimable again once its heartbeat is older than the timeout (the back-off
     * before the next attempt); the reason kept.
     */
    private void release(Claimed job, String reason) {
        QuarkusTransaction.requiringNew().run(() -> jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("update job set owner = null, heartbeat_at = now(), failure_reason = ?"
                    + " where id = ? and owner = ?")) {
                s.setString(1, reason);
                s.setObject(2, job.id());
                s.setString(3, owner);
                return s.executeUpdate();
            }
        }));
    }

    private static boolean end(Connection c, UUID id, JobStatus status, String reason) throws SQLException {
        // The payload (an uploaded file with personal data) is not kept beyond the job.
        try (PreparedStatement s = c.prepareStatement("update job set status = ?, failure_reason = ?, finished_at = now(), payload = null,"
                + " owner = null where id = ? and status in ('PENDING', 'RUNNING')")) {
            s.setString(1, status.name());
            s.setString(2, reason);
            s.setObject(3, id);
            return s.executeUpdate() == 1;
        }
    }

    private Optional<JobHandler> handler(String type) {
        return handlers.stream().filter(h -> h.type().equals(type)).findFirst();
    }

    private static JobView view(ResultSet r) throws SQLException {
        return new JobView(r.getObject(1, UUID.class), r.getString(2), r.getString(3), JobStatus.valueOf(r.getString(4)),
                r.getInt(5), r.getInt(6), r.getObject(7, OffsetDateTime.class), r.getString(8),
                r.getObject(9, OffsetDateTime.class), r.getObject(10, OffsetDateTime.class));
    }

    private interface Work<T> {
        T apply(Connection c) throws SQLException, JsonProcessingException;
    }

    /** JDBC on the transaction's connection (Agroal enlists it in the current JTA transaction). */
    private <T> T jdbc(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
