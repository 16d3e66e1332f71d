package org.reservoir.recruitment.api;

import org.reservoir.recruitment.application.Candidates;
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
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.Campaign;
import org.reservoir.recruitment.application.Campaigns;
import org.reservoir.recruitment.domain.Channel;
import org.reservoir.recruitment.domain.EligibilityRuleSet;
import org.reservoir.recruitment.domain.SourceGroup;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Campaigns", description = "招募计划: quotas, entry standards, probation length (the evaluation plan is assessment-service's)")
public class CampaignResource {

    private final Campaigns campaigns;
    private final Idempotency idempotency;
    private final Caller caller;

    public CampaignResource(Campaigns campaigns, Idempotency idempotency, Caller caller) {
        this.campaigns = campaigns;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @Schema(name = "Campaign")
    public record CampaignView(UUID id, String name, String scopeCode, String countyCode, LocalDate startsOn, LocalDate endsOn,
                               List<Campaign.Vacancy> vacancies, int fullTimeQuota, int partTimeQuota, java.util.Set<SourceGroup> sourceGroups,
                               java.util.Set<Channel> channels,
                               EligibilityRuleSet eligibility, int probationMonths,
                               Campaign.Status status, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static CampaignView of(Campaign c) {
            return new CampaignView(c.id, c.name, c.scopeCode, c.countyCode, c.startsOn, c.endsOn, c.vacancies, c.fullTimeQuota,
                    c.partTimeQuota, c.sourceGroups, c.channels, c.eligibility, c.probationMonths,
                    c.status(), c.version(), c.createdAt, c.updatedAt());
        }
    }

    private static Response ok(Campaign c) {
        return Response.ok(CampaignView.of(c)).tag(Versions.etag(c.version())).build();
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "createCampaign", summary = "Create a campaign (DRAFT)", description = "County admins for their county or a township in it; township officers for their township.")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid CampaignRequests.Create request) {
        return idempotency.run(key, request, () -> {
            Campaign c = campaigns.create(request.draft(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/campaigns/" + c.id), CampaignView.of(c), c.version());
        });
    }

    @GET
    @Operation(operationId = "listCampaigns", summary = "List campaigns", description = "Inside the caller's region, oldest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<CampaignView> list(@QueryParam("status") Campaign.Status status,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        return new PageResponse<>(campaigns.list(actor, status, page, size).stream().map(CampaignView::of).toList(), page, size,
                campaigns.count(actor, status));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCampaign", summary = "Get a campaign", description = "If-None-Match naming the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The campaign", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("id") UUID id, @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        Campaign c = campaigns.get(id, Actor.of(caller));
        return ConditionalGet.ok(CampaignView.of(c), c.version(), ifNoneMatch);
    }

    @POST
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client attaches (curl -d '' sends a form type)
    @Path("/{id}/open")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "openCampaign", summary = "Open a campaign", description = "DRAFT → OPEN: candidates may register. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Opened", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response open(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(campaigns.open(id, ifMatch, Actor.of(caller)));
    }

    @POST
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client attaches (curl -d '' sends a form type)
    @Path("/{id}/close")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "closeCampaign", summary = "Close a campaign", description = "OPEN → CLOSED: no more registrations; the pipeline goes on. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(campaigns.close(id, ifMatch, Actor.of(caller)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getCampaignHistory", summary = "History", description = "Creation, opening and closing: who, when, why, oldest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<CampaignHistoryEntry> history(@PathParam("id") UUID id,
                                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new PageResponse<>(campaigns.history(id, Actor.of(caller), page, size).stream().map(CampaignHistoryEntry::of).toList(), page,
                size, campaigns.historyCount(id));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.REVIEWER, Roles.ASSESSOR, Roles.VIEWER, Roles.SERVICE})
    @Path("/{id}/report")
    @Operation(operationId = "getCampaignReport", summary = "Campaign report", description = "Candidates by status, track, source group and channel; places taken against quotas.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Campaigns.Report.class)))
    public Campaigns.Report report(@PathParam("id") UUID id) {
        return campaigns.report(id, Actor.of(caller));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.REVIEWER, Roles.ASSESSOR, Roles.VIEWER, Roles.SERVICE})
    @Path("/{id}/ranking")
    @Operation(operationId = "getCampaignRanking", summary = "Ranking per village and post", description = "Evaluated (and admitted) candidates by composite score, "
            + "grouped by village and post, for the county's admission decision.")
    @APIResponse(responseCode = "200", description = "village code → post → ranked candidates")
    public Map<String, Map<String, List<Campaigns.Ranked>>> ranking(@PathParam("id") UUID id) {
        return campaigns.ranking(id, Actor.of(caller));
    }
}
