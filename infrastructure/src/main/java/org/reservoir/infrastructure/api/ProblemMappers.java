package org.reservoir.infrastructure.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem+json, localised by Accept-Language. Bad input is a 4xx
 * naming the field and the rule; anything unexpected is a 500 without internals, logged with the
 * correlation id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A problem lists at most this many field errors, and their total as {@code errorCount}: error bodies stay small. */
    static final int MAX_ERRORS = 50;
    /** At most this many characters of a refused value are quoted in an error message. */
    static final int MAX_ECHOED = 40;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.rule(), Messages.text(locale, "rule." + v.rule(), v.args())))
                .toList();
        return respond(e.status(), e.key(), locale, uri, errors, e.extensions(), e.args());
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, HttpHeaders headers, UriInfo uri) {
        if (!(e instanceof ConstraintViolationException cve)) {
            return unexpected(e, headers, uri);
        }
        boolean returnValue = cve.getConstraintViolations().stream()
                .anyMatch(v -> leafKinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, headers, uri);
        }
        List<Problem.FieldError> errors = cve.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), ruleOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::rule))
                .toList();
        return respond(400, "validation", Messages.locale(headers), uri, errors, Map.of(), errors.size());
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = jme.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String rule;
            String message;
            if (e instanceof RefusedInput refused) {
                message = Messages.text(locale, "rule." + refused.rule(), refused.args());
                List<Problem.FieldError> error = List.of(new Problem.FieldError(field, refused.rule(), message));
                return refused.status() == 400
                        ? respond(400, "unreadable-field", locale, uri, error, Map.of(), field, message)
                        : respond(refused.status(), "rule-violated", locale, uri, error, Map.of());
            } else if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
                rule = "enum";
                String allowed = Arrays.stream(ife.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
                message = Messages.text(locale, "rule.enum", excerpt(ife.getValue()), allowed);
            } else if (e instanceof UnrecognizedPropertyException) {
                rule = "unknown-property";
                message = Messages.text(locale, "rule.unknown-property");
            } else {
                rule = "type";
                message = Messages.text(locale, "rule.type");
            }
            return respond(400, "unreadable-field", locale, uri, List.of(new Problem.FieldError(field, rule, message)), Map.of(), field, message);
        }
        return respond(400, "unreadable-body", locale, uri, List.of(), Map.of());
    }

    /** A value echoed back in an error is cut short: error bodies stay small whatever was sent. */
    static String excerpt(Object value) {
        return excerpt(value, MAX_ECHOED);
    }

    /** The same, cut after {@code max} code points (never inside a surrogate pair). */
    static String excerpt(Object value, int max) {
        String text = String.valueOf(value);
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Response r = respond(401, "unauthorized", Messages.locale(headers), uri, List.of(), Map.of());
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(403, "forbidden", Messages.locale(headers), uri, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return unreadable(jpe, headers, uri);
        }
        if (e instanceof Parameters.InvalidParameter bad) {
            Locale locale = Messages.locale(headers);
            String message = Messages.text(locale, "rule." + bad.rule(), bad.args());
            List<Problem.FieldError> error = List.of(new Problem.FieldError(bad.parameter(), bad.rule(), message));
            return status == 400 ? respond(400, "validation", locale, uri, error, Map.of(), 1) : respond(status, "rule-violated", locale, uri, error, Map.of());
        }
        return respond(status, "http-" + status, Messages.locale(headers), uri, List.of(), Map.of(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException pe) {
                return problem(pe, headers, uri);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                // Another writer committed the version this request named: its If-Match no longer holds, as when it is checked first.
                int status = headers.getHeaderString("If-Match") == null ? 409 : 412;
                return respond(status, "concurrent-modification", locale, uri, List.of(), Map.of());
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return respond(409, "duplicate", locale, uri, List.of(), Map.of());
            }
        }
        LOG.errorf(e, "unexpected failure on %s (correlation id %s)", uri.getPath(), CorrelationId.current());
        return respond(500, "internal", locale, uri, List.of(), Map.of());
    }

    static Response respond(int status, String key, Locale locale, UriInfo uri, List<Problem.FieldError> errors,
                            Map<String, Object> extensions, Object... args) {
        return respond(status, key, locale, uri == null ? null : uri.getPath(), errors, extensions, args);
    }

    static Response respond(int status, String key, Locale locale, String path, List<Problem.FieldError> errors,
                            Map<String, Object> extensions, Object... args) {
        Map<String, Object> members = extensions;
        if (!errors.isEmpty()) {
            members = new LinkedHashMap<>(extensions);
            members.put("errorCount", errors.size());
        }
        Problem body = problem(status, key, locale, path, CorrelationId.current(), errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors,
                members, args);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).build();
    }

    /** The problem body for {@code key}: its localised title, and its detail filled with {@code args}. */
    static Problem problem(int status, String key, Locale locale, String path, String correlationId, List<Problem.FieldError> errors,
                           Map<String, Object> extensions, Object... args) {
        return new Problem(Problem.TYPE_BASE + key, Messages.text(locale, key + ".title"), status,
                Messages.text(locale, key + ".detail", args), path, correlationId, errors, extensions);
    }

    /**
     * {@code create.request.regions[2].code} → {@code regions[2].code}: method and body-parameter nodes
     * say nothing to a client; a query or path parameter keeps its own name.
     */
    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        boolean onlyParameter = false;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    names.clear();
                    names.add(node.getName());
                    onlyParameter = true;
                }
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (onlyParameter) {
                        names.clear();
                        onlyParameter = false;
                    }
                    if (node.isInIterable() && !names.isEmpty()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
                    }
                    if (node.getName() != null) {
                        names.add(node.getName());
                    }
                }
                default -> {
                    // method, constructor, bean and return-value nodes carry no field name
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private static List<ElementKind> leafKinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(n -> kinds.add(n.getKind()));
        return kinds;
    }
}
