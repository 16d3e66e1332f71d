package org.reservoir.training.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.training.application.PracticePosts;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.PracticeAssignment;
import org.reservoir.training.domain.PracticeStatus;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Practice posts (上岗锻炼): assign, start, end with an evaluation, cancel; read and history. */
@Path("/api/v1/practice-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Practice posts", description = "上岗锻炼: village affairs assistant, grid member, mediation, rural revitalisation, flood relief; "
        + "in the reserve's own or another village (跨村任职). ASSIGNED → ACTIVE → ENDED (with evaluation), or ASSIGNED → CANCELLED")
public class PracticeResource {

    private final PracticePosts posts;
    private final Idempotency idempotency;
    private final Caller caller;

    public PracticeResource(PracticePosts posts, Idempotency idempotency, Caller caller) {
        this.posts = posts;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    private static Response ok(PracticeAssignment a) {
        return Response.ok(ProgrammeResponses.PracticeView.of(a)).tag(Versions.etag(a.version())).build();
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "assignPracticePost", summary = "Assign a practice post", description = "A reserve in the pool of the caller's "
            + "region to a post in an active village of the caller's region; another village than their own is 跨村任职 (crossVillage).")
    @APIResponse(responseCode = "201", description = "Assigned", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.PracticeView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response assign(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ProgrammeRequests.AssignPost request) {
        return idempotency.run(key, request, () -> {
            PracticeAssignment a = posts.assign(request.draft(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/practice-assignments/" + a.id), ProgrammeResponses.PracticeView.of(a), a.version());
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listPracticeAssignments", summary = "List practice posts", description = "Of reserves in the caller's region, "
            + "by start date (id breaks ties).")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<ProgrammeResponses.PracticeView> list(@QueryParam("candidateId") UUID candidateId, @QueryParam("status") PracticeStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        return new PageResponse<>(posts.list(actor, candidateId, status, page, size).stream().map(ProgrammeResponses.PracticeView::of).toList(),
                page, size, posts.count(actor, candidateId, status));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.RESERVE})
    @Operation(operationId = "getPracticeAssignment", summary = "Get a practice post", description = "Officers of the reserve's region, or "
            + "the reserve; If-None-Match naming the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The post", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.PracticeView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        PracticeAssignment a = posts.get(id, Actor.of(caller));
        return ConditionalGet.ok(ProgrammeResponses.PracticeView.of(a), a.version(), ifNoneMatch);
    }

    @POST
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client attaches (curl -d '' sends a form type)
    @Path("/{id}/start")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "startPracticePost", summary = "On post", description = "ASSIGNED → ACTIVE, not before the start date (409).")
    @APIResponse(responseCode = "200", description = "Started", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.PracticeView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response start(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(posts.start(id, ifMatch, Actor.of(caller)));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "endPracticePost", summary = "Off post, with the evaluation", description = "ACTIVE → ENDED with the supervisor's grade and comment.")
    @APIResponse(responseCode = "200", description = "Ended", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.PracticeView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response end(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProgrammeRequests.EndPost request) {
        return ok(posts.end(id, new PracticeAssignment.Evaluation(request.evaluation().grade(), request.evaluation().comment()), ifMatch,
                Actor.of(caller)));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "cancelPracticePost", summary = "Cancel", description = "ASSIGNED → CANCELLED, before it started.")
    @APIResponse(responseCode = "200", description = "Cancelled", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.PracticeView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProgrammeRequests.Reason request) {
        return ok(posts.cancel(id, request.reason(), ifMatch, Actor.of(caller)));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getPracticeAssignmentHistory", summary = "History", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ProgrammeResponses.HistoryView> history(@PathParam("id") UUID id) {
        return posts.history(id, Actor.of(caller)).stream().map(ProgrammeResponses.HistoryView::of).toList();
    }
}
