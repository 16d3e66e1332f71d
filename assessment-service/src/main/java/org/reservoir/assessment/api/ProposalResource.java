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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.assessment.application.Proposals;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.Proposal;
import org.reservoir.assessment.domain.ProposalKind;
import org.reservoir.assessment.domain.ProposalStatus;
import org.reservoir.infrastructure.api.ConditionalGet;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/adjustment-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Adjustment proposals", description = "动态调整: key cultivation (重点培养) or exit (调整退出) proposed by a grade, decided by the county")
public class ProposalResource {

    private final Proposals proposals;
    private final Caller caller;

    public ProposalResource(Proposals proposals, Caller caller) {
        this.proposals = proposals;
        this.caller = caller;
    }

    private static Response ok(Proposal p) {
        return Response.ok(AppraisalResponses.ProposalView.of(p)).tag(Versions.etag(p.version())).build();
    }

    @GET
    @Operation(operationId = "listAdjustmentProposals", summary = "List proposals", description = "Inside the caller's region, oldest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<AppraisalResponses.ProposalView> list(@QueryParam("status") ProposalStatus status, @QueryParam("kind") ProposalKind kind,
                                                              @QueryParam("appraisalId") UUID appraisalId, @QueryParam("cycleId") UUID cycleId,
                                                              @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        Proposals.Filter filter = new Proposals.Filter(status, kind, appraisalId, cycleId);
        return new PageResponse<>(proposals.list(actor, filter, page, size).stream().map(AppraisalResponses.ProposalView::of).toList(),
                page, size, proposals.count(actor, filter));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdjustmentProposal", summary = "Get a proposal", description = "If-None-Match naming the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The proposal", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AppraisalResponses.ProposalView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("id") UUID id, @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        Proposal p = proposals.get(id, Actor.of(caller));
        return ConditionalGet.ok(AppraisalResponses.ProposalView.of(p), p.version(), ifNoneMatch);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "acceptAdjustmentProposal", summary = "Accept a proposal", description = "The county admin, with a reason: "
            + "publishes reservoir.assessment.proposal.decided; recruitment marks the reserve for key cultivation or exits it "
            + "(ADJUSTED_OUT). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = AppraisalResponses.ProposalView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AppraisalRequests.Decide request) {
        return ok(proposals.decide(id, true, request.reason(), ifMatch, Actor.of(caller)));
    }

    @POST
    @Path("/{id}/dismiss")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "dismissAdjustmentProposal", summary = "Dismiss a proposal", description = "The county admin keeps things "
            + "as they are, with a reason (audited, published as reservoir.assessment.proposal.decided). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Dismissed", content = @Content(schema = @Schema(implementation = AppraisalResponses.ProposalView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response dismiss(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AppraisalRequests.Decide request) {
        return ok(proposals.decide(id, false, request.reason(), ifMatch, Actor.of(caller)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getAdjustmentProposalHistory", summary = "History", description = "Proposed and decided: who, when, why.")
    @APIResponse(responseCode = "200", description = "The history")
    public List<AppraisalResponses.History> history(@PathParam("id") UUID id) {
        return proposals.history(id, Actor.of(caller)).stream().map(AppraisalResponses.History::of).toList();
    }
}
