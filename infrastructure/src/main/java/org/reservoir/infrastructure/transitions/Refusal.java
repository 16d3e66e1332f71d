package org.reservoir.infrastructure.transitions;

import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Why an aggregate will not do what it was asked: a value the domain returns (and unit tests compare), turned into an
 * RFC 9457 problem only at the edge. {@code key} names the problem type and its localised message.
 */
public record Refusal(int status, String key, List<Violation> violations, Map<String, Object> extensions, List<Object> args) {

    public Refusal {
        violations = List.copyOf(violations);
        extensions = Map.copyOf(extensions);
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** 409: the aggregate's state does not allow it. */
    public static Refusal conflict(String key, Map<String, Object> extensions, Object... args) {
        return new Refusal(409, key, List.of(), extensions, Arrays.asList(args));
    }

    public static Refusal conflict(String key, Object... args) {
        return conflict(key, Map.of(), args);
    }

    /** 403: the caller may not do this to this aggregate. */
    public static Refusal forbidden(String key, Object... args) {
        return new Refusal(403, key, List.of(), Map.of(), Arrays.asList(args));
    }

    /** 404: the thing the command names does not exist (or may not be seen); named like {@link ProblemException#notFound}. */
    public static Refusal notFound(String resource, Object id) {
        ProblemException p = ProblemException.notFound(resource, id);
        return new Refusal(404, p.key(), List.of(), Map.of(), Arrays.asList(p.args()));
    }

    /** 422: the command breaks a rule on one of its fields. */
    public static Refusal unprocessable(String field, String rule, Object... args) {
        return unprocessable(List.of(new Violation(field, rule, args)));
    }

    /** 422: every broken rule of a command at once. */
    public static Refusal unprocessable(List<Violation> violations) {
        return new Refusal(422, "rule-violated", violations, Map.of(), List.of());
    }

    public ProblemException toProblem() {
        return new ProblemException(status, key, violations, extensions, args.toArray());
    }
}
