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
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.training.application.Programmes;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.TrainingSession;

import java.net.URI;
import java.util.UUID;

/** Sessions: read (with the check-in code), the officer's roll call, the attendance list. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Sessions", description = "Sessions of a programme, roll call (点名) and attendance")
public class SessionResource {

    private final Programmes programmes;
    private final Idempotency idempotency;
    private final Caller caller;

    public SessionResource(Programmes programmes, Idempotency idempotency, Caller caller) {
        this.programmes = programmes;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getSession", summary = "Get a session", description = "With its check-in window, and its code for the officers who run it; If-None-Match naming the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The session", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.SessionView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Actor actor = Actor.of(caller);
        TrainingSession s = programmes.session(id, actor);
        return ConditionalGet.ok(ProgrammeResponses.SessionView.of(s, programmes.runs(s.programmeId, actor)), s.version, ifNoneMatch);
    }

    @POST
    @Path("/{id}/roll-call")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "rollCall", summary = "Roll call (点名)", description = "The officer records who attended, once the session has "
            + "started (409 before). Each must be enrolled (422 naming the entry); hours are credited once: who attended already is listed, "
            + "not credited again.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.RollCallResult.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response rollCall(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key,
                             @NotNull @Valid ProgrammeRequests.RollCall request) {
        return idempotency.run(key, request, () -> {
            Programmes.RollCall r = programmes.rollCall(id, request.candidateIds(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/sessions/" + id + "/attendance"), new ProgrammeResponses.RollCallResult(
                    r.credited().stream().map(ProgrammeResponses.AttendanceView::of).toList(), r.alreadyAttended()));
        });
    }

    @GET
    @Path("/{id}/attendance")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listAttendance", summary = "Who attended", description = "In the order recorded (id breaks ties).")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageResponse<ProgrammeResponses.AttendanceView> attendance(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new PageResponse<>(programmes.attendance(id, Actor.of(caller), page, size).stream().map(ProgrammeResponses.AttendanceView::of)
                .toList(), page, size, programmes.attendanceCount(id, Actor.of(caller)));
    }
}
