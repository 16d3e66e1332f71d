package org.reservoir.infrastructure.testing;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actions without a body ({@code …/seal}, {@code …/open}) answer whatever Content-Type a client sends or leaves out
 * ({@code curl -X POST} sends none, {@code curl -d ''} a form type, some generated clients text/plain); a body of the
 * wrong type is still a 415 problem. Each service names an authorised caller, some of its body-less actions on an
 * unknown id (so the answer past content negotiation is a 404) and an operation that takes a JSON body.
 */
public abstract class BodylessActionsContract {

    /** The Authorization header of a caller allowed to use {@link #actions}. */
    protected abstract String bearer();

    /** Paths of body-less POST actions with {@code %s} for an id that does not exist. */
    protected abstract List<String> actions();

    /** A POST path that takes a JSON body. */
    protected abstract String bodyOperation();

    @Test
    void actionsWithoutBodyIgnoreTheContentType() {
        for (String contentType : Arrays.asList(null, "application/x-www-form-urlencoded", "text/plain")) {
            for (String action : actions()) {
                String path = action.formatted(UUID.randomUUID());
                HttpResponse<String> answer = RawHttp.post(path, bearer(), contentType, null, "If-Match", "\"0\"");
                assertEquals(404, answer.statusCode(), path + " with Content-Type " + contentType + ": " + answer.body());
            }
        }
    }

    @Test
    void aBodyOfTheWrongTypeIsStillRefused() {
        HttpResponse<String> answer = RawHttp.post(bodyOperation(), bearer(), "text/plain", "{}", "Idempotency-Key",
                UUID.randomUUID().toString());
        assertEquals(415, answer.statusCode(), answer.body());
        assertTrue(RawHttp.contentType(answer).startsWith("application/problem+json"), RawHttp.contentType(answer));
        assertTrue(answer.body().contains("/problems/http-415"), answer.body());
    }
}
