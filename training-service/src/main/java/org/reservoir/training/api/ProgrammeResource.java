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
import org.reservoir.training.domain.EnrolmentStatus;
import org.reservoir.training.domain.Programme;
import org.reservoir.training.domain.ProgrammeKind;
import org.reservoir.training.domain.TrainingSession;

import java.net.URI;
import java.util.UUID;

/** Training programmes (培训): plan, read, schedule sessions, enrol reserves by list or by township. */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Programmes", description = "培训: pre-post, regular, education-upgrade programmes and collective mentoring days, with sessions and enrolment")
public class ProgrammeResource {

    private final Programmes programmes;
    private final Idempotency idempotency;
    private final Caller caller;

    public ProgrammeResource(Programmes programmes, Idempotency idempotency, Caller caller) {
        this.programmes = programmes;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    private Actor actor() {
        return Actor.of(caller);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "planProgramme", summary = "Plan a programme", description = "For a county (county admin) or a township "
            + "(its officer, or the county admin) in one year.")
    @APIResponse(responseCode = "201", description = "Planned", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.ProgrammeView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response plan(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ProgrammeRequests.PlanProgramme request) {
        return idempotency.run(key, request, () -> {
            Programme p = programmes.plan(request.draft(), actor());
            return new Idempotency.Outcome(201, URI.create("/api/v1/programmes/" + p.id), ProgrammeResponses.ProgrammeView.of(p), p.version);
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listProgrammes", summary = "List programmes", description = "Those of the caller's region and of the "
            + "county or township enclosing it; newest year first, then by creation (id breaks ties).")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<ProgrammeResponses.ProgrammeView> list(
            @QueryParam("year") @Min(Programme.FIRST_YEAR) @Max(Programme.LAST_YEAR) Integer year,
            @QueryParam("kind") ProgrammeKind kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = actor();
        return new PageResponse<>(programmes.list(actor, year, kind, page, size).stream().map(ProgrammeResponses.ProgrammeView::of).toList(),
                page, size, programmes.count(actor, year, kind));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getProgramme", summary = "Get a programme", description = "With its ETag; If-None-Match naming it answers 304.")
    @APIResponse(responseCode = "200", description = "The programme", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.ProgrammeView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Programme p = programmes.get(id, actor());
        return ConditionalGet.ok(ProgrammeResponses.ProgrammeView.of(p), p.version, ifNoneMatch);
    }

    @POST
    @Path("/{id}/sessions")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "scheduleSession", summary = "Schedule a session", description = "Time, place, hours credited, capacity and "
            + "trainer; the answer carries the check-in code to show in the room. A capacity below the reserves enrolled is a 409.")
    @APIResponse(responseCode = "201", description = "Scheduled", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.SessionView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response schedule(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key,
                             @NotNull @Valid ProgrammeRequests.ScheduleSession request) {
        return idempotency.run(key, request, () -> {
            TrainingSession s = programmes.schedule(id, request.draft(), actor());
            return new Idempotency.Outcome(201, URI.create("/api/v1/sessions/" + s.id), ProgrammeResponses.SessionView.of(s, true), s.version);
        });
    }

    @GET
    @Path("/{id}/sessions")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listSessions", summary = "List a programme's sessions", description = "Earliest first (id breaks ties).")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageResponse<ProgrammeResponses.SessionView> sessions(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        boolean runsIt = programmes.runs(id, actor());
        return new PageResponse<>(programmes.sessions(id, actor(), page, size).stream().map(x -> ProgrammeResponses.SessionView.of(x, runsIt)).toList(),
                page, size, programmes.sessionCount(id));
    }

    @POST
    @Path("/{id}/enrolments")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "enrolReserves", summary = "Enrol reserves", description = "By list (candidateIds, at most 500) or by rule "
            + "(townshipCode: every reserve in the pool there). All or none: each must be a reserve in the pool of the programme's scope "
            + "and the caller's region (422 naming the entry), and the places must suffice (409 over-capacity). Reserves enrolled already are "
            + "listed, not enrolled twice.")
    @APIResponse(responseCode = "201", description = "Enrolled", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.EnrolmentResult.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response enrol(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ProgrammeRequests.Enrol request) {
        request.requireListOrTownship();
        return idempotency.run(key, request, () -> {
            Programmes.Enrolled e = programmes.enrol(id, request.candidateIds(), request.townshipCode(), actor());
            return new Idempotency.Outcome(201, URI.create("/api/v1/programmes/" + id + "/enrolments"), new ProgrammeResponses.EnrolmentResult(
                    e.enrolled().stream().map(ProgrammeResponses.EnrolmentView::of).toList(), e.alreadyEnrolled()));
        });
    }

    @GET
    @Path("/{id}/enrolments")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listEnrolments", summary = "List a programme's enrolments", description = "In enrolment order (id breaks ties).")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageResponse<ProgrammeResponses.EnrolmentView> enrolments(@PathParam("id") UUID id, @QueryParam("status") EnrolmentStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new PageResponse<>(programmes.enrolments(id, status, actor(), page, size).stream().map(ProgrammeResponses.EnrolmentView::of).toList(),
                page, size, programmes.enrolmentCount(id, status, actor()));
    }
}
