package org.reservoir.assessment.api;

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
import org.reservoir.assessment.application.Evaluations;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.Evaluation;
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Evaluations", description = "选拔测评: written test, the panel's structured interview, field visit, democratic recommendation; "
        + "sealing publishes assessment.evaluation.v1. Township assessors act in their township, county admins county-wide.")
public class EvaluationResource {

    private final Evaluations evaluations;
    private final Idempotency idempotency;
    private final Caller caller;

    public EvaluationResource(Evaluations evaluations, Idempotency idempotency, Caller caller) {
        this.evaluations = evaluations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    private EvaluationRequests.EvaluationView view(Evaluation e) {
        return EvaluationRequests.EvaluationView.of(e, evaluations.plan(e).minRaters, Evaluations.currentSheets(e.candidateId), caller.id());
    }

    private Response ok(Evaluation e) {
        return Response.ok(view(e)).tag(Versions.etag(e.version())).build();
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.ASSESSOR})
    @Operation(operationId = "openEvaluation", summary = "Open a candidate's evaluation",
            description = "For a candidate recruitment has VETTED (409 candidate-not-vetted) whose campaign has a plan (409 evaluation-plan-missing); "
                    + "one per candidate (409 evaluation-exists). The evaluation's id is the candidate id.")
    @APIResponse(responseCode = "201", description = "Opened", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = EvaluationRequests.EvaluationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response open(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid EvaluationRequests.Open request) {
        return idempotency.run(key, request, () -> {
            Evaluation e = evaluations.open(request.candidateId(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/evaluations/" + e.candidateId), view(e), e.version());
        });
    }

    @GET
    @Path("/{candidateId}")
    @Operation(operationId = "getEvaluation", summary = "A candidate's evaluation",
            description = "Before sealing a rater sees only their own interview sheet; after sealing every sheet and the result.")
    @APIResponse(responseCode = "200", description = "The evaluation", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = EvaluationRequests.EvaluationView.class)))
    public Response get(@PathParam("candidateId") UUID candidateId) {
        return ok(evaluations.get(candidateId, Actor.of(caller)));
    }

    @GET
    @Path("/{candidateId}/history")
    @Operation(operationId = "getEvaluationHistory", summary = "An evaluation's history",
            description = "Every score entered (replaced interview sheets included), the sealing and each correction: who, role, when, why.")
    @APIResponse(responseCode = "200", description = "Oldest first")
    public List<EvaluationRequests.HistoryView> history(@PathParam("candidateId") UUID candidateId) {
        return evaluations.history(candidateId, Actor.of(caller)).stream().map(EvaluationRequests.HistoryView::of).toList();
    }

    @PUT
    @Path("/{candidateId}/written-test")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.ASSESSOR})
    @Operation(operationId = "enterWrittenTest", summary = "Enter the written test score", description = "While OPEN (409 evaluation-sealed after); needs If-Match.")
    @APIResponse(responseCode = "200", description = "Entered", content = @Content(schema = @Schema(implementation = EvaluationRequests.EvaluationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response writtenTest(@PathParam("candidateId") UUID candidateId, @HeaderParam("If-Match") String ifMatch,
                                @NotNull @Valid EvaluationRequests.WrittenTest request) {
        return ok(evaluations.enterWrittenTest(candidateId, request.score(), ifMatch, Actor.of(caller)));
    }

    @PUT
    @Path("/{candidateId}/field-visit")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.ASSESSOR})
    @Operation(operationId = "enterFieldVisit", summary = "Record the field visit", description = "Households visited, people talked to, findings, score; needs If-Match.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = EvaluationRequests.EvaluationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response fieldVisit(@PathParam("candidateId") UUID candidateId, @HeaderParam("If-Match") String ifMatch,
                               @NotNull @Valid EvaluationRequests.FieldVisit request) {
        return ok(evaluations.enterFieldVisit(candidateId, request.householdsVisited(), request.peopleTalkedTo(), request.findings(),
                request.score(), ifMatch, Actor.of(caller)));
    }

    @PUT
    @Path("/{candidateId}/democratic-recommendation")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.ASSESSOR})
    @Operation(operationId = "enterDemocraticRecommendation", summary = "Record the democratic recommendation",
            description = "Votes for and votes cast; only when the plan has DEMOCRATIC_RECOMMENDATION (422 component-not-in-plan); needs If-Match.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = EvaluationRequests.EvaluationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response votes(@PathParam("candidateId") UUID candidateId, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid EvaluationRequests.Votes request) {
        return ok(evaluations.enterVotes(candidateId, request.votesFor(), request.votesTotal(), ifMatch, Actor.of(caller)));
    }

    @PUT
    @Path("/{candidateId}/interview-sheets/mine")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(operationId = "enterInterviewSheet", summary = "Enter the caller's own interview sheet",
            description = "A panel member (403 not-on-panel otherwise) scores every criterion of the plan's sheet; a later sheet replaces "
                    + "the caller's own before sealing (the replaced one stays in the history); 409 evaluation-sealed after. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Entered", content = @Content(schema = @Schema(implementation = EvaluationRequests.EvaluationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response sheet(@PathParam("candidateId") UUID candidateId, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid EvaluationRequests.Sheet request) {
        return ok(evaluations.enterSheet(candidateId, request.scores(), ifMatch, Actor.of(caller)));
    }

    @POST
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client attaches (curl -d '' sends a form type)
    @Path("/{candidateId}/seal")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.ASSESSOR})
    @Operation(operationId = "sealEvaluation", summary = "Seal: compute the result and publish it",
            description = "OPEN → SEALED. Needs every planned component and at least minRaters sheets (409 evaluation-incomplete, member "
                    + "missing). Interview = mean of the sheets' totals, the highest and lowest dropped from trimFrom sheets on, HALF_UP to 2 places; "
                    + "each weighted part = score × weight ÷ maxScore, HALF_UP to 2 places; composite = their exact sum; passed = composite ≥ "
                    + "pass line; rank among the campaign's sealed results (ties by the plan's tieBreak). Publishes "
                    + "reservoir.assessment.evaluation.completed. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Sealed", content = @Content(schema = @Schema(implementation = EvaluationRequests.EvaluationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response seal(@PathParam("candidateId") UUID candidateId, @HeaderParam("If-Match") String ifMatch) {
        return ok(evaluations.seal(candidateId, ifMatch, Actor.of(caller)));
    }

    @POST
    @Path("/{candidateId}/corrections")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "correctEvaluation", summary = "Correct a sealed result",
            description = "County admin, with a reason: replaces written test, field visit score or votes, recomputes, raises resultVersion "
                    + "and publishes the result again. 409 correction-too-late once recruitment moved the candidate past EVALUATED. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = EvaluationRequests.EvaluationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response correct(@PathParam("candidateId") UUID candidateId, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid EvaluationRequests.Correction request) {
        return ok(evaluations.correct(candidateId, request.command(), ifMatch, Actor.of(caller)));
    }
}
