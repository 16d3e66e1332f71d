package org.reservoir.infrastructure.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks a real answer against the service's own OpenAPI document, as a strict generated client would read it. */
public final class OpenApiAnswers {

    private static final String BASE = "https://reservoir.local/openapi/";

    private OpenApiAnswers() {
    }

    /** Asserts {@code answer} conforms to the document's component schema {@code component} (JSON Schema 2020-12, as OpenAPI 3.1). */
    public static void assertConforms(String component, JsonNode answer) {
        try {
            Path dir = Files.createTempDirectory("openapi");
            Files.writeString(dir.resolve("doc.json"), given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, dir.toUri().toString())));
            JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + "doc.json#/components/schemas/" + component));
            Set<ValidationMessage> problems = schema.validate(answer);
            assertEquals(Set.of(), problems, component + " in the OpenAPI document rejects " + answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
