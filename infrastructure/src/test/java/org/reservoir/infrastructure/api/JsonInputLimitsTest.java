package org.reservoir.infrastructure.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonInputLimitsTest {

    record Item(String name, LocalDate on) {
    }

    record Batch(@Size(max = 3) List<Item> items, @Size(max = 2) Set<String> tags, List<String> free) {
    }

    enum Key {
        A, B, C
    }

    record Sheet(@Size(max = 3) Map<String, Item> scores, @Size(max = 2) Map<Key, Integer> byKey, Map<String, Integer> free) {
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

    private static String entries(int n, String value) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(value);
        }
        return b.append('}').toString();
    }

    @Test
    void aMapWithinItsSizeIsReadAsUsual() throws Exception {
        Sheet s = MAPPER.readValue("{\"scores\":{\"a\":{\"name\":\"x\",\"on\":\"2026-01-02\"},\"b\":null,\"c\":{}},\"byKey\":{\"A\":1,\"C\":3},"
                + "\"free\":" + entries(10, "1") + "}", Sheet.class);
        assertEquals(3, s.scores().size());
        assertEquals(LocalDate.of(2026, 1, 2), s.scores().get("a").on());
        assertEquals(Map.of(Key.A, 1, Key.C, 3), s.byKey());
        assertEquals(10, s.free().size());
        assertEquals(Map.of(), MAPPER.readValue("{\"scores\":{}}", Sheet.class).scores());
        assertEquals(null, MAPPER.readValue("{\"scores\":null}", Sheet.class).scores());
    }

    @Test
    void aMapOverItsSizeIsRefusedNamingTheLimitAndTheEntriesSent() {
        RefusedInput e = assertThrows(RefusedInput.class, () -> MAPPER.readValue(
                "{\"scores\":" + entries(100_000, "{\"name\":\"x\",\"deep\":{\"d\":[1,{}]}}") + ",\"free\":{}}", Sheet.class));
        assertEquals(400, e.status());
        assertEquals("Size", e.rule());
        assertArrayEquals(new Object[]{3, 100_000}, e.args());
        assertEquals("scores", e.getPath().get(0).getFieldName());
        // Entries are counted as sent: a key repeated past the limit is refused too, though a map would keep only one.
        RefusedInput repeated = assertThrows(RefusedInput.class, () -> MAPPER.readValue("{\"byKey\":{\"A\":1,\"A\":2,\"A\":3}}", Sheet.class));
        assertEquals("byKey", repeated.getPath().get(0).getFieldName());
        assertArrayEquals(new Object[]{2, 3}, repeated.args());
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
