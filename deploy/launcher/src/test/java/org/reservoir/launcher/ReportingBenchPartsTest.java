package org.reservoir.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces of {@code ./reservoir bench reporting} that need no stack: its options and the county it publishes. */
class ReportingBenchPartsTest {

    private static final Path EVENTS = DeployFilesTest.ROOT.resolve("docs/events");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void optionsDefaultToIssue11sCountyAndAcceptBothSpellings() {
        ReportingBenchOptions d = ReportingBenchOptions.parse(List.of());
        assertEquals(10_000, d.villages());
        assertEquals(100_000, d.reserves());
        assertEquals(new ReportingBenchOptions(50, 0, Duration.ofSeconds(2), Duration.ZERO, 8, Duration.ofSeconds(60)),
                ReportingBenchOptions.parse(List.of("--villages", "50", "--reserves=0", "--duration", "2", "--warmup", "0", "--connections", "8",
                        "--catch-up-timeout", "60")));
    }

    @Test
    void nonsenseIsRefusedNamingTheOptionAndItsRange() {
        assertRefused("unknown option --fast", "--fast", "1");
        assertRefused("--villages needs a value", "--villages");
        assertRefused("--villages must be a whole number from 1 to 20000, not '0'", "--villages", "0");
        assertRefused("--reserves must be a whole number from 0 to 200000, not '1e5'", "--reserves", "1e5");
        assertRefused("--connections must be a whole number from 1 to 64, not '65'", "--connections=65");
        assertRefused("--catch-up-timeout must be a whole number from 10 to 7200, not '9'", "--catch-up-timeout", "9");
    }

    private static void assertRefused(String message, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingBenchOptions.parse(List.of(args)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void theCountyHasItsTownshipsVillagesCampaignAndReservesInOrder() {
        CountyLoad load = new CountyLoad("658801000000", 250, 1000, 7, Instant.parse("2026-11-23T00:00:00Z"));
        List<CountyLoad.Message> messages = new ArrayList<>();
        load.forEach(messages::add);
        assertEquals(3, load.townships());
        assertEquals(1 + 3 + 250 + 1 + 1000, messages.size());
        assertEquals(messages.size(), load.events());
        assertEquals(List.of("658801001000", "658801001001", "658801001100", "658801003050"),
                List.of(load.township(0), load.village(0), load.village(99), load.village(249)));
        Map<String, Integer> byTopic = new HashMap<>();
        messages.forEach(m -> byTopic.merge(m.topic(), 1, Integer::sum));
        assertEquals(Map.of(CountyLoad.REGION_TOPIC, 254, CountyLoad.CAMPAIGN_TOPIC, 1, CountyLoad.CANDIDATE_TOPIC, 1000), byTopic);
        assertEquals(CountyLoad.CAMPAIGN_TOPIC, messages.get(254).topic(), "regions first, then the campaign, then the candidates");
        Set<String> keys = new HashSet<>();
        messages.forEach(m -> assertTrue(keys.add(m.topic() + "/" + m.key()), "one snapshot per aggregate: " + m.key()));
        assertThrows(IllegalArgumentException.class, () -> new CountyLoad("658801001000", 1, 1, 1, Instant.now()));
    }

    @Test
    void everyMessageIsAnEnvelopeOfTheContractKeyedByItsSubject() throws IOException {
        Map<String, JsonNode> schemas = Map.of(
                CountyLoad.REGION_TOPIC, JSON.readTree(EVENTS.resolve("recruitment.region.v1.schema.json").toFile()),
                CountyLoad.CAMPAIGN_TOPIC, JSON.readTree(EVENTS.resolve("recruitment.campaign.v1.schema.json").toFile()),
                CountyLoad.CANDIDATE_TOPIC, JSON.readTree(EVENTS.resolve("recruitment.candidate.v1.schema.json").toFile()));
        JsonNode envelope = JSON.readTree(EVENTS.resolve("envelope.schema.json").toFile());
        Map<String, Integer> statuses = new HashMap<>();
        List<CountyLoad.Message> messages = new ArrayList<>();
        new CountyLoad("658802000000", 120, 2000, 11, Instant.parse("2026-11-23T00:00:00Z")).forEach(messages::add);
        for (CountyLoad.Message m : messages) {
            JsonNode event = JSON.readTree(m.json());
            conforms(envelope, event, m.key());
            assertEquals(m.key(), event.get("subject").asText());
            assertTrue(event.get("type").asText().startsWith("reservoir." + m.topic().replace(".v1", "") + "."), event.get("type").asText());
            conforms(schemas.get(m.topic()), event.get("data"), m.key());
            if (m.topic().equals(CountyLoad.CANDIDATE_TOPIC)) {
                statuses.merge(event.get("data").get("status").asText(), 1, Integer::sum);
                assertEquals(event.get("data").get("villageCode").asText().substring(0, 9) + "000", event.get("data").get("townshipCode").asText());
            }
        }
        assertTrue(statuses.keySet().containsAll(List.of("IN_POOL", "ADMITTED", "ON_PROBATION", "PROBATION_PASSED", "ELECTED", "EXITED")),
                "reserves at every stage the reports count: " + statuses);
        assertTrue(statuses.get("IN_POOL") > statuses.get("EXITED"), "mostly reserves on the bench: " + statuses);
    }

    /** The parts of JSON Schema the contracts use here: required fields, no forbidden ones, enums, constants and patterns. */
    private static void conforms(JsonNode schema, JsonNode value, String where) {
        schema.path("required").forEach(f -> assertTrue(value.has(f.asText()), where + " lacks " + f.asText()));
        schema.path("not").path("required").forEach(f -> assertTrue(!value.has(f.asText()), where + " carries " + f.asText()));
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode v = value.get(p.getKey());
            if (v == null || v.isNull()) {
                return;
            }
            JsonNode rule = p.getValue();
            if (rule.has("enum")) {
                List<String> allowed = new ArrayList<>();
                rule.get("enum").forEach(e -> allowed.add(e.asText()));
                assertTrue(allowed.contains(v.asText()), where + ": " + p.getKey() + " = " + v + " not in " + allowed);
            }
            if (rule.has("const")) {
                assertEquals(rule.get("const").asText(), v.asText(), where + ": " + p.getKey());
            }
            if (rule.has("pattern")) {
                assertTrue(Pattern.compile(rule.get("pattern").asText()).matcher(v.asText()).find(), where + ": " + p.getKey() + " = " + v);
            }
        });
    }
}
