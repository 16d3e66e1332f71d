package org.reservoir.reporting.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.persistence.RetentionPurge;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One scheduled housekeeping pass deletes sent outbox rows, processed_event and idempotency_record rows after their
 * retention (7, 45 and 7 days), newer ones kept.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class RetentionPurgeTest {

    @Inject
    EntityManager em;

    @Inject
    RetentionPurge purge;

    @Inject
    Scheduler scheduler;

    private void outbox(UUID id, String sentAgo) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into outbox_event (event_id, topic, message_key, event_type, payload, "
                + "created_at, sent_at) values (?1, 'purge-test', 'k', 'x', '{}', now() - interval '60 days', now() - cast(?2 as interval))")
                .setParameter(1, id).setParameter(2, sentAgo).executeUpdate());
    }

    private void processed(UUID id, String age) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into processed_event (consumer, event_id, topic, event_type, processed_at) "
                + "values ('purge-test', ?1, 't', 'x', now() - cast(?2 as interval))").setParameter(1, id).setParameter(2, age).executeUpdate());
    }

    private void idempotency(String key, String age) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into idempotency_record (caller, idempotency_key, request_hash, status, "
                + "response_body, created_at) values ('purge-test', ?1, 'h', 201, '{}', now() - cast(?2 as interval))")
                .setParameter(1, key).setParameter(2, age).executeUpdate());
    }

    private long count(String sql, Object key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, key).getSingleResult()).longValue());
    }

    @Test
    void rowsOlderThanTheirRetentionArePurgedAndNewerOnesKept() {
        UUID oldEvent = UUID.randomUUID();
        UUID recentEvent = UUID.randomUUID();
        processed(oldEvent, "46 days");
        processed(recentEvent, "44 days");
        String oldKey = "old-" + UUID.randomUUID();
        String recentKey = "recent-" + UUID.randomUUID();
        idempotency(oldKey, "8 days");
        idempotency(recentKey, "6 days");

        UUID oldSent = UUID.randomUUID();
        UUID recentSent = UUID.randomUUID();
        outbox(oldSent, "8 days");
        outbox(recentSent, "6 days");

        Map<String, Integer> deleted = purge.purge();
        assertTrue(deleted.get("outbox_event") >= 1, deleted.toString());
        assertTrue(deleted.get("processed_event") >= 1, deleted.toString());
        assertTrue(deleted.get("idempotency_record") >= 1, deleted.toString());

        String event = "select count(*) from processed_event where consumer = 'purge-test' and event_id = ?1";
        assertEquals(0, count(event, oldEvent));
        assertEquals(1, count(event, recentEvent));
        String record = "select count(*) from idempotency_record where caller = 'purge-test' and idempotency_key = ?1";
        assertEquals(0, count(record, oldKey));
        assertEquals(1, count(record, recentKey));
        String sent = "select count(*) from outbox_event where event_id = ?1";
        assertEquals(0, count(sent, oldSent));
        assertEquals(1, count(sent, recentSent));
    }

    @Test
    void housekeepingIsOneScheduledPass() {
        assertNotNull(scheduler.getScheduledJob(RetentionPurge.SCHEDULE), "housekeeping runs on quarkus-scheduler");
    }
}
