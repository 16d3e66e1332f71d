package org.reservoir.infrastructure.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reservoir.infrastructure.api.CorrelationId;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the transactional outbox. It must run inside the caller's transaction, so the
 * event exists exactly when the state change it describes was committed; {@link OutboxRelay} sends it.
 */
@ApplicationScoped
public class Outbox {

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
        EventEnvelope envelope = envelope(type, subject, data);
        try {
            em.createNativeQuery("insert into outbox_event (event_id, topic, message_key, event_type, payload) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, UUID.fromString(envelope.id()))
                    .setParameter(2, topic)
                    .setParameter(3, subject)
                    .setParameter(4, type)
                    .setParameter(5, mapper.writeValueAsString(envelope))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + type + " cannot be serialised", e);
        }
        return envelope;
    }

    /** One event to {@link #publishAll}: topic, type, subject and payload as for {@link #publish}. */
    public record Outgoing(String topic, String type, String subject, Object data) {
    }

    /** Records many events with one statement per 1,000, in the caller's transaction and in the list's order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Outgoing> events) {
        for (int from = 0; from < events.size(); from += 1000) {
            List<Outgoing> chunk = events.subList(from, Math.min(events.size(), from + 1000));
            StringBuilder sql = new StringBuilder("insert into outbox_event (event_id, topic, message_key, event_type, payload) values ");
            for (int i = 0; i < chunk.size(); i++) {
                int p = i * 5;
                sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?").append(p + 3)
                        .append(", ?").append(p + 4).append(", ?").append(p + 5).append(')');
            }
            var insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                Outgoing o = chunk.get(i);
                EventEnvelope envelope = envelope(o.type(), o.subject(), o.data());
                try {
                    insert.setParameter(i * 5 + 1, UUID.fromString(envelope.id())).setParameter(i * 5 + 2, o.topic())
                            .setParameter(i * 5 + 3, o.subject()).setParameter(i * 5 + 4, o.type())
                            .setParameter(i * 5 + 5, mapper.writeValueAsString(envelope));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("event " + o.type() + " cannot be serialised", e);
                }
            }
            insert.executeUpdate();
        }
    }

    private EventEnvelope envelope(String type, String subject, Object data) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.SPEC_VERSION, type, source,
                subject, OffsetDateTime.now(ZoneOffset.UTC), EventEnvelope.CONTENT_TYPE, CorrelationId.current(),
                EventTracing.currentTraceparent(), mapper.valueToTree(data));
    }
}
