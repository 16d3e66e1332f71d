package org.reservoir.infrastructure.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Limits applied while a JSON body is read, so that oversized or unstorable input costs almost nothing:
 * <ul>
 *   <li>a collection whose property carries {@code @Size(max)} stops being read at max + 1 elements; the rest is
 *       only counted (skipped without binding) and the request refused (400) before any element is validated.
 *       The limit is the one Bean Validation declares, so it is written once;</li>
 *   <li>a map (a JSON object) whose property carries {@code @Size(max)} likewise, counting entries as sent (a
 *       repeated key counts again: it is read, even if the map would keep only one);</li>
 *   <li>text containing NUL (which PostgreSQL cannot store) is refused (422);</li>
 *   <li>a date outside {@link #EARLIEST_DATE}..{@link #LATEST_DATE} (far beyond PostgreSQL's range at the
 *       extremes, and meaningless for this domain anyway) is refused (422).</li>
 * </ul>
 */
@Singleton
public class JsonInputLimits implements ObjectMapperCustomizer {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    /** Whether a date lies in the range every date of the API is held to. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("reservoir-input-limits").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type, BeanDescription beanDesc,
                                                                    JsonDeserializer<?> deserializer) {
                return new BoundedCollection(deserializer, Integer.MAX_VALUE);
            }

            @Override
            public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type, BeanDescription beanDesc,
                                                             JsonDeserializer<?> deserializer) {
                return new BoundedMap(deserializer, Integer.MAX_VALUE);
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                Class<?> type = beanDesc.getBeanClass();
                return type == String.class || type == LocalDate.class ? new CheckedValue(deserializer) : deserializer;
            }
        }));
    }

    /** Reads at most {@code @Size(max)} elements of the property it deserialises. */
    static final class BoundedCollection extends DelegatingDeserializer {

        private final int max;

        BoundedCollection(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedCollection(delegate, max);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws com.fasterxml.jackson.databind.JsonMappingException {
            JsonDeserializer<?> delegate = _delegatee instanceof ContextualDeserializer c ? c.createContextual(ctxt, property) : _delegatee;
            Size size = property == null ? null : property.getAnnotation(Size.class);
            return new BoundedCollection(delegate, size == null ? Integer.MAX_VALUE : size.max());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (max == Integer.MAX_VALUE || !p.isExpectedStartArrayToken()) {
                return _delegatee.deserialize(p, ctxt);
            }
            TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
            buffer.writeStartArray();
            int count = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (++count > max) {
                    throw new RefusedInput(p, 400, "Size", max, count + skipRest(p));
                }
                buffer.copyCurrentStructure(p);
            }
            buffer.writeEndArray();
            JsonParser elements = buffer.asParserOnFirstToken();
            return _delegatee.deserialize(elements, ctxt);
        }

        /** Counts the remaining elements without binding them, so the answer can say how many were sent. */
        private static int skipRest(JsonParser p) throws IOException {
            p.skipChildren();
            int rest = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren();
                rest++;
            }
            return rest;
        }
    }

    /** Reads at most {@code @Size(max)} entries of the JSON object the property it deserialises holds. */
    static final class BoundedMap extends DelegatingDeserializer {

        private final int max;

        BoundedMap(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedMap(delegate, max);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws com.fasterxml.jackson.databind.JsonMappingException {
            JsonDeserializer<?> delegate = _delegatee instanceof ContextualDeserializer c ? c.createContextual(ctxt, property) : _delegatee;
            Size size = property == null ? null : property.getAnnotation(Size.class);
            return new BoundedMap(delegate, size == null ? Integer.MAX_VALUE : size.max());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (max == Integer.MAX_VALUE || !p.isExpectedStartObjectToken()) {
                return _delegatee.deserialize(p, ctxt);
            }
            TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
            buffer.writeStartObject();
            int count = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (++count > max) {
                    throw new RefusedInput(p, 400, "Size", max, count + skipRest(p));
                }
                buffer.copyCurrentStructure(p);
            }
            buffer.writeEndObject();
            JsonParser entries = buffer.asParserOnFirstToken();
            return _delegatee.deserialize(entries, ctxt);
        }

        /** Counts the entries after the current one without binding them, so the answer can say how many were sent. */
        private static int skipRest(JsonParser p) throws IOException {
            p.nextToken();
            p.skipChildren();
            int rest = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                p.nextToken();
                p.skipChildren();
                rest++;
            }
            return rest;
        }
    }

    /** Refuses text with NUL and dates out of range once read. */
    static final class CheckedValue extends DelegatingDeserializer {

        CheckedValue(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new CheckedValue(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return check(p, _delegatee.deserialize(p, ctxt));
        }

        private static Object check(JsonParser p, Object value) throws RefusedInput {
            if (value instanceof String s && s.indexOf('\u0000') >= 0) {
                throw new RefusedInput(p, 422, "text-characters");
            }
            if (value instanceof LocalDate d && !inRange(d)) {
                throw new RefusedInput(p, 422, "date-range", EARLIEST_DATE, LATEST_DATE);
            }
            return value;
        }
    }
}
