package org.reservoir.infrastructure.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The REST layer reads bodies strictly: a field the operation does not know, or a field named twice, is a 400 naming
 * it, where it used to be dropped and the request answered as done (a typo, or a field a PATCH cannot change); so is
 * anything after the JSON value ({@code {"a":1} {"status":"EXITED"}}).
 * Events and stored JSON keep the shared mapper, which ignores what it does not know: a producer may add fields.
 */
@Provider
@Singleton
public class StrictRequests implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictRequests(ObjectMapper shared) {
        strict = shared.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
