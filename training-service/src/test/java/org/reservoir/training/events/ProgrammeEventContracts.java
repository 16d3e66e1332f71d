package org.reservoir.training.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks an event training publishes against the documented contracts (docs/events at the repository root). */
public final class ProgrammeEventContracts {

    private static final Path DOCS = Path.of("..", "docs", "events");
    private static final String SCHEMA_BASE = "https://reservoir.local/schemas/";

    private ProgrammeEventContracts() {
    }

    /** Asserts the envelope conforms to envelope.schema.json and its data to {@code dataSchema}. */
    public static void assertConforms(JsonNode event, String dataSchema) {
        assertValid(event, "envelope.schema.json");
        assertValid(event.get("data"), dataSchema);
    }

    static void assertValid(JsonNode json, String schemaFile) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.schemaMappers(
                        mappers -> mappers.mapPrefix(SCHEMA_BASE, DOCS.toAbsolutePath().normalize().toUri().toString())))
                .getSchema(SchemaLocation.of(SCHEMA_BASE + schemaFile));
        Set<ValidationMessage> problems = schema.validate(json);
        assertEquals(Set.of(), problems, schemaFile + " rejects " + json);
    }
}
