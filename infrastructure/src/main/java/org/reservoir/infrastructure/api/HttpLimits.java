package org.reservoir.infrastructure.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Size limits on the request itself, answered with problem+json like every other refusal:
 * <ul>
 *   <li>before routing (a Vert.x route ahead of Quarkus' own bare 413): the request line, the headers, a
 *       malformed Content-Type (which JAX-RS would fail on with a 500), and the body against the server-wide
 *       {@code quarkus.http.limits.max-body-size}. Netty's own line and header limits are set well above
 *       the ones enforced here so that requests reach this check; only beyond them does Vert.x answer
 *       alone;</li>
 *   <li>after matching: the body against the resource method's {@link MaxBodySize}, else
 *       {@code reservoir.http.max-body-size}.</li>
 * </ul>
 * Bodies sent without Content-Length are bounded by the server-wide limit only.
 */
@Singleton
public class HttpLimits {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String PARAM = "\\s*;\\s*(" + TOKEN + ")=(" + TOKEN + "|\"[^\"\\\\]*\")";
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN + "((?:" + PARAM + ")*)\\s*;?\\s*");
    private static final Pattern PARAMETER = Pattern.compile(PARAM);

    private final ObjectMapper mapper;
    private final Instance<ApiLimits> config;
    private volatile Limits limits;

    public HttpLimits(ObjectMapper mapper, Instance<ApiLimits> config) {
        this.mapper = mapper;
        this.config = config;
    }

    private record Limits(long serverMaxBody, long defaultMaxBody, int maxRequestLine, int maxHeaderBytes) {
    }

    /**
     * Read at the first request and kept: RESTEasy Reactive builds request filters at static init, before the
     * runtime configuration (environment, profiles) is known.
     */
    private Limits limits() {
        Limits known = limits;
        if (known == null) {
            ApiLimits api = config.get();
            known = new Limits(ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue(),
                    api.maxBodySize().asLongValue(), api.maxRequestLine(), (int) api.maxHeaderSize().asLongValue());
            limits = known;
        }
        return known;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Limits limits = limits();
        int maxRequestLine = limits.maxRequestLine();
        int maxHeaderBytes = limits.maxHeaderBytes();
        long serverMaxBody = limits.serverMaxBody();
        if (request.uri().length() + request.method().name().length() + 10 > maxRequestLine) {
            refuse(ctx, 414, "http-414", maxRequestLine);
            return;
        }
        long headerBytes = request.headers().entries().stream().mapToLong(h -> h.getKey().length() + h.getValue().length() + 4L).sum();
        if (headerBytes > maxHeaderBytes) {
            refuse(ctx, 431, "http-431", maxHeaderBytes);
            return;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !wellFormed(contentType)) {
            refuse(ctx, 400, "http-400", "Content-Type");
            return;
        }
        OptionalLong length = contentLength(request);
        if (length == null) {
            refuse(ctx, 400, "http-400", "Content-Length");
            return;
        }
        if (length.isPresent() && length.getAsLong() > serverMaxBody) {
            refuse(ctx, 413, "body-too-large", serverMaxBody);
            return;
        }
        ctx.next();
    }

    /** Refuses a body over the resource method's limit before it is read, where Content-Length announces it. */
    @ServerRequestFilter
    public Optional<Response> limitBody(ContainerRequestContext request, ResourceInfo resource) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH.toString());
        if (length == null) {
            return Optional.empty();
        }
        long limit = limitOf(resource.getResourceMethod(), resource.getResourceClass());
        try {
            if (Long.parseLong(length.trim()) <= limit) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // refused before routing
        }
        Locale locale = Messages.locale(request.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
        return Optional.of(ProblemMappers.respond(413, "body-too-large", locale, request.getUriInfo().getPath(), List.of(), Map.of(), limit));
    }

    private long limitOf(Method method, Class<?> type) {
        MaxBodySize own = method == null ? null : method.getAnnotation(MaxBodySize.class);
        if (own == null && type != null) {
            own = type.getAnnotation(MaxBodySize.class);
        }
        return own == null ? limits().defaultMaxBody() : own.value();
    }

    /** type/subtype with parameters (RFC 9110 8.3.1), and a charset, if named, that the JVM knows. */
    static boolean wellFormed(String contentType) {
        Matcher m = MEDIA_TYPE.matcher(contentType);
        if (!m.matches()) {
            return false;
        }
        Matcher p = PARAMETER.matcher(m.group(1));
        while (p.find()) {
            if (p.group(1).equalsIgnoreCase("charset")) {
                String charset = p.group(2).replace("\"", "");
                try {
                    if (!Charset.isSupported(charset)) {
                        return false;
                    }
                } catch (IllegalCharsetNameException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Empty without Content-Length; null when it is not a number. */
    private static OptionalLong contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            long length = Long.parseLong(value.trim());
            return length < 0 ? null : OptionalLong.of(length);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void refuse(RoutingContext ctx, int status, String key, Object... args) {
        Locale locale = Messages.locale(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        // No filter has run yet: the id is taken here, once, for the header and the body alike.
        String correlationId = CorrelationId.of(ctx.request().getHeader(CorrelationId.HEADER));
        // A path too long to serve is not echoed back: the answer stays small whatever was sent.
        String instance = status == 414 ? null : ctx.request().path();
        String body;
        try {
            body = mapper.writeValueAsString(ProblemMappers.problem(status, key, locale, instance, correlationId, List.of(), Map.of(), args));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The request's body, if any, is not read: close the connection rather than drain it.
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .putHeader(CorrelationId.HEADER, correlationId)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
