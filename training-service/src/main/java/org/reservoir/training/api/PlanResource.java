package org.reservoir.training.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.ConditionalGet;
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.training.api.MentorshipViews.PlanView;
import org.reservoir.training.application.Plans;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.DevelopmentPlan;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/reserves/{candidateId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Development plans", description = "一人一策: a reserve's goals, planned training and planned practice posts")
public class PlanResource {

    private final Plans plans;
    private final Idempotency idempotency;
    private final Caller caller;

    public PlanResource(Plans plans, Idempotency idempotency, Caller caller) {
        this.plans = plans;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.MENTOR})
    @Operation(operationId = "drawDevelopmentPlan", summary = "Draw a reserve's development plan",
            description = "By an officer of the reserve's region or the reserve's active mentor, for a reserve in the pool; one per reserve (409).")
    @APIResponse(responseCode = "201", description = "Drawn", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response draw(@PathParam("candidateId") UUID candidateId, @HeaderParam(Idempotency.HEADER) String key,
                         @NotNull @Valid MentorshipRequests.Plan request) {
        return idempotency.run(key, java.util.List.of(candidateId, request), () -> {
            DevelopmentPlan p = plans.draw(candidateId, request.content(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/reserves/" + candidateId + "/plan"), PlanView.of(p), p.version);
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.MENTOR, Roles.RESERVE})
    @Operation(operationId = "getDevelopmentPlan", summary = "Get a reserve's development plan",
            description = "Officers of the region, the reserve's active mentor, the reserve. If-None-Match: 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The plan", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("candidateId") UUID candidateId, @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        DevelopmentPlan p = plans.get(candidateId, Actor.of(caller));
        return ConditionalGet.ok(PlanView.of(p), p.version, ifNoneMatch);
    }

    @PUT
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.MENTOR})
    @Operation(operationId = "changeDevelopmentPlan", summary = "Change a reserve's development plan", description = "Replaces it. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response change(@PathParam("candidateId") UUID candidateId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid MentorshipRequests.Plan request) {
        DevelopmentPlan p = plans.change(candidateId, request.content(), ifMatch, Actor.of(caller));
        return Response.ok(PlanView.of(p)).tag(Versions.etag(p.version)).build();
    }
}
