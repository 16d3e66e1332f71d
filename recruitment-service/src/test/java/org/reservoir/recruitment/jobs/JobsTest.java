package org.reservoir.recruitment.jobs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.jobs.JobStatus;
import org.reservoir.infrastructure.jobs.JobView;
import org.reservoir.infrastructure.jobs.Jobs;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job machinery against the real database: claims, take-over after a lapsed heartbeat, attempts, triggers. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class JobsTest {

    @Inject
    Jobs jobs;

    @Inject
    CountingJob handler;

    @Inject
    AgroalDataSource db;

    @Test
    void twoInstancesFiringTheSameTriggerInOnePeriodRunItOnce() throws Exception {
        String period = "period-" + UUID.randomUUID();
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Boolean>> fired = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return jobs.trigger(CountingJob.TYPE, period);
        })).toList();
        long created = fired.stream().filter(CompletableFuture::join).count();
        assertEquals(1, created, "one of the two triggers creates the job");
        UUID id = jobOf(period);
        JobView done = awaitEnd(id);
        assertEquals(JobStatus.FINISHED, done.status());
        assertEquals(List.of(1), handler.attempts.get(id), "ran once, at the first attempt");
        assertFalse(jobs.trigger(CountingJob.TYPE, period), "the period's trigger fired again later runs nothing");
        assertEquals(1, count("select count(*) from job where trigger_key = ?", period));
        assertTrue(jobs.trigger(CountingJob.TYPE, period + "-next"), "the next period is a new job");
    }

    @Test
    void aJobWhoseInstanceStoppedIsResumedByAnother() throws Exception {
        UUID id = UUID.randomUUID();
        // Claimed by an instance that died an hour ago, at its first attempt.
        insert(id, "RUNNING", 1, "dead-instance", "now() - interval '1 hour'");
        JobView done = awaitEnd(id);
        assertEquals(JobStatus.FINISHED, done.status());
        assertEquals(2, done.attempts());
        assertEquals(List.of(2), handler.attempts.get(id));
        assertNull(done.failureReason());
    }

    @Test
    void aJobOutOfAttemptsFailsWithAReason() throws Exception {
        UUID id = UUID.randomUUID();
        insert(id, "RUNNING", 3, "dead-instance", "now() - interval '1 hour'");
        JobView done = awaitEnd(id);
        assertEquals(JobStatus.FAILED, done.status());
        assertEquals("gave up after 3 attempts: the instance running it stopped", done.failureReason());
        assertEquals(done.failureReason(), handler.failures.get(id), "the handler records why");
        assertNull(handler.attempts.get(id), "not run again");
    }

    @Test
    void aJobWithALiveHeartbeatIsLeftToItsInstance() throws Exception {
        UUID id = UUID.randomUUID();
        insert(id, "RUNNING", 1, "live-instance", "now()");
        Thread.sleep(3_000); // three polls
        JobView job = jobs.find(id).orElseThrow();
        assertEquals(JobStatus.RUNNING, job.status());
        assertEquals(1, job.attempts());
        assertNull(handler.attempts.get(id));
    }

    private void insert(UUID id, String status, int attempts, String owner, String heartbeat) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into job (id, type, status, attempts, max_attempts, owner, heartbeat_at) values (?, ?, ?, ?, 3, ?, " + heartbeat + ")")) {
            s.setObject(1, id);
            s.setString(2, CountingJob.TYPE);
            s.setString(3, status);
            s.setInt(4, attempts);
            s.setString(5, owner);
            s.executeUpdate();
        }
    }

    private UUID jobOf(String triggerKey) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select id from job where trigger_key = ?")) {
            s.setString(1, triggerKey);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getObject(1, UUID.class);
            }
        }
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private JobView awaitEnd(UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JobView job = jobs.find(id).orElseThrow();
            if (job.status() == JobStatus.FINISHED || job.status() == JobStatus.FAILED) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not end");
    }
}
