package org.reservoir.training.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.training.application.Programmes;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.Enrolment;

import java.util.List;
import java.util.UUID;

/** One reserve's enrolment: read, withdraw, reinstate, complete (If-Match), history. */
@Path("/api/v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Enrolments", description = "A reserve's place in a programme: ENROLLED → WITHDRAWN ⇄ ENROLLED → COMPLETED, with history")
public class EnrolmentResource {

    private final Programmes programmes;
    private final Caller caller;

    public EnrolmentResource(Programmes programmes, Caller caller) {
        this.programmes = programmes;
        this.caller = caller;
    }

    private static Response ok(Enrolment e) {
        return Response.ok(ProgrammeResponses.EnrolmentView.of(e)).tag(Versions.etag(e.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getEnrolment", summary = "Get an enrolment", description = "With the actions allowed now; If-None-Match naming the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The enrolment", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.EnrolmentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Enrolment e = programmes.enrolment(id, Actor.of(caller));
        return ConditionalGet.ok(ProgrammeResponses.EnrolmentView.of(e), e.version(), ifNoneMatch);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "withdrawEnrolment", summary = "Withdraw", description = "ENROLLED → WITHDRAWN; frees the place.")
    @APIResponse(responseCode = "200", description = "Withdrawn", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.EnrolmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProgrammeRequests.Reason request) {
        return ok(programmes.withdraw(id, request.reason(), ifMatch, Actor.of(caller)));
    }

    @POST
    @Path("/{id}/reinstate")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "reinstateEnrolment", summary = "Reinstate", description = "WITHDRAWN → ENROLLED, if a place is free (409 over-capacity).")
    @APIResponse(responseCode = "200", description = "Reinstated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.EnrolmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response reinstate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProgrammeRequests.Reason request) {
        return ok(programmes.reinstate(id, request.reason(), ifMatch, Actor.of(caller)));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "completeEnrolment", summary = "Complete", description = "ENROLLED → COMPLETED (结业).")
    @APIResponse(responseCode = "200", description = "Completed", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.EnrolmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProgrammeRequests.Reason request) {
        return ok(programmes.complete(id, request.reason(), ifMatch, Actor.of(caller)));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getEnrolmentHistory", summary = "History", description = "Every change: who, in which role, when, why; oldest first.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ProgrammeResponses.HistoryView> history(@PathParam("id") UUID id) {
        programmes.enrolment(id, Actor.of(caller));
        return programmes.history(id).stream().map(ProgrammeResponses.HistoryView::of).toList();
    }
}
