package org.reservoir.infrastructure.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the work in progress: taken from the {@code X-Correlation-Id} request header
 * (or made up), echoed on the response, written to the log context and into every event it causes.
 */
public class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The current correlation id, or a fresh one where no request or event set it. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }

    /** The caller's id where it is acceptable, else a fresh one. */
    static String of(String given) {
        return given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        String id = of(request.getHeaderString(HEADER));
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id.toString());
        }
        MDC.remove(MDC_KEY);
    }
}
