package org.reservoir.training.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Map;
import org.reservoir.infrastructure.testing.EventContracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AsyncAPI examples of training's programme, practice and education events conform to their JSON Schemas, and the
 * schemas reject what the contracts forbid (so the checks in the API tests can fail).
 */
class ProgrammeEventContractsTest {

    private static final Map<String, String> MESSAGES = Map.of(
            "hoursCredited", "training.attendance.v1.schema.json",
            "practiceStarted", "training.practice.v1.schema.json",
            "practiceEnded", "training.practice.v1.schema.json",
            "educationCompleted", "training.education.v1.schema.json");

    private static JsonNode example(String message) throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(new File("../docs/events/asyncapi.yaml"));
        JsonNode payload = doc.path("components").path("messages").path(message).path("examples").path(0).path("payload");
        assertTrue(payload.isObject(), message + " has an example");
        return payload;
    }

    @Test
    void everyExampleConformsToItsSchema() throws Exception {
        for (Map.Entry<String, String> m : MESSAGES.entrySet()) {
            EventContracts.assertConforms(example(m.getKey()), m.getValue());
        }
        JsonNode channels = new ObjectMapper(new YAMLFactory()).readTree(new File("../docs/events/asyncapi.yaml")).path("channels");
        assertEquals("training.attendance.v1", channels.path("trainingAttendance").path("address").asText());
        assertEquals("training.practice.v1", channels.path("trainingPractice").path("address").asText());
        assertEquals("training.education.v1", channels.path("trainingEducation").path("address").asText());
    }

    @Test
    void theSchemasRejectWhatTheContractsForbid() throws Exception {
        ObjectNode hours = (ObjectNode) example("hoursCredited").deepCopy();
        ((ObjectNode) hours.get("data")).put("idNumber", "11010519491231002X");
        assertThrows(AssertionError.class, () -> EventContracts.assertConforms(hours, "training.attendance.v1.schema.json"));
        ObjectNode zero = (ObjectNode) example("hoursCredited").deepCopy();
        ((ObjectNode) zero.get("data")).put("hours", 0);
        assertThrows(AssertionError.class, () -> EventContracts.assertConforms(zero, "training.attendance.v1.schema.json"));
        ObjectNode ended = (ObjectNode) example("practiceEnded").deepCopy();
        ((ObjectNode) ended.get("data")).putNull("evaluation");
        assertThrows(AssertionError.class, () -> EventContracts.assertConforms(ended, "training.practice.v1.schema.json"),
                "an ended post carries its evaluation");
        ObjectNode level = (ObjectNode) example("educationCompleted").deepCopy();
        ((ObjectNode) level.get("data")).put("educationLevel", "PHD");
        assertThrows(AssertionError.class, () -> EventContracts.assertConforms(level, "training.education.v1.schema.json"));
        ObjectNode noLevel = (ObjectNode) example("educationCompleted").deepCopy();
        ((ObjectNode) noLevel.get("data")).remove("educationLevel");
        assertThrows(AssertionError.class, () -> EventContracts.assertConforms(noLevel, "training.education.v1.schema.json"));
    }
}
