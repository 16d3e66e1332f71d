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

    /**
     * Reads at most {@code @Size(max)} elements or entries of the property it deserialises: buffers them one by one and
     * refuses at max + 1, counting the rest without binding it so the answer can say how many were sent.
     */
    abstract static class Bounded extends DelegatingDeserializer {

        protected final int max;

        Bounded(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        abstract Bounded with(JsonDeserializer<?> delegate, int max);

        /** Whether the parser stands at the start of what this deserialiser bounds (an array, an object). */
        abstract boolean atStart(JsonParser p);

        abstract void writeStart(TokenBuffer buffer) throws IOException;

        abstract void writeEnd(TokenBuffer buffer) throws IOException;

        /** Moves to the next element or entry; false at the end. */
        abstract boolean next(JsonParser p) throws IOException;

        /** Skips the current element or entry's value. */
        abstract void skipCurrent(JsonParser p) throws IOException;

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return with(delegate, max);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws com.fasterxml.jackson.databind.JsonMappingException {
            JsonDeserializer<?> delegate = _delegatee instanceof ContextualDeserializer c ? c.createContextual(ctxt, property) : _delegatee;
            Size size = property == null ? null : property.getAnnotation(Size.class);
            return with(delegate, size == null ? Integer.MAX_VALUE : size.max());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (max == Integer.MAX_VALUE || !atStart(p)) {
                return _delegatee.deserialize(p, ctxt);
            }
            TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
            writeStart(buffer);
            int count = 0;
            while (next(p)) {
                if (++count > max) {
                    throw new RefusedInput(p, 400, "Size", max, count + skipRest(p));
                }
                buffer.copyCurrentStructure(p);
            }
            writeEnd(buffer);
            return _delegatee.deserialize(buffer.asParserOnFirstToken(), ctxt);
        }

        private int skipRest(JsonParser p) throws IOException {
            skipCurrent(p);
            int rest = 0;
            while (next(p)) {
                skipCurrent(p);
                rest++;
            }
            return rest;
        }
    }

    /** A JSON array read into a collection. */
    static final class BoundedCollection extends Bounded {

        BoundedCollection(JsonDeserializer<?> delegate, int max) {
            super(delegate, max);
        }

        @Override
        Bounded with(JsonDeserializer<?> delegate, int max) {
            return new BoundedCollection(delegate, max);
        }

        @Override
        boolean atStart(JsonParser p) {
            return p.isExpectedStartArrayToken();
        }

        @Override
        void writeStart(TokenBuffer buffer) throws IOException {
            buffer.writeStartArray();
        }

        @Override
        void writeEnd(TokenBuffer buffer) throws IOException {
            buffer.writeEndArray();
        }

        @Override
        boolean next(JsonParser p) throws IOException {
            return p.nextToken() != JsonToken.END_ARRAY;
        }

        @Override
        void skipCurrent(JsonParser p) throws IOException {
            p.skipChildren();
        }
    }

    /** A JSON object read into a map; entries count as sent (a repeated key counts again). */
    static final class BoundedMap extends Bounded {

        BoundedMap(JsonDeserializer<?> delegate, int max) {
            super(delegate, max);
        }

        @Override
        Bounded with(JsonDeserializer<?> delegate, int max) {
            return new BoundedMap(delegate, max);
        }

        @Override
        boolean atStart(JsonParser p) {
            return p.isExpectedStartObjectToken();
        }

        @Override
        void writeStart(TokenBuffer buffer) throws IOException {
            buffer.writeStartObject();
        }

        @Override
        void writeEnd(TokenBuffer buffer) throws IOException {
            buffer.writeEndObject();
        }

        @Override
        boolean next(JsonParser p) throws IOException {
            return p.nextToken() == JsonToken.FIELD_NAME;
        }

        @Override
        void skipCurrent(JsonParser p) throws IOException {
            p.nextToken();
            p.skipChildren();
        }
    }

    /** Refuses text with NUL or broken UTF-16 ({@link Text#plain}) and dates out of range once read. */
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
            if (value instanceof String s && !Text.plain(s)) {
                throw new RefusedInput(p, 422, "text-characters");
            }
            if (value instanceof LocalDate d && !inRange(d)) {
                throw new RefusedInput(p, 422, "date-range", EARLIEST_DATE, LATEST_DATE);
            }
            return value;
        }
    }
}
