package org.reservoir.training.api;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.ConditionalGet;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.training.application.Programmes;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.HoursRequirement;
import org.reservoir.training.domain.Programme;
import org.reservoir.training.persistence.ShortfallQuery;

import java.util.UUID;

/** Training hours (学时): the county's yearly minimum, a reserve's hours, the shortfall list. */
@Path("/api/v1/hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Hours", description = "学时: each reserve's yearly hours against the minimum the county requires")
public class HoursResource {

    private final Programmes programmes;
    private final ShortfallQuery shortfalls;
    private final Caller caller;

    public HoursResource(Programmes programmes, ShortfallQuery shortfalls, Caller caller) {
        this.programmes = programmes;
        this.shortfalls = shortfalls;
        this.caller = caller;
    }

    @PUT
    @Path("/requirements/{countyCode}/{year}")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "setHoursRequirement", summary = "Set the yearly minimum", description = "The hours each reserve of the county "
            + "must attend in the year. The first PUT creates it (201); changing it needs If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.RequirementView.class)))
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.RequirementView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response require(@PathParam("countyCode") @Pattern(regexp = "\\d{12}") String countyCode,
                            @PathParam("year") @Min(Programme.FIRST_YEAR) @Max(Programme.LAST_YEAR) int year,
                            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProgrammeRequests.Requirement request) {
        HoursRequirement r = programmes.require(countyCode, year, request.minimumHours(), ifMatch, Actor.of(caller));
        Response.ResponseBuilder answer = r.version == 0
                ? Response.created(java.net.URI.create("/api/v1/hours/requirements/" + countyCode + "/" + year))
                : Response.ok();
        return answer.entity(ProgrammeResponses.RequirementView.of(r)).tag(Versions.etag(r.version)).build();
    }

    @GET
    @Path("/requirements/{countyCode}/{year}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getHoursRequirement", summary = "Get the yearly minimum", description = "If-None-Match naming the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The requirement", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.RequirementView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response requirement(@PathParam("countyCode") @Pattern(regexp = "\\d{12}") String countyCode,
                                @PathParam("year") @Min(Programme.FIRST_YEAR) @Max(Programme.LAST_YEAR) int year,
                                @HeaderParam("If-None-Match") String ifNoneMatch) {
        HoursRequirement r = programmes.requirement(countyCode, year, Actor.of(caller));
        return ConditionalGet.ok(ProgrammeResponses.RequirementView.of(r), r.version, ifNoneMatch);
    }

    @GET
    @Path("/reserves/{candidateId}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getReserveHours", summary = "A reserve's hours", description = "Hours attended in the year against the county's minimum.")
    @APIResponse(responseCode = "200", description = "The hours", content = @Content(schema = @Schema(implementation = ProgrammeResponses.HoursView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ProgrammeResponses.HoursView hours(@PathParam("candidateId") UUID candidateId,
                                             @QueryParam("year") @NotNull @Min(Programme.FIRST_YEAR) @Max(Programme.LAST_YEAR) Integer year) {
        return ProgrammeResponses.HoursView.of(candidateId, programmes.hours(candidateId, year, Actor.of(caller)));
    }

    @GET
    @Path("/shortfalls")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listHoursShortfalls", summary = "The shortfall list", description = "Reserves in the pool of the caller's "
            + "region (region narrows it) whose hours in the year fall short of their county's minimum, biggest shortfall first "
            + "(candidate id breaks ties). Counties without a minimum for the year have nobody on it.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PageResponse<ProgrammeResponses.ShortfallView> shortfalls(
            @QueryParam("year") @NotNull @Min(Programme.FIRST_YEAR) @Max(Programme.LAST_YEAR) Integer year,
            @QueryParam("region") @Pattern(regexp = "\\d{12}") String region,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String within = caller.region().prefix();
        if (region != null) {
            DivisionCode code = DivisionCode.parse(region).orElseThrow(() -> ProblemException.unprocessable("region", "division-code", region));
            caller.requireJurisdiction(code);
            within = code.prefix();
        }
        return new PageResponse<>(shortfalls.find(within, year, page, size).stream().map(ProgrammeResponses.ShortfallView::of).toList(),
                page, size, shortfalls.count(within, year));
    }
}
