package org.reservoir.assessment.api;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.assessment.application.AppraisalCycles;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.AppraisalCycle;
import org.reservoir.infrastructure.api.ConditionalGet;
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/appraisal-cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Appraisal cycles", description = "半年考评: a county's half-yearly appraisal of every reserve on 德能勤绩廉 plus democratic appraisal")
public class AppraisalCycleResource {

    private final AppraisalCycles cycles;
    private final Idempotency idempotency;
    private final Caller caller;

    public AppraisalCycleResource(AppraisalCycles cycles, Idempotency idempotency, Caller caller) {
        this.cycles = cycles;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    private static Response ok(AppraisalCycle c) {
        return Response.ok(AppraisalResponses.CycleView.of(c)).tag(Versions.etag(c.version())).build();
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "createAppraisalCycle", summary = "Create an appraisal cycle (DRAFT)", description = "County admins, for "
            + "their county: the period, deadline, the five dimensions with weights summing to 100 and scoring guidance, the "
            + "democratic-appraisal weight, and optionally the day it opens by itself. One cycle per county and half year (409).")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = AppraisalResponses.CycleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(@HeaderParam(Idempotency.HEADER) String key,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = AppraisalRequests.CreateCycle.class),
                                   examples = @ExampleObject(name = "neixiang-2026-h1", summary = "Neixiang's mid-year appraisal, opening on 20 June", value = """
                                           {"countyCode":"411325000000","year":2026,"period":"MID_YEAR","opensOn":"2026-06-20","deadline":"2026-07-15",
                                            "dimensions":[{"dimension":"MORALITY","weight":20,"guidance":"政治立场坚定，遵守党纪国法，品行端正"},
                                             {"dimension":"ABILITY","weight":20,"guidance":"履职能力、群众工作能力"},
                                             {"dimension":"DILIGENCE","weight":20,"guidance":"出勤、参加集中帮带日和村级日常工作"},
                                             {"dimension":"PERFORMANCE","weight":30,"guidance":"承担任务的完成情况和实绩"},
                                             {"dimension":"INTEGRITY","weight":10,"guidance":"廉洁自律"}],
                                            "democraticWeight":30}""")))
                           @NotNull @Valid AppraisalRequests.CreateCycle request) {
        return idempotency.run(key, request, () -> {
            AppraisalCycle c = cycles.create(request.definition(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/appraisal-cycles/" + c.id), AppraisalResponses.CycleView.of(c), c.version());
        });
    }

    @GET
    @Operation(operationId = "listAppraisalCycles", summary = "List the county's appraisal cycles", description = "The caller's county, newest period first.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<AppraisalResponses.CycleView> list(@QueryParam("status") AppraisalCycle.Status status,
                                                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        return new PageResponse<>(cycles.list(actor, status, page, size).stream().map(AppraisalResponses.CycleView::of).toList(), page, size,
                cycles.count(actor, status));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAppraisalCycle", summary = "Get an appraisal cycle", description = "If-None-Match naming the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The cycle", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AppraisalResponses.CycleView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("id") UUID id, @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        AppraisalCycle c = cycles.get(id, Actor.of(caller));
        return ConditionalGet.ok(AppraisalResponses.CycleView.of(c), c.version(), ifNoneMatch);
    }

    @POST
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client attaches (curl -d '' sends a form type)
    @Path("/{id}/open")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "openAppraisalCycle", summary = "Open an appraisal cycle", description = "DRAFT → OPEN: one appraisal per "
            + "reserve in scope (in the pool, on probation or appointed from a reserve, as recruitment's events describe them). "
            + "Refused after the deadline. A cycle with opensOn also opens by itself on that day. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Opened", content = @Content(schema = @Schema(implementation = AppraisalResponses.CycleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response open(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(cycles.open(id, ifMatch, Actor.of(caller)));
    }

    @POST
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client attaches (curl -d '' sends a form type)
    @Path("/{id}/close")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "closeAppraisalCycle", summary = "Close an appraisal cycle", description = "OPEN → CLOSED: no more scores, "
            + "votes or grades. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = AppraisalResponses.CycleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(cycles.close(id, ifMatch, Actor.of(caller)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getAppraisalCycleHistory", summary = "History", description = "Every transition: who, when, why, oldest first.")
    @APIResponse(responseCode = "200", description = "The history")
    public List<AppraisalResponses.History> history(@PathParam("id") UUID id) {
        return cycles.history(id, Actor.of(caller)).stream().map(AppraisalResponses.History::of).toList();
    }
}
