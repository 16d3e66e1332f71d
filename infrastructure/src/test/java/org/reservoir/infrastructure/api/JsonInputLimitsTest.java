package org.reservoir.infrastructure.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonInputLimitsTest {

    record Item(String name, LocalDate on) {
    }

    record Batch(@Size(max = 3) List<Item> items, @Size(max = 2) Set<String> tags, List<String> free) {
    }

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonInputLimits().customize(m);
        return m;
    }

    private static String items(int n) {
        return "[" + String.join(",", Collections.nCopies(n, "{\"name\":\"x\",\"unknown\":{\"deep\":[1,2,{}]}}")) + "]";
    }

    @Test
    void aListWithinItsSizeIsReadAsUsual() throws Exception {
        Batch b = MAPPER.readerFor(Batch.class).without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue("{\"items\":[{\"name\":\"a\",\"on\":\"2026-01-02\"},{\"name\":\"b\"},null],\"tags\":[\"t\",\"t\"],\"free\":[\"1\",\"2\",\"3\",\"4\"]}");
        assertEquals(3, b.items().size());
        assertEquals(LocalDate.of(2026, 1, 2), b.items().get(0).on());
        assertEquals(Set.of("t"), b.tags());
        assertEquals(4, b.free().size());
    }

    @Test
    void aListOverItsSizeIsRefusedNamingTheLimitAndTheSizeSent() {
        RefusedInput e = assertThrows(RefusedInput.class, () -> MAPPER.readerFor(Batch.class)
                .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue("{\"items\":" + items(100_000) + ",\"free\":[]}"));
        assertEquals(400, e.status());
        assertEquals("Size", e.rule());
        assertArrayEquals(new Object[]{3, 100_000}, e.args());
        assertEquals("items", e.getPath().get(0).getFieldName());
        RefusedInput set = assertThrows(RefusedInput.class, () -> MAPPER.readValue("{\"tags\":[\"a\",\"b\",\"c\"]}", Batch.class));
        assertEquals("tags", set.getPath().get(0).getFieldName());
    }

    @Test
    void textWithNulAndDatesOutOfRangeAreRefused() {
        RefusedInput nul = assertThrows(RefusedInput.class, () -> MAPPER.readValue("{\"items\":[{\"name\":\"a\\u0000\"}]}", Batch.class));
        assertEquals(422, nul.status());
        assertEquals("text-characters", nul.rule());
        RefusedInput listed = assertThrows(RefusedInput.class, () -> MAPPER.readValue("{\"free\":[\"ok\",\"\\u0000\"]}", Batch.class));
        assertEquals(1, listed.getPath().get(1).getIndex());
        RefusedInput date = assertThrows(RefusedInput.class, () -> MAPPER.readValue("{\"items\":[{\"on\":\"+999999999-12-31\"}]}", Batch.class));
        assertEquals("date-range", date.rule());
        assertEquals("on", date.getPath().get(2).getFieldName());
        assertThrows(RefusedInput.class, () -> MAPPER.readValue("{\"items\":[{\"on\":\"1899-12-31\"}]}", Batch.class));
    }
}
