package org.reservoir.infrastructure.api;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query, path and header parameters: a value of a common scalar type that does not parse is a 400 naming
 * the parameter (JAX-RS alone answers 404, as if the path did not exist); text with NUL, which PostgreSQL
 * cannot store or compare, is a 422; a one-value query parameter sent twice is a 400.
 */
@Provider
public class Parameters implements ParamConverterProvider {

    /** A parameter value refused before the resource runs: {@code rule} and {@code args} give the message {@code rule.<rule>}. */
    public static class InvalidParameter extends WebApplicationException {
        private final String parameter;
        private final String rule;
        private final transient Object[] args;

        public InvalidParameter(int status, String parameter, String rule, Object... args) {
            super(parameter + ": " + rule, status);
            this.parameter = parameter;
            this.rule = rule;
            this.args = args;
        }

        public String parameter() {
            return parameter;
        }

        public String rule() {
            return rule;
        }

        public Object[] args() {
            return args;
        }
    }

    /**
     * Text parameters are plain strings, which JAX-RS binds without asking converters: NUL and broken UTF-16 are looked
     * for here. If-Match on several header lines is one list (RFC 9110 §5.3), joined here so that {@link Versions} sees
     * all of it: a resource's {@code @HeaderParam} would see only the first line.
     */
    @ServerRequestFilter(preMatching = true)
    public void refuseBrokenInput(ContainerRequestContext request) {
        List<String> ifMatch = request.getHeaders().get("If-Match");
        if (ifMatch != null && ifMatch.size() > 1) {
            request.getHeaders().putSingle("If-Match", String.join(", ", ifMatch));
        }
        UriInfo uri = request.getUriInfo();
        if (!Text.plain(uri.getPath())) {
            throw new InvalidParameter(422, "path", "text-characters");
        }
        uri.getQueryParameters().forEach((name, values) -> {
            if (!Text.plain(name) || !values.stream().allMatch(Text::plain)) {
                throw new InvalidParameter(422, name, "text-characters");
            }
        });
    }

    /** Each resource method's query parameters that take one value (not a list). */
    private static final Map<Method, Set<String>> SINGLE = new ConcurrentHashMap<>();

    /**
     * A query parameter that takes one value, sent twice, is a 400 naming it: JAX-RS would silently take the first
     * ({@code region=own&region=other} read as the caller's own region, with no word of the second).
     */
    @ServerRequestFilter
    public void refuseRepeated(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> single = SINGLE.computeIfAbsent(method, m -> Arrays.stream(m.getParameters())
                .filter(p -> p.isAnnotationPresent(QueryParam.class) && !p.getType().isArray() && !Collection.class.isAssignableFrom(p.getType()))
                .map(p -> p.getAnnotation(QueryParam.class).value()).collect(Collectors.toUnmodifiableSet()));
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            if (values.size() > 1 && single.contains(name)) {
                throw new InvalidParameter(400, name, "single-value");
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "uuid", UUID::fromString);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "integer", Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, "integer", Long::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "boolean", s -> switch (s) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(s);
            });
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String rule, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (InvalidParameter e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new InvalidParameter(400, name, rule);
                }
            }

            @Override
            public String toString(T value) {
                return Objects.toString(value, null);
            }
        };
    }

    static String nameOf(Annotation[] annotations) {
        return Arrays.stream(annotations).map(Parameters::nameOf).filter(Objects::nonNull).findFirst().orElse("parameter");
    }

    private static String nameOf(Annotation a) {
        if (a instanceof QueryParam q) {
            return q.value();
        }
        if (a instanceof PathParam p) {
            return p.value();
        }
        if (a instanceof HeaderParam h) {
            return h.value();
        }
        return null;
    }
}
