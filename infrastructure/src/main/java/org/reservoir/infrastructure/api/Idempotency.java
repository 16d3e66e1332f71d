package org.reservoir.infrastructure.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Digests;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Idempotency-Key for creating POSTs: the first outcome for a (caller, key) is stored in the same
 * transaction as the creation and replayed for a retry with the same body; reusing a key for a
 * different body is refused (422). Concurrent requests with one key wait for the first to finish and then
 * replay its outcome. Without a key the request simply runs.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Caller caller;

    public Idempotency(EntityManager em, ObjectMapper mapper, Caller caller) {
        this.em = em;
        this.mapper = mapper;
        this.caller = caller;
    }

    /**
     * A created resource: status, location, body and, for a single versioned resource, its version (sent as the ETag,
     * so the first update needs no GET). A replay takes the version from the stored body's {@code version} member.
     * {@code storedBody} is what a replay answers when it must differ from the first answer (personal data the first
     * caller may read is not kept at rest); by default the body itself.
     */
    public record Outcome(int status, URI location, Object body, Long version, Object storedBody) {
        public Outcome(int status, URI location, Object body) {
            this(status, location, body, null, body);
        }

        public Outcome(int status, URI location, Object body, long version) {
            this(status, location, body, version, body);
        }
    }

    @Transactional
    public Response run(String key, Object request, Supplier<Outcome> create) {
        if (key == null || key.isBlank()) {
            return toResponse(create.get());
        }
        if (key.length() > 200) {
            throw ProblemException.unprocessable(HEADER, "idempotency-key-length");
        }
        String hash = hash(request);
        // Concurrent retries with one key queue here; each later one then finds the first outcome and replays it.
        AdvisoryLocks.lock(em, "idempotency", caller.id(), key);
        @SuppressWarnings("unchecked")
        List<Object[]> earlier = em.createNativeQuery("select request_hash, status, location, response_body from idempotency_record "
                + "where caller = ?1 and idempotency_key = ?2").setParameter(1, caller.id()).setParameter(2, key).getResultList();
        if (!earlier.isEmpty()) {
            Object[] row = earlier.get(0);
            if (!hash.equals(row[0])) {
                throw ProblemException.unprocessable(HEADER, "idempotency-key-reused", key);
            }
            Response.ResponseBuilder replay = Response.status((Integer) row[1]).entity(row[3]).type("application/json;charset=UTF-8")
                    .header("Idempotent-Replayed", "true");
            if (row[2] != null) {
                replay.location(URI.create((String) row[2]));
                storedVersion((String) row[3]).ifPresent(v -> replay.tag(Versions.etag(v)));
            }
            return replay.build();
        }
        Outcome outcome = create.get();
        try {
            em.createNativeQuery("insert into idempotency_record (caller, idempotency_key, request_hash, status, location, response_body) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, caller.id()).setParameter(2, key).setParameter(3, hash)
                    .setParameter(4, outcome.status())
                    .setParameter(5, outcome.location() == null ? null : outcome.location().toString())
                    .setParameter(6, mapper.writeValueAsString(outcome.storedBody()))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return toResponse(outcome);
    }

    private static Response toResponse(Outcome outcome) {
        Response.ResponseBuilder r = Response.status(outcome.status()).entity(outcome.body());
        if (outcome.location() != null) {
            r.location(outcome.location());
        }
        if (outcome.version() != null) {
            r.tag(Versions.etag(outcome.version()));
        }
        return r.build();
    }

    private Optional<Long> storedVersion(String body) {
        try {
            JsonNode version = mapper.readTree(body).path("version");
            return version.canConvertToLong() ? Optional.of(version.asLong()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private String hash(Object request) {
        try {
            return Digests.sha256Hex(mapper.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
