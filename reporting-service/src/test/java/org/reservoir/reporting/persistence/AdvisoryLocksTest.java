package org.reservoir.reporting.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared advisory locks (infrastructure) against the real database: a lock asked for twice in one transaction (the
 * second time answered from what the transaction remembers) stays held until it ends, and what a transaction remembers
 * ends with it, so the next transaction takes the lock for real.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class AdvisoryLocksTest {

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource db;

    @Test
    void aLockIsHeldUntilItsTransactionEndsAndTakenAgainByTheNext() {
        String key = UUID.randomUUID().toString();
        for (int transaction = 0; transaction < 2; transaction++) {
            QuarkusTransaction.requiringNew().run(() -> {
                AdvisoryLocks.lock(em, "test", key);
                AdvisoryLocks.lock(em, "test", key);
                assertFalse(freeElsewhere("test\u001f" + key), "another connection cannot take the lock this transaction holds");
            });
            assertTrue(freeElsewhere("test\u001f" + key), "released at commit");
        }
    }

    @Test
    void locksTakenTogetherAreRememberedAndReleasedTheSameWay() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        for (int transaction = 0; transaction < 2; transaction++) {
            QuarkusTransaction.requiringNew().run(() -> {
                AdvisoryLocks.lockAll(em, List.of(a, b), "test-all");
                AdvisoryLocks.lock(em, "test-all", a);
                assertFalse(freeElsewhere("test-all\u001f" + a));
                assertFalse(freeElsewhere("test-all\u001f" + b));
            });
            assertTrue(freeElsewhere("test-all\u001f" + a));
            assertTrue(freeElsewhere("test-all\u001f" + b));
        }
    }

    /** Whether a connection outside any transaction of this thread can take the lock (and so release it at once). */
    private boolean freeElsewhere(String name) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection c = db.getConnection();
                 PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
                ps.setString(1, name);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    return r.getBoolean(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).join();
    }
}
