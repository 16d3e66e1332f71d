package org.reservoir.reporting.dashboard;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /dashboard} answers with the page at {@code /dashboard/}: static files are served per folder, and the page's
 * assets are named relative to that folder. The redirect is relative too, so it holds behind a path prefix.
 */
@ApplicationScoped
public class DashboardRedirect {

    void install(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "/dashboard").handler(ctx -> ctx.redirect("dashboard/"));
    }
}
