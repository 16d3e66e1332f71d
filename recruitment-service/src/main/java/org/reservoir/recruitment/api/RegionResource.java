package org.reservoir.recruitment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.ConditionalGet;
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.Region;
import org.reservoir.recruitment.application.RegionDirectory;
import org.reservoir.recruitment.domain.RegionLevel;

import java.net.URI;
import java.util.List;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "行政区划: the county → township → village directory every other context projects")
public class RegionResource {

    private static final String CODE = "\\d{12}";

    private final RegionDirectory directory;
    private final Idempotency idempotency;
    private final Caller caller;

    public RegionResource(RegionDirectory directory, Idempotency idempotency, Caller caller) {
        this.directory = directory;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.SERVICE})
    @Operation(operationId = "createRegion", summary = "Create a region", description = "Level and parent follow from the code; the parent must exist and be active.")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = RegionResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Repeat-safe creation key") String key,
                           @NotNull @Valid RegionRequests.CreateRegion request) {
        return idempotency.run(key, request, () -> {
            Region r = directory.create(List.of(request.draft()), false, actor()).get(0);
            return new Idempotency.Outcome(201, URI.create("/api/v1/regions/" + r.code), RegionResponse.of(r), r.version);
        });
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.SERVICE})
    @Operation(operationId = "createRegions", summary = "Create many regions at once", description = "All or nothing: every problem is reported as regions[i].field.")
    @APIResponse(responseCode = "201", description = "All created, in parent-first order",
            content = @Content(schema = @Schema(implementation = RegionResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response bulkCreate(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Repeat-safe creation key") String key,
                               @NotNull @Valid RegionRequests.CreateRegions request) {
        return idempotency.run(key, request, () -> new Idempotency.Outcome(201, null,
                directory.create(request.regions().stream().map(RegionRequests.CreateRegion::draft).toList(), true, actor())
                        .stream().map(RegionResponse::of).toList()));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.REVIEWER, Roles.ASSESSOR, Roles.MENTOR, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getRegion", summary = "Get a region", description = "If-None-Match naming the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The region", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RegionResponse.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("code") @Pattern(regexp = CODE) String code, @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        Region r = directory.read(code, actor());
        return ConditionalGet.ok(RegionResponse.of(r), r.version, ifNoneMatch);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.REVIEWER, Roles.ASSESSOR, Roles.MENTOR, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listRegions", summary = "List regions", description = "Within the caller's region, ordered by code; filter by parent, level, name (contains) and active.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<RegionResponse> list(
            @QueryParam("parent") @Pattern(regexp = CODE) String parent,
            @QueryParam("level") @Pattern(regexp = "COUNTY|TOWNSHIP|VILLAGE") @Parameter(description = "COUNTY, TOWNSHIP or VILLAGE") String level,
            @QueryParam("name") @Size(max = 100) String name,
            @QueryParam("active") Boolean active,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        RegionDirectory.Query query = new RegionDirectory.Query(parent, level == null ? null : RegionLevel.valueOf(level), name, active);
        List<RegionResponse> items = directory.list(query, actor(), page, size).stream().map(RegionResponse::of).toList();
        return new PageResponse<>(items, page, size, directory.count(query, actor()));
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.SERVICE})
    @Operation(operationId = "updateRegion", summary = "Rename a region or change a village's attributes", description = "Needs If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RegionResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response update(@PathParam("code") @Pattern(regexp = CODE) String code,
                           @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid RegionRequests.UpdateRegion request) {
        Region r = directory.update(code, ifMatch, request.changes(), actor());
        return Response.ok(RegionResponse.of(r)).tag(Versions.etag(r.version)).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client attaches (curl -d '' sends a form type)
    @Path("/{code}/deactivate")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.SERVICE})
    @Operation(operationId = "deactivateRegion", summary = "Deactivate a region", description = "Only once all its children are inactive; needs If-Match.")
    @APIResponse(responseCode = "200", description = "Deactivated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RegionResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response deactivate(@PathParam("code") @Pattern(regexp = CODE) String code, @HeaderParam("If-Match") String ifMatch) {
        Region r = directory.deactivate(code, ifMatch, actor());
        return Response.ok(RegionResponse.of(r)).tag(Versions.etag(r.version)).build();
    }

    private Actor actor() {
        return Actor.of(caller);
    }
}
