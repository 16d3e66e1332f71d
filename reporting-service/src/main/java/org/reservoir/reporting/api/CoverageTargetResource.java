package org.reservoir.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.reservoir.infrastructure.api.ConditionalGet;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.reporting.application.CoverageTargets;

@Path("/api/v1/coverage-targets/{countyCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage targets", description = "How many reserves each village of a county should have (default 2–3)")
public class CoverageTargetResource {

    private final CoverageTargets targets;

    public CoverageTargetResource(CoverageTargets targets) {
        this.targets = targets;
    }

    @Schema(name = "CoverageTargetRequest", description = "Reserves per village: at least min, at most max (omit max for \"at least\")")
    public record TargetRequest(
            @NotNull @Min(1) @Max(50) @Schema(example = "3") Integer min,
            @Min(1) @Max(50) @Schema(description = "Omitted: no upper bound (Shangdu: at least 3)", example = "5") Integer max) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getCoverageTarget", summary = "A county's coverage target",
            description = "The default 2–3 (version 0) until the county sets one. If-None-Match naming the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The target", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = CoverageTargets.View.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response get(@PathParam("countyCode") @Pattern(regexp = "\\d{12}") String countyCode,
                        @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        CoverageTargets.View view = targets.get(countyCode);
        return ConditionalGet.ok(view, view.version(), ifNoneMatch);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "setCoverageTarget", summary = "Set a county's coverage target",
            description = "County admins of the county only. If-Match names the version read (\"0\" for a county still on the default). "
                    + "Coverage reports and the village-below-target alerts use it from their next evaluation.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TargetRequest.class),
            examples = @ExampleObject(name = "Shangdu", summary = "at least 3 per village", value = "{\"min\":3}")))
    @APIResponse(responseCode = "200", description = "The target set", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = CoverageTargets.View.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response set(@PathParam("countyCode") @Pattern(regexp = "\\d{12}") String countyCode, @HeaderParam("If-Match") String ifMatch,
                        @NotNull @Valid TargetRequest request) {
        CoverageTargets.View view = targets.set(countyCode, request.min(), request.max(), ifMatch);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
