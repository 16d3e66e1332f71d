package org.reservoir.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.reporting.application.Alerts;
import org.reservoir.reporting.domain.AlertKind;
import org.reservoir.reporting.events.AlertEvents;

@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Villages below target, reserves nearing the age limit, probations ending without an outcome")
public class AlertResource {

    private final Alerts alerts;

    public AlertResource(Alerts alerts) {
        this.alerts = alerts;
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listAlerts", summary = "Alerts in the caller's region",
            description = "Newest first (id breaks ties). An alert is raised once when its cause appears and resolved when it goes away; "
                    + "the evaluation runs every reservoir.reporting.alerts.interval (15 min). Each change is also a reporting.alert.v1 event.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(examples = @ExampleObject(name = "open", value = """
            {"items":[{"alertId":"0c9e1d2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f","kind":"VILLAGE_BELOW_TARGET","subject":"652327101202",
              "countyCode":"652327000000","townshipCode":"652327101000","villageCode":"652327101202","raisedAt":"2026-11-23T02:00:00Z",
              "resolvedAt":null,"details":{"reserves":1,"targetMin":2},"version":0}],"page":0,"size":50,"total":1}""")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PageResponse<AlertEvents.AlertSnapshot> list(
            @QueryParam("region") @Pattern(regexp = "\\d{12}") @Parameter(description = ReportResource.REGION) String region,
            @QueryParam("kind") AlertKind kind,
            @QueryParam("state") @DefaultValue("OPEN") Alerts.State state,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return alerts.list(region, kind, state, page, size);
    }
}
