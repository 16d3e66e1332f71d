package org.reservoir.infrastructure.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks a published or consumed event against the documented contracts (docs/events at the repository root); run from a module directory. */
public final class EventContracts {

    private static final Path DOCS = Path.of("..", "docs", "events");
    /** The schemas' $ids live under this prefix; their $refs resolve to the files next to them. */
    private static final String SCHEMA_BASE = "https://reservoir.local/schemas/";

    private EventContracts() {
    }

    /** Asserts the envelope and its data conform to envelope.schema.json and {@code dataSchema}. */
    public static void assertConforms(JsonNode event, String dataSchema) {
        assertValid(event, "envelope.schema.json");
        assertValid(event.get("data"), dataSchema);
    }

    /**
     * Asserts the whole event conforms to {@code eventSchema}, a schema of the envelope whose data schema
     * is chosen by the CloudEvents type (topics carrying several types, e.g. assessment.evaluation.v1).
     */
    public static void assertEventConforms(JsonNode event, String eventSchema) {
        assertValid(event, eventSchema);
    }

    /** Asserts {@code json} conforms to a schema file, optionally a fragment of it ({@code file#/$defs/x}). */
    public static void assertValid(JsonNode json, String schemaFile) {
        JsonSchema schema = factory().getSchema(SchemaLocation.of(SCHEMA_BASE + schemaFile));
        Set<ValidationMessage> problems = schema.validate(json);
        assertEquals(Set.of(), problems, schemaFile + " rejects " + json);
    }

    /** The AsyncAPI document, docs/events/asyncapi.yaml. */
    public static JsonNode asyncApi() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(DOCS.resolve("asyncapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchemaFactory factory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.schemaMappers(
                mappers -> mappers.mapPrefix(SCHEMA_BASE, DOCS.toAbsolutePath().normalize().toUri().toString())));
    }
}
