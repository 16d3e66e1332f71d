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
import org.reservoir.assessment.application.CriteriaTemplates;
import org.reservoir.assessment.application.EvaluationPlans;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.CriteriaTemplate;
import org.reservoir.assessment.domain.EvaluationPlan;
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Evaluation plans", description = "测评方案: components, weights, maximum scores, pass line, tie-break order, interview sheet and panel")
public class EvaluationPlanResource {

    private final EvaluationPlans plans;
    private final CriteriaTemplates templates;
    private final Idempotency idempotency;
    private final Caller caller;

    public EvaluationPlanResource(EvaluationPlans plans, CriteriaTemplates templates, Idempotency idempotency, Caller caller) {
        this.plans = plans;
        this.templates = templates;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    private Response ok(EvaluationPlan p) {
        return Response.ok(PlanRequests.PlanView.of(p, plans.scoringStarted(p.id))).tag(Versions.etag(p.version)).build();
    }

    @POST
    @Path("/campaigns/{campaignId}/evaluation-plan")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "createEvaluationPlan", summary = "Set a campaign's evaluation plan",
            description = "County admin of the campaign's county. One plan per campaign (409 evaluation-plan-exists). Weights must sum to 100, "
                    + "WRITTEN_TEST, INTERVIEW and FIELD_VISIT are required, the INTERVIEW maxScore equals the criteria sheet's total (422).")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = PlanRequests.PlanView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(@PathParam("campaignId") UUID campaignId, @HeaderParam(Idempotency.HEADER) String key,
                           @NotNull @Valid PlanRequests.PlanRequest request) {
        return idempotency.run(key, List.of(campaignId, request), () -> {
            EvaluationPlan p = plans.create(campaignId, request.draft(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/campaigns/" + campaignId + "/evaluation-plan"),
                    PlanRequests.PlanView.of(p, false), p.version);
        });
    }

    @GET
    @Path("/campaigns/{campaignId}/evaluation-plan")
    @Operation(operationId = "getEvaluationPlan", summary = "A campaign's evaluation plan")
    @APIResponse(responseCode = "200", description = "The plan", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PlanRequests.PlanView.class)))
    public Response get(@PathParam("campaignId") UUID campaignId) {
        return ok(plans.get(campaignId, Actor.of(caller)));
    }

    @PUT
    @Path("/campaigns/{campaignId}/evaluation-plan")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "updateEvaluationPlan", summary = "Change a campaign's evaluation plan",
            description = "Replaces the plan; needs If-Match. Refused (409 evaluation-plan-locked) once any score, vote or interview sheet was entered.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = PlanRequests.PlanView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response update(@PathParam("campaignId") UUID campaignId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid PlanRequests.PlanRequest request) {
        return ok(plans.update(campaignId, request.draft(), ifMatch, Actor.of(caller)));
    }

    @GET
    @Path("/criteria-templates")
    @Operation(operationId = "listCriteriaTemplates", summary = "Interview criteria sheets",
            description = "The sheets shipped with the service: 三高三强 (three-highs-three-strengths) and 五比五看 (five-comparisons).")
    @APIResponse(responseCode = "200", description = "Every sheet")
    public List<CriteriaTemplate> templates() {
        return templates.all();
    }

    @GET
    @Path("/criteria-templates/{key}")
    @Operation(operationId = "getCriteriaTemplate", summary = "One interview criteria sheet")
    @APIResponse(responseCode = "200", description = "The sheet", content = @Content(schema = @Schema(implementation = CriteriaTemplate.class)))
    public CriteriaTemplate template(@PathParam("key") String key) {
        return templates.find(key).orElseThrow(() -> ProblemException.notFound("criteria-template", key));
    }
}
