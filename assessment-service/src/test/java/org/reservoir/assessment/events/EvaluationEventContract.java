package org.reservoir.assessment.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks an event assessment published against its contract in docs/events (envelope + data chosen by the CloudEvents type). */
public final class EvaluationEventContract {

    private static final String SCHEMA_BASE = "https://reservoir.local/schemas/";
    private static final Path DOCS = Path.of("..", "docs", "events");

    private EvaluationEventContract() {
    }

    public static void assertConforms(JsonNode event) {
        Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.schemaMappers(
                        mappers -> mappers.mapPrefix(SCHEMA_BASE, DOCS.toAbsolutePath().normalize().toUri().toString())))
                .getSchema(SchemaLocation.of(SCHEMA_BASE + "assessment.evaluation.v1.schema.json")).validate(event);
        assertEquals(Set.of(), problems, "assessment.evaluation.v1.schema.json rejects " + event);
    }
}
