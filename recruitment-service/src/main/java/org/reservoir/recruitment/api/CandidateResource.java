package org.reservoir.recruitment.api;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.domain.CandidateStatus;
import org.reservoir.recruitment.application.Candidates;
import org.reservoir.recruitment.application.Pool;
import org.reservoir.recruitment.domain.Channel;
import org.reservoir.recruitment.domain.EducationLevel;
import org.reservoir.recruitment.domain.PersonalData;
import org.reservoir.recruitment.domain.Pipeline;
import org.reservoir.recruitment.domain.PoliticalStatus;
import org.reservoir.recruitment.domain.SourceGroup;
import org.reservoir.recruitment.domain.Track;
import org.reservoir.recruitment.persistence.PoolQuery;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Candidates and reserves: registration, profile, eligibility, every pipeline step, history and the pool
 * queries. Steps need {@code If-Match}; who may take which step from which status is {@link Pipeline#TABLE}.
 */
@Path("/api/v1/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Candidates", description = "后备力量: from registration through vetting, admission, probation and election to appointment or exit")
public class CandidateResource {

    private final Candidates candidates;
    private final Pool pool;
    private final Idempotency idempotency;
    private final Caller caller;
    private final Clock clock;

    @Context
    HttpHeaders headers;

    public CandidateResource(Candidates candidates, Pool pool, Idempotency idempotency, Caller caller, Clock clock) {
        this.candidates = candidates;
        this.pool = pool;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    private Actor actor() {
        return Actor.of(caller);
    }

    private Response ok(Candidate c) {
        return Response.ok(view(c)).tag(Versions.etag(c.version())).build();
    }

    private CandidateResponses.CandidateView view(Candidate c) {
        return view(c, PersonalData.mayReadIdNumber(caller.roles()));
    }

    /**
     * The full ID number and the birth date only for roles that may read them ({@link PersonalData}), and never in a
     * body that is stored: the 201 answers like GET, an idempotent replay with the masked body kept at rest.
     */
    private CandidateResponses.CandidateView view(Candidate c, boolean revealIdNumber) {
        String idNumber = revealIdNumber ? candidates.idNumber(c) : PersonalData.maskedIdNumber(c.idNumberMasked);
        return CandidateResponses.CandidateView.of(c, idNumber, revealIdNumber, candidates.verdicts(c.id), LocalDate.now(clock),
                Messages.locale(headers));
    }

    @POST
    @RolesAllowed({Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN, Roles.SERVICE})
    @Operation(operationId = "registerCandidate", summary = "Register a candidate", description = "Checks the profile and the ID number (GB 11643), screens eligibility "
            + "against the campaign's rules and stores each rule's outcome. The same person twice in one county is a 409 naming the existing record.")
    @APIResponse(responseCode = "201", description = "Registered", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response register(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid CandidateRequests.Register request) {
        return idempotency.run(key, request, () -> {
            Candidate c = candidates.register(request.toRegistration(), actor());
            return new Idempotency.Outcome(201, URI.create("/api/v1/candidates/" + c.id), view(c), c.version(), view(c, false));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.REVIEWER, Roles.ASSESSOR, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "queryCandidates", summary = "Query the pool", description = "Candidates and reserves inside the caller's region (region narrows it further: "
            + "everything below that code), filtered, sorted (sort=field or -field; id breaks ties) and paginated with the total.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PageResponse<CandidateResponses.Summary> query(
            @QueryParam("region") @Pattern(regexp = "\\d{12}") @Parameter(description = "Division code; everything below it") String region,
            @QueryParam("status") @Parameter(description = "One or more statuses") List<CandidateStatus> status,
            @QueryParam("track") Track track,
            @QueryParam("sourceGroup") SourceGroup sourceGroup,
            @QueryParam("channel") Channel channel,
            @QueryParam("minAge") @Min(16) @Max(100) Integer minAge,
            @QueryParam("maxAge") @Min(16) @Max(100) Integer maxAge,
            @QueryParam("minEducation") EducationLevel minEducation,
            @QueryParam("politicalStatus") PoliticalStatus politicalStatus,
            @QueryParam("campaignId") UUID campaignId,
            @QueryParam("sort") @DefaultValue("registeredAt") @Pattern(regexp = "-?(registeredAt|name|birthDate|compositeScore|status)") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Set<CandidateStatus> statuses = status == null || status.isEmpty() ? EnumSet.noneOf(CandidateStatus.class) : EnumSet.copyOf(status);
        Pool.Found found = pool.find(region, new PoolQuery.Filter(null, statuses, track, sourceGroup, channel, minAge, maxAge, minEducation,
                politicalStatus, campaignId), sort, page, size, actor());
        LocalDate today = LocalDate.now(clock);
        boolean revealBirthDate = PersonalData.mayReadIdNumber(caller.roles());
        return new PageResponse<>(found.items().stream().map(c -> CandidateResponses.Summary.of(c, revealBirthDate, today)).toList(), page, size,
                found.total());
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.REVIEWER, Roles.ASSESSOR, Roles.VIEWER, Roles.SERVICE, Roles.RESERVE})
    @Path("/{id}")
    @Operation(operationId = "getCandidate", summary = "Get a candidate", description = "With each eligibility rule's reason, review verdicts, scores and the actions allowed now.")
    @APIResponse(responseCode = "200", description = "The candidate", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(candidates.get(id, actor()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN})
    @Operation(operationId = "updateCandidateProfile", summary = "Change the profile", description = "Screens eligibility again.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response updateProfile(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                  @NotNull @Valid CandidateRequests.UpdateProfile request) {
        return ok(candidates.updateProfile(id, request.changes(), ifMatch, actor()));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.REVIEWER, Roles.ASSESSOR, Roles.VIEWER, Roles.SERVICE, Roles.RESERVE})
    @Path("/{id}/history")
    @Operation(operationId = "getCandidateHistory", summary = "History", description = "Every transition and override: who, when, why, oldest first.")
    @APIResponse(responseCode = "200", description = "The history")
    public List<CandidateResponses.History> history(@PathParam("id") UUID id) {
        return candidates.history(id, actor()).stream().map(CandidateResponses.History::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client attaches (curl -d '' sends a form type)
    @Path("/{id}/eligibility/screen")
    @RolesAllowed({Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN})
    @Operation(operationId = "screenEligibility", summary = "Screen eligibility again", description = "Against the campaign's current rules; overrides of still-failing rules stay.")
    @APIResponse(responseCode = "200", description = "Screened", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    public Response screen(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(candidates.rescreen(id, ifMatch, actor()));
    }

    @POST
    @Path("/{id}/eligibility/{rule}/override")
    @RolesAllowed({Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN})
    @Operation(operationId = "overrideEligibilityRule", summary = "Override a failed rule", description = "Only before the township review, only with a written reason; audited in history.")
    @APIResponse(responseCode = "200", description = "Overridden", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response override(@PathParam("id") UUID id, @PathParam("rule") String rule, @HeaderParam("If-Match") String ifMatch,
                             @NotNull @Valid CandidateRequests.Override request) {
        return ok(candidates.overrideRule(id, rule, request.reason(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/township-review")
    @Operation(summary = "乡镇初审 (township review)", description = "REGISTERED → TOWNSHIP_APPROVED | TOWNSHIP_REJECTED; township officer or county admin. "
            + "A rejection needs a written reason.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response townshipReview(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                   @NotNull @Valid CandidateRequests.TownshipReview request) {
        return ok(candidates.townshipReview(id, request.decision() == CandidateRequests.Decision.APPROVE, request.reason(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/joint-review")
    @Operation(summary = "Open the county joint review (县级联审)", description = "TOWNSHIP_APPROVED → IN_JOINT_REVIEW naming up to 12 departments; county admin.")
    @APIResponse(responseCode = "200", description = "Opened", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response openJointReview(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                    @NotNull @Valid CandidateRequests.OpenJointReview request) {
        return ok(candidates.openJointReview(id, request.departments(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/joint-review/verdicts")
    @Operation(operationId = "recordReviewVerdict", summary = "Record the caller's department verdict", description = "Reviewer of a named department; any order. "
            + "One veto rejects (一票否决); all passes → VETTED.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response verdict(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CandidateRequests.Verdict request) {
        return ok(candidates.recordVerdict(id, request.verdict(), request.reason(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/admission")
    @Operation(operationId = "decideAdmission", summary = "Admit to the county pool, or not", description = "EVALUATED → ADMITTED (full-time) | IN_POOL (part-time) | NOT_ADMITTED; county admin; within quota.")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response admission(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CandidateRequests.Admission request) {
        return ok(candidates.admission(id, request.decision() == CandidateRequests.AdmissionDecision.ADMIT, request.reason(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/probation")
    @Operation(summary = "Start probation (试岗)", description = "ADMITTED → ON_PROBATION; planned end from the campaign's probation months.")
    @APIResponse(responseCode = "200", description = "Started", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response startProbation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                   @NotNull @Valid CandidateRequests.StartProbation request) {
        return ok(candidates.startProbation(id, request.start(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/probation/outcome")
    @Operation(summary = "Record the probation outcome", description = "ON_PROBATION → PROBATION_PASSED | PROBATION_FAILED (or from assessment's event). "
            + "A pass before the planned end needs a county admin and a written reason (409 probation-not-over naming plannedEnd otherwise).")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response probationOutcome(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                     @NotNull @Valid CandidateRequests.ProbationOutcome request) {
        return ok(candidates.probationOutcome(id, request.passed(), request.reason(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/election")
    @Operation(operationId = "recordElection", summary = "Record the election outcome", description = "PROBATION_PASSED → ELECTED (posts; 一肩挑 when secretary and director) | NOT_ELECTED.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response election(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CandidateRequests.Election request) {
        return ok(candidates.election(id, request.elected(), request.posts(), request.reason(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/appointment")
    @Operation(operationId = "appointCandidate", summary = "Appoint to the two committees", description = "ELECTED → APPOINTED; county admin.")
    @APIResponse(responseCode = "200", description = "Appointed", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response appoint(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid CandidateRequests.Appointment request) {
        return ok(candidates.appoint(id, request == null ? null : request.reason(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/move-to-full-time")
    @Operation(summary = "Call a part-time reserve to a vacancy", description = "IN_POOL → ADMITTED on the full-time track; county admin; "
            + "within the campaign's full-time quota (409 quota-full).")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response moveToFullTime(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                   @NotNull @Valid CandidateRequests.MoveToFullTime request) {
        return ok(candidates.moveToFullTime(id, request.villageCode(), request.post(), request.reason(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/return-to-pool")
    @Operation(summary = "Return to the part-time pool", description = "NOT_ELECTED | PROBATION_FAILED → IN_POOL; county admin.")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response returnToPool(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid CandidateRequests.ReturnToPool request) {
        return ok(candidates.returnToPool(id, request == null ? null : request.reason(), ifMatch, actor()));
    }

    @POST
    @Path("/{id}/exit")
    @Operation(operationId = "exitCandidate", summary = "Exit the pool (动态调整)", description = "Any active status → EXITED with a reason; county admin. Clears pending exit recommendations.")
    @APIResponse(responseCode = "200", description = "Exited", content = @Content(schema = @Schema(implementation = CandidateResponses.CandidateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response exit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CandidateRequests.Exit request) {
        return ok(candidates.exit(id, request.reason(), request.note(), ifMatch, actor()));
    }
}
