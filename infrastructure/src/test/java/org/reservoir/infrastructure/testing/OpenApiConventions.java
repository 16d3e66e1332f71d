package org.reservoir.infrastructure.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conventions every service's OpenAPI document keeps (README, "OpenAPI"), checked on the served document so a
 * service that breaks one fails its own build. Each violation is listed, not just the first.
 */
public final class OpenApiConventions {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** An enum value's description: its Chinese term, then its English meaning. */
    private static final Pattern TERM_AND_MEANING = Pattern.compile(".*\\p{IsHan}.* — .*[a-z].*");
    /** The members ProblemMappers and the domains write next to the RFC 9457 ones. */
    public static final List<String> PROBLEM_MEMBERS = List.of("errorCount", "currentState", "allowedActions", "existingCandidateId",
            "failedRules");

    private OpenApiConventions() {
    }

    public static void assertConventions(String json) {
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> broken = new ArrayList<>();
        JsonNode info = doc.path("info");
        if (info.path("license").path("identifier").asText().isEmpty()) {
            broken.add("info.license has no identifier");
        }
        if (!doc.path("servers").isArray() || doc.path("servers").isEmpty()) {
            broken.add("no servers");
        }
        JsonNode schemas = doc.path("components").path("schemas");
        schemas.fieldNames().forEachRemaining(name -> {
            if (name.matches(".*\\d$")) {
                broken.add("schema " + name + ": a numbered duplicate name");
            }
            if (name.startsWith("Json")) {
                broken.add("schema " + name + ": a Jackson internal");
            }
            JsonNode schema = schemas.get(name);
            if (schema.has("enum")) {
                JsonNode described = schema.path("x-enum-descriptions");
                if (described.size() != schema.get("enum").size() || !schema.path("description").asText().contains("`")) {
                    broken.add("enum " + name + ": not every value described");
                }
                for (int i = 0; i < described.size(); i++) {
                    if (!TERM_AND_MEANING.matcher(described.get(i).asText()).matches()) {
                        broken.add("enum " + name + " " + schema.get("enum").path(i).asText() + ": described as '" + described.get(i).asText()
                                + "', not as Chinese term — English meaning (labels enum.<Type>.<VALUE> and meaning.<Type>.<VALUE>)");
                    }
                }
            }
        });
        doc.path("components").path("responses").fields().forEachRemaining(r -> {
            if (!r.getValue().path("headers").has("X-Correlation-Id")) {
                broken.add("shared response " + r.getKey() + " does not document the X-Correlation-Id it sends");
            }
        });
        JsonNode problem = schemas.path("Problem").path("properties");
        for (String member : PROBLEM_MEMBERS) {
            if (!problem.has(member)) {
                broken.add("Problem schema lacks " + member);
            }
        }
        if (problem.has("extensions")) {
            broken.add("Problem schema has an extensions member; the server writes them at the top level");
        }
        Set<String> operationIds = new HashSet<>();
        Map<String, Set<String>> parameterNames = new HashMap<>();
        doc.path("paths").fields().forEachRemaining(path -> {
            Matcher m = PATH_PARAMETER.matcher(path.getKey());
            while (m.find()) {
                parameterNames.computeIfAbsent(path.getKey().substring(0, m.start()), k -> new TreeSet<>()).add(m.group(1));
            }
            path.getValue().fields().forEachRemaining(op -> {
                if (!METHODS.contains(op.getKey())) {
                    return;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                checkOperation(where, op.getValue(), operationIds, broken);
            });
        });
        parameterNames.forEach((prefix, names) -> {
            if (names.size() > 1) {
                broken.add("path parameters after " + prefix + " have several names " + names);
            }
        });
        patterns(doc, "", broken);
        assertTrue(broken.isEmpty(), "OpenAPI conventions broken:\n  " + String.join("\n  ", broken));
    }

    private static void checkOperation(String where, JsonNode op, Set<String> operationIds, List<String> broken) {
        String id = op.path("operationId").asText();
        if (id.isEmpty()) {
            broken.add(where + ": no operationId");
        } else if (!operationIds.add(id)) {
            broken.add(where + ": operationId " + id + " used twice");
        }
        boolean ifMatch = false;
        boolean ifNoneMatch = false;
        for (JsonNode p : op.path("parameters")) {
            if (p.has("$ref")) {
                continue;
            }
            ifNoneMatch |= "header".equals(p.path("in").asText()) && "If-None-Match".equalsIgnoreCase(p.path("name").asText());
            if (!p.has("schema")) {
                broken.add(where + ": parameter " + p.path("name").asText() + " has no schema");
            }
            if ("header".equals(p.path("in").asText()) && "If-Match".equalsIgnoreCase(p.path("name").asText())) {
                ifMatch = true;
                if (!p.path("required").asBoolean()) {
                    broken.add(where + ": If-Match is not required though its absence is a 428");
                }
            }
        }
        Set<String> refs = new HashSet<>();
        op.path("parameters").forEach(p -> refs.add(p.path("$ref").asText()));
        for (String shared : List.of("#/components/parameters/AcceptLanguage", "#/components/parameters/CorrelationId")) {
            if (!refs.contains(shared)) {
                broken.add(where + ": does not document " + shared);
            }
        }
        JsonNode responses = op.path("responses");
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            r.getValue().path("headers").fields().forEachRemaining(h -> {
                if (!h.getValue().has("schema") && !h.getValue().has("$ref")) {
                    broken.add(where + " " + r.getKey() + ": header " + h.getKey() + " has no schema");
                }
            });
            if (!r.getValue().has("$ref") && !r.getValue().path("headers").has("X-Correlation-Id")) {
                broken.add(where + " " + r.getKey() + ": does not document the X-Correlation-Id it sends");
            }
            if (!r.getKey().startsWith("2") && !r.getValue().has("$ref")) {
                broken.add(where + " " + r.getKey() + ": an error answer not described by a shared problem+json response");
            }
        }
        // A client generated from the document must expect the 304 its If-None-Match can bring, and only then.
        if (ifNoneMatch != responses.has("304")) {
            broken.add(where + (ifNoneMatch ? ": takes If-None-Match but documents no 304" : ": documents a 304 but takes no If-None-Match"));
        }
        if (ifNoneMatch && !responses.path("200").path("headers").has("ETag")) {
            broken.add(where + ": takes If-None-Match but its 200 documents no ETag to send");
        }
        if (!"#/components/responses/InternalError".equals(responses.path("500").path("$ref").asText())) {
            broken.add(where + ": 500 is not the InternalError problem");
        }
        // A DELETE answering 204 leaves nothing whose version could be tagged.
        boolean deletion = where.startsWith("DELETE") && responses.has("204") && !responses.has("200");
        if (ifMatch && !deletion && !responses.path("200").path("headers").has("ETag")) {
            broken.add(where + ": updates with If-Match but its 200 documents no ETag");
        }
        if ("POST".equals(where.substring(0, 4)) && responses.path("201").path("headers").has("ETag")
                && !responses.path("201").path("headers").has("Location")) {
            broken.add(where + ": 201 without Location");
        }
        JsonNode body = op.path("requestBody").path("content");
        body.fields().forEachRemaining(media -> {
            if (media.getKey().contains("json") && !media.getValue().has("examples") && !media.getValue().has("example")) {
                broken.add(where + ": request body " + media.getKey() + " has no example");
            }
        });
    }

    /** Anchored, except the scanner's "\\S" for @NotBlank, which is a search on purpose. */
    private static void patterns(JsonNode node, String path, List<String> broken) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("pattern") && e.getValue().isTextual()) {
                    String p = e.getValue().asText();
                    if (!p.equals("\\S") && (!p.startsWith("^") || !p.endsWith("$"))) {
                        broken.add(path + ": pattern " + p + " is not anchored");
                    }
                } else {
                    patterns(e.getValue(), path + "/" + e.getKey(), broken);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                patterns(node.get(i), path + "/" + i, broken);
            }
        }
    }
}
