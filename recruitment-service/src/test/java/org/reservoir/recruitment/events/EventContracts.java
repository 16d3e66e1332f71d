package org.reservoir.recruitment.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks a published event against the documented contracts (docs/events at the repository root). */
public final class EventContracts {

    private static final Path DOCS = Path.of("..", "docs", "events");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventContracts() {
    }

    /** Asserts the envelope and its data conform to envelope.schema.json and {@code dataSchema}. */
    public static void assertConforms(JsonNode event, String dataSchema) {
        assertValid(event, "envelope.schema.json");
        assertValid(event.get("data"), dataSchema);
    }

    private static void assertValid(JsonNode json, String schemaFile) {
        try {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(MAPPER.readTree(DOCS.resolve(schemaFile).toFile()));
            Set<ValidationMessage> problems = schema.validate(json);
            assertEquals(Set.of(), problems, schemaFile + " rejects " + json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
