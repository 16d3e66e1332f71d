package org.reservoir.infrastructure.api;

/**
 * A broken rule on one field: the field (JSON path), the rule's key (its message is {@code rule.<rule>}
 * in the problem bundles) and the message arguments. Rendered as a {@link Problem.FieldError}.
 */
public record Violation(String field, String rule, Object... args) {

    /** The same violation under a path prefix, e.g. {@code regions[3].}. */
    public Violation under(String prefix) {
        return new Violation(prefix + field, rule, args);
    }
}
