package org.reservoir.training;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.training.domain.Reserve;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training knows recruitment's reserves from real candidate events through the real broker; the newest version wins. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class ReserveProjectionTest {

    private static Reserve await(UUID id, long version) {
        return Poll.until("reserve " + id + " at version " + version, Duration.ofSeconds(30),
                () -> QuarkusTransaction.requiringNew().call(() -> Reserve.<Reserve>findById(id)),
                r -> r != null && r.version == version);
    }

    @Test
    void keepsTheNewestSnapshotAndKnowsWhoIsInThePoolAndWhoLeft() {
        UUID id = UUID.randomUUID();
        String village = TrainingFixtures.freshTownship().substring(0, 9) + "201";
        TrainingFixtures.candidate(id, "王芳", village, "VETTED", 3);
        Reserve vetted = await(id, 3);
        assertFalse(vetted.inPool, "a vetted candidate is not yet a reserve");
        TrainingFixtures.candidate(id, "王芳", village, "IN_POOL", 5);
        TrainingFixtures.candidate(id, "王芳", village, "VETTED", 4);
        TrainingFixtures.candidate(id, "王芳", village, "IN_POOL", 5);
        UUID sentinel = UUID.randomUUID();
        TrainingFixtures.candidate(sentinel, "哨兵", village, "IN_POOL", 0);
        await(sentinel, 0);
        Reserve pooled = await(id, 5);
        assertTrue(pooled.inPool);
        assertEquals("IN_POOL", pooled.status);
        assertEquals("PART_TIME", pooled.track);
        assertEquals(village, pooled.villageCode);
        assertEquals(village.substring(0, 9) + "000", pooled.townshipCode);
        TrainingFixtures.candidate(id, "王芳", village, "EXITED", 6);
        Reserve gone = await(id, 6);
        assertTrue(gone.exited);
        assertFalse(gone.inPool);
        assertEquals("ADJUSTED_OUT", gone.exitReason);
    }
}
