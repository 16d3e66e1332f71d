package org.reservoir.infrastructure.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The document conventions every service shares, applied once instead of annotated on every operation: typed headers
 * ({@code ETag}, {@code Location}, {@code If-Match} required where 428 answers its absence, {@code Idempotency-Key}),
 * the request headers every operation honours ({@code Accept-Language}, {@code X-Correlation-Id}), the ETag the
 * state-changing operations send, anchored patterns (Bean Validation matches the whole value), every enum value
 * described by its label {@code enum.<Type>.<VALUE>} and the license identifier.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiConventionsFilter implements OASFilter {

    static final String ACCEPT_LANGUAGE = "AcceptLanguage";
    static final String CORRELATION_ID = "CorrelationId";
    private static final String NOT_BLANK = "\\S";

    @Override
    public Header filterHeader(Header header) {
        if (header.getSchema() == null && header.getRef() == null) {
            header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        return header;
    }

    /** Every answer, problem answers included, echoes the request's correlation id (or the one made up for it). */
    private static void addCorrelationId(APIResponse response) {
        if (response.getRef() == null && (response.getHeaders() == null || !response.getHeaders().containsKey(CorrelationId.HEADER))) {
            response.addHeader(CorrelationId.HEADER, OASFactory.createHeader().ref(CORRELATION_ID));
        }
    }

    /** Response headers by name: what they carry, typed (filterHeader only sees the header, not its name). */
    private static void describeHeaders(APIResponse response) {
        if (response.getHeaders() == null) {
            return;
        }
        response.getHeaders().forEach((name, header) -> {
            if (header.getRef() != null) {
                return;
            }
            if (name.equalsIgnoreCase("ETag")) {
                header.schema(etag().getSchema());
                if (header.getDescription() == null) {
                    header.description(etag().getDescription());
                }
            } else if (name.equalsIgnoreCase("Location")) {
                header.schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference"));
                if (header.getDescription() == null) {
                    header.description("The created resource");
                }
            }
        });
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.HEADER || parameter.getName() == null) {
            return parameter;
        }
        String name = parameter.getName();
        if (name.equalsIgnoreCase("If-Match")) {
            parameter.required(true).description("The ETag read (GET or the last answer); 428 without it, 412 when stale")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200).examples(List.of("\"3\"")));
        } else if (name.equalsIgnoreCase(Idempotency.HEADER)) {
            parameter.description("Repeat-safe creation: a retry with the same key and body gets the first answer "
                            + "(Idempotent-Replayed: true); the same key with another body is a 422")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(200));
        } else if (parameter.getSchema() == null) {
            parameter.schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        return parameter;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        boolean updates = takesHeader(operation, "If-Match");
        // A read that answers 304 to If-None-Match gives the tag to send: a generated client must be able to read it.
        boolean revalidates = takesHeader(operation, ConditionalGet.IF_NONE_MATCH);
        if ((updates || revalidates) && operation.getResponses() != null) {
            APIResponse ok = operation.getResponses().getAPIResponse("200");
            if (ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag"))) {
                ok.addHeader("ETag", updates ? etag() : validator());
            }
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(ApiConventionsFilter::describeHeaders);
            operation.getResponses().getAPIResponses().values().forEach(ApiConventionsFilter::addCorrelationId);
        }
        operation.addParameter(OASFactory.createParameter().ref(ACCEPT_LANGUAGE));
        operation.addParameter(OASFactory.createParameter().ref(CORRELATION_ID));
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addParameter(ACCEPT_LANGUAGE, OASFactory.createParameter().name("Accept-Language").in(Parameter.In.HEADER)
                .description("Language of titles, details and labels: zh-CN (default) or en")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200).examples(List.of("zh-CN", "en"))));
        components.addParameter(CORRELATION_ID, OASFactory.createParameter().name(CorrelationId.HEADER).in(Parameter.In.HEADER)
                .description("Ties the request to logs, events and problem bodies; echoed in the answer. Generated when absent.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100).pattern("^[A-Za-z0-9._:-]{1,100}$")));
        components.addHeader(CORRELATION_ID, OASFactory.createHeader()
                .description("The request's X-Correlation-Id, or the one made up for it: quote it when reporting a problem")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100)));
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(ApiConventionsFilter::addCorrelationId);
        }
        List<Schema> all = new ArrayList<>();
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> {
                describeEnum(name, schema);
                all.add(schema);
            });
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> all.add(p.getSchema()));
                }
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> all.add(m.getSchema()));
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> {
                        if (r.getContent() != null) {
                            r.getContent().getMediaTypes().values().stream().map(MediaType::getSchema).forEach(all::add);
                        }
                    });
                }
            }));
        }
        all.forEach(ApiConventionsFilter::anchorPatterns);
        Map<String, Schema> named = components.getSchemas() == null ? Map.of() : components.getSchemas();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
                    return;
                }
                op.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                    if (type.contains("json") && media.getExamples() == null && media.getExample() == null && media.getSchema() != null) {
                        media.addExample("example", OASFactory.createExample().summary("An example request")
                                .value(example(media.getSchema(), named, 0)));
                    }
                });
            }));
        }
        named.values().forEach(schema -> allowNull(schema, 0));
    }

    /**
     * Jackson writes an absent optional value as {@code null}, and reads one: in OpenAPI 3.1 a property that is not
     * required says so with the {@code null} type (beside a {@code $ref}: any of the type or null), or a strict client
     * refuses the answer. Required properties are never null; an inline enum is left as it is (null is none of its values).
     */
    static void allowNull(Schema schema, int depth) {
        if (schema == null || schema.getProperties() == null || depth > 6) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name) || property.getRef() == null && (property.getType() == null || property.getEnumeration() != null)) {
                allowNull(property, depth + 1);
                return;
            }
            if (property.getRef() != null) {
                Schema type = OASFactory.createSchema().ref(property.getRef());
                property.setRef(null);
                property.setType(null);
                property.addAnyOf(type).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            } else if (!property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
            allowNull(property, depth + 1);
        });
    }

    /**
     * An example request built from the schema's own property examples (then enum values, defaults, minimums and
     * formats), so every request body shows a whole valid request and stays in step with its schema.
     */
    static Object example(Schema schema, Map<String, Schema> named, int depth) {
        if (schema == null || depth > 6) {
            return null;
        }
        // A property's own example beside its $ref (a birth date beside LocalDate) says more than the type's.
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            return example(named.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)), named, depth + 1);
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return example(schema.getAllOf().get(0), named, depth + 1);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            Map<String, Object> object = new java.util.LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> {
                    Object value = example(property, named, depth + 1);
                    if (value != null) {
                        object.put(name, value);
                    }
                });
            }
            return object;
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = example(schema.getItems(), named, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.INTEGER) || types.contains(Schema.SchemaType.NUMBER)) {
            return schema.getMinimum() != null ? schema.getMinimum() : 1;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return true;
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            String format = schema.getFormat() == null ? "" : schema.getFormat();
            return switch (format) {
                case "date" -> "2026-03-01";
                case "date-time" -> "2026-03-01T09:00:00+08:00";
                case "uuid" -> "0f8fad5b-d9cb-469f-a165-70867728950e";
                default -> schema.getPattern() == null || schema.getPattern().equals(NOT_BLANK) ? text(schema) : null;
            };
        }
        return null;
    }

    /** A free text as long as the schema asks: at least its minLength, at most its maxLength. */
    private static String text(Schema schema) {
        String text = "经乡镇党委会议研究同意";
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        while (text.length() < min) {
            text = text + text;
        }
        return schema.getMaxLength() == null || schema.getMaxLength() >= text.length() ? text : text.substring(0, schema.getMaxLength());
    }

    private static boolean takesHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    /** The tag of a derived representation (a report): for If-None-Match only. */
    static Header validator() {
        return OASFactory.createHeader().description("The tag of this answer: send it in If-None-Match to revalidate (304 while unchanged)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of("\"w50146-652327101000\"")));
    }

    static Header etag() {
        return OASFactory.createHeader().description("The resource's version, to send as If-Match with the next update")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of("\"1\"")));
    }

    /** Bean Validation's @Pattern matches the whole value; the document says so with ^ and $. */
    private static void anchorPatterns(Schema schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        // "\\S" is how the scanner writes @NotBlank: "contains a non-blank", which must stay a search.
        if (pattern != null && !pattern.equals(NOT_BLANK) && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern(pattern.contains("|") ? "^(?:" + pattern + ")$" : "^" + pattern + "$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiConventionsFilter::anchorPatterns);
        }
        anchorPatterns(schema.getItems());
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(ApiConventionsFilter::anchorPatterns);
        }
        if (schema.getAnyOf() != null) {
            schema.getAnyOf().forEach(ApiConventionsFilter::anchorPatterns);
        }
        if (schema.getOneOf() != null) {
            schema.getOneOf().forEach(ApiConventionsFilter::anchorPatterns);
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            anchorPatterns(schema.getAdditionalPropertiesSchema());
        }
    }

    /** The label from the service's bundles; the build runs the filter with the application's class loader as context. */
    private static String label(Locale locale, String key) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String bundle : Messages.BUNDLES) {
            try {
                return ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK).getString(key);
            } catch (MissingResourceException ignored) {
                // the next bundle
            }
        }
        return null;
    }

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Each value of a named enum with its Chinese term, the label the error messages use ({@code enum.<Type>.<VALUE>}),
     * and its English meaning ({@code meaning.<Type>.<VALUE>} in the English bundle: English messages quote the codes
     * themselves); a schema named for a nested type ({@code CampaignStatus}) carries
     * {@code x-label-type} naming its label prefix.
     */
    private static void describeEnum(String name, Schema schema) {
        if (schema.getEnumeration() == null || schema.getEnumeration().isEmpty()) {
            return;
        }
        Object labelType = schema.getExtensions() == null ? null : schema.getExtensions().get("x-label-type");
        String type = labelType == null ? name : labelType.toString();
        StringBuilder text = new StringBuilder(schema.getDescription() == null ? "" : schema.getDescription() + "\n\n");
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Object value : schema.getEnumeration()) {
            String zh = label(Messages.CHINESE, "enum." + type + "." + value);
            String en = label(Locale.ENGLISH, "meaning." + type + "." + value);
            String label = (zh == null ? String.valueOf(value) : zh) + (en == null ? "" : " — " + en.replace("''", "'"));
            names.put(String.valueOf(value), label);
            text.append("* `").append(value).append("`: ").append(label).append('\n');
        }
        schema.setDescription(text.toString().strip());
        schema.addExtension("x-enum-descriptions", new ArrayList<>(names.values()));
    }
}
