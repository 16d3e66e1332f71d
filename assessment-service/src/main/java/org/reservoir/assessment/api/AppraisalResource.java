package org.reservoir.assessment.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.assessment.application.Appraisals;
import org.reservoir.assessment.application.Evidence;
import org.reservoir.assessment.application.Proposals;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.Appraisal;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/appraisals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Appraisals", description = "One reserve's half-yearly appraisal: the township's 德能勤绩廉 scores, democratic appraisal, grade")
public class AppraisalResource {

    private final Appraisals appraisals;
    private final Proposals proposals;
    private final Evidence evidence;
    private final Caller caller;
    private final Clock clock;

    public AppraisalResource(Appraisals appraisals, Proposals proposals, Evidence evidence, Caller caller, Clock clock) {
        this.appraisals = appraisals;
        this.proposals = proposals;
        this.evidence = evidence;
        this.caller = caller;
        this.clock = clock;
    }

    private Response ok(Appraisal a) {
        return Response.ok(AppraisalResponses.AppraisalView.of(a, LocalDate.now(clock), proposals.forAppraisal(a.id), evidence.of(a)))
                .tag(Versions.etag(a.version())).build();
    }

    @GET
    @Operation(operationId = "listAppraisals", summary = "List appraisals", description = "Inside the caller's region, earliest deadline "
            + "first. overdue=true: open past the cycle's deadline (each is also announced once by reservoir.assessment.appraisal.overdue).")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<AppraisalResponses.AppraisalSummary> list(
            @QueryParam("cycleId") UUID cycleId, @QueryParam("status") Appraisal.Status status,
            @QueryParam("overdue") @Parameter(description = "true: only overdue; false: only not overdue; absent: all") Boolean overdue,
            @QueryParam("villageCode") @Pattern(regexp = "^\\d{12}$") String villageCode, @QueryParam("candidateId") UUID candidateId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        Appraisals.Filter filter = new Appraisals.Filter(cycleId, status, overdue, villageCode, candidateId);
        LocalDate today = LocalDate.now(clock);
        return new PageResponse<>(appraisals.list(actor, filter, page, size).stream().map(a -> AppraisalResponses.AppraisalSummary.of(a, today))
                .toList(), page, size, appraisals.count(actor, filter));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAppraisal", summary = "Get an appraisal", description = "With its proposals and the training evidence "
            + "(hours credited, mentorship follow-ups) of its half year.")
    @APIResponse(responseCode = "200", description = "The appraisal", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AppraisalResponses.AppraisalView.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(appraisals.get(id, Actor.of(caller)));
    }

    @PUT
    @Path("/{id}/scores")
    @RolesAllowed({Roles.TOWNSHIP_OFFICER, Roles.ASSESSOR, Roles.COUNTY_ADMIN})
    @Operation(operationId = "recordAppraisalScores", summary = "Record the committee's dimension scores", description = "The township "
            + "(officer or assessor) of the reserve's village, or the county: scores 0..100 with at most two decimals for some or all "
            + "dimensions; a score given again replaces the old one (kept in history). Only while the appraisal is open. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = AppraisalResponses.AppraisalView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response recordScores(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @NotNull @Valid AppraisalRequests.RecordScores request) {
        return ok(appraisals.recordScores(id, request.scores(), ifMatch, Actor.of(caller)));
    }

    @PUT
    @Path("/{id}/votes")
    @RolesAllowed({Roles.TOWNSHIP_OFFICER, Roles.ASSESSOR, Roles.COUNTY_ADMIN})
    @Operation(operationId = "recordDemocraticVotes", summary = "Record the democratic appraisal", description = "Ballots per grade "
            + "(优秀/称职/基本称职/不称职) from villagers and from party members; a group recorded again is replaced. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = AppraisalResponses.AppraisalView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response recordVotes(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                @NotNull @Valid AppraisalRequests.RecordVotes request) {
        return ok(appraisals.recordVotes(id, request.groups(), ifMatch, Actor.of(caller)));
    }

    @POST
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client attaches (curl -d '' sends a form type)
    @Path("/{id}/grade")
    @RolesAllowed({Roles.TOWNSHIP_OFFICER, Roles.ASSESSOR, Roles.COUNTY_ADMIN})
    @Operation(operationId = "gradeAppraisal", summary = "Grade the appraisal", description = "Once every dimension is scored and "
            + "ballots are recorded (409 appraisal-incomplete otherwise): the total (committee score and democratic score weighed by the "
            + "cycle, rounded half-up to 2 places) and the grade by the shipped rule table; dynamic adjustment's proposals are made "
            + "at once and reservoir.assessment.appraisal.graded is published. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Graded", content = @Content(schema = @Schema(implementation = AppraisalResponses.AppraisalView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response grade(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(appraisals.grade(id, ifMatch, Actor.of(caller)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getAppraisalHistory", summary = "History", description = "Every score, vote, grade: who, when, what it replaced.")
    @APIResponse(responseCode = "200", description = "The history")
    public List<AppraisalResponses.History> history(@PathParam("id") UUID id) {
        return appraisals.history(id, Actor.of(caller)).stream().map(AppraisalResponses.History::of).toList();
    }
}
