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

/** Checks an event training publishes against its documented contract (docs/events at the repository root). */
public final class EventContracts {

    private static final Path DOCS = Path.of("..", "docs", "events");
    private static final String SCHEMA_BASE = "https://reservoir.local/schemas/";

    private EventContracts() {
    }

    /** Asserts the envelope conforms to envelope.schema.json and its data to {@code dataSchema}. */
    public static void assertConforms(JsonNode event, String dataSchema) {
        assertEventConforms(event, "envelope.schema.json");
        assertEventConforms(event.get("data"), dataSchema);
    }

    /** Asserts the whole event (envelope and, by its type, its data) conforms to {@code eventSchema}. */
    public static void assertEventConforms(JsonNode event, String eventSchema) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.schemaMappers(
                        mappers -> mappers.mapPrefix(SCHEMA_BASE, DOCS.toAbsolutePath().normalize().toUri().toString())))
                .getSchema(SchemaLocation.of(SCHEMA_BASE + eventSchema));
        Set<ValidationMessage> problems = schema.validate(event);
        assertEquals(Set.of(), problems, eventSchema + " rejects " + event);
    }
}
