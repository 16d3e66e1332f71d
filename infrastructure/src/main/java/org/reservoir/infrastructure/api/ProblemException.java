package org.reservoir.infrastructure.api;

import java.util.List;
import java.util.Map;

/**
 * A refusal with a known status: thrown by resources and domain services, rendered as problem+json.
 * {@code key} names the problem type and its localised title/detail in {@code reservoir-problems*.properties};
 * {@code args} fill the detail's placeholders.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String key;
    private final transient Object[] args;
    private final transient List<Violation> violations;
    private final transient Map<String, Object> extensions;

    public ProblemException(int status, String key, List<Violation> violations, Map<String, Object> extensions, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args;
        this.violations = violations == null ? List.of() : violations;
        this.extensions = extensions == null ? Map.of() : extensions;
    }

    public ProblemException(int status, String key, Object... args) {
        this(status, key, List.of(), Map.of(), args);
    }

    /**
     * 404 — {@code resource} with {@code id} does not exist (or may not be seen). The resource is named in the
     * caller's language by the message {@code resource.<resource>} (spaces written as hyphens).
     */
    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(404, "not-found", new Messages.Key("resource." + resource.replace(' ', '-'), resource), id);
    }

    /** 422 — a domain rule on one field; the message key {@code rule.<rule>} explains it. */
    public static ProblemException unprocessable(String field, String rule, Object... args) {
        return unprocessable(List.of(new Violation(field, rule, args)));
    }

    /** 422 — every broken domain rule of a request at once. */
    public static ProblemException unprocessable(List<Violation> violations) {
        return new ProblemException(422, "rule-violated", violations, Map.of());
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
