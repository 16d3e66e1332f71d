package org.reservoir.infrastructure.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reservoir.infrastructure.api.CorrelationId;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the transactional outbox. It must run inside the caller's transaction, so the
 * event exists exactly when the state change it describes was committed; {@link OutboxRelay} sends it.
 */
@ApplicationScoped
public class Outbox {

    /**
     * Event ids are time-ordered UUIDs (version 7): the unique index on outbox_event.event_id and each consumer's
     * processed_event key take them near their right-hand edge (threads racing within a millisecond may swap a pair;
     * nothing orders by event id, the relay orders by the outbox's own id). With random ids every insert touched another
     * leaf page of those indexes, and after each checkpoint wrote that whole page to the WAL again: 1.6–2.0 full-page
     * images per POST of a village, most of the WAL (README, Benchmarks, Session 11).
     */
    private static final TimeBasedEpochGenerator EVENT_IDS = Generators.timeBasedEpochGenerator();

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final String source;

    public Outbox(EntityManager em, ObjectMapper mapper, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.em = em;
        this.mapper = mapper;
        this.source = "/reservoir/" + application;
    }

    /**
     * @param topic   a versioned topic, {@code <context>.<aggregate>.v1}
     * @param type    the event type, {@code reservoir.<context>.<aggregate>.<what-happened>}
     * @param subject the aggregate id, used as the Kafka key so one aggregate's events stay in order
     * @param data    the payload, serialised with the application's ObjectMapper
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String type, String subject, Object data) {
        return publishAll(List.of(new Message(topic, type, subject, data))).get(0);
    }

    /** One event of {@link #publishAll}: the arguments of {@link #publish}. */
    public record Message(String topic, String type, String subject, Object data) {
    }

    /**
     * {@link #publish} for many events in one statement (a bulk write's events), in the order given: their outbox ids,
     * and so their relay order, follow the list.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> publishAll(List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<EventEnvelope> envelopes = new ArrayList<>(messages.size());
        UUID[] ids = new UUID[messages.size()];
        String[] topics = new String[ids.length];
        String[] keys = new String[ids.length];
        String[] types = new String[ids.length];
        String[] payloads = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Message m = messages.get(i);
            ids[i] = EVENT_IDS.generate();
            EventEnvelope envelope = envelope(ids[i], m.type(), m.subject(), m.data());
            envelopes.add(envelope);
            topics[i] = m.topic();
            keys[i] = m.subject();
            types[i] = m.type();
            try {
                payloads[i] = mapper.writeValueAsString(envelope);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("event " + m.type() + " cannot be serialised", e);
            }
        }
        // unnest ... with ordinality keeps the list's order in the bigserial ids.
        em.createNativeQuery("insert into outbox_event (event_id, topic, message_key, event_type, payload)"
                        + " select e, t, k, y, p from unnest(?1, ?2, ?3, ?4, ?5) with ordinality as m(e, t, k, y, p, n) order by n")
                .setParameter(1, ids).setParameter(2, topics).setParameter(3, keys).setParameter(4, types).setParameter(5, payloads)
                .executeUpdate();
        return envelopes;
    }

    private EventEnvelope envelope(UUID id, String type, String subject, Object data) {
        return new EventEnvelope(id.toString(), EventEnvelope.SPEC_VERSION, type, source,
                subject, OffsetDateTime.now(ZoneOffset.UTC), EventEnvelope.CONTENT_TYPE, CorrelationId.current(),
                EventTracing.currentTraceparent(), mapper.valueToTree(data));
    }
}
