package org.reservoir.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.reporting.application.ExportFiles;
import org.reservoir.reporting.application.ReportExports;
import org.reservoir.reporting.application.ReportKind;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/report-exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report exports", description = "A report as an XLSX (one sheet per section, Chinese headers) or CSV file, made by a job")
public class ReportExportResource {

    private final ReportExports exports;
    private final Idempotency idempotency;

    public ReportExportResource(ReportExports exports, Idempotency idempotency) {
        this.exports = exports;
        this.idempotency = idempotency;
    }

    @Schema(name = "ReportExportRequest", description = "Which report, for which region (default: the caller's) and campaign, in which format")
    public record ExportRequest(@NotNull @Schema(example = "COVERAGE") ReportKind report,
                                @Pattern(regexp = "\\d{12}") @Schema(example = "652327000000") String region,
                                UUID campaignId,
                                @NotNull @Schema(example = "XLSX") ExportFiles.Format format) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "requestReportExport", summary = "Export a report",
            description = "202 with Location: poll it until status is FINISHED (or FAILED with failureReason), then GET downloadUrl. The region and "
                    + "campaign are checked now, as for the report itself.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExportRequest.class),
            examples = @ExampleObject(name = "coverage", value = "{\"report\":\"COVERAGE\",\"region\":\"652327000000\",\"format\":\"XLSX\"}")))
    @APIResponse(responseCode = "202", description = "Accepted", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ReportExports.View.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response request(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Repeat-safe creation key") String key,
                            @NotNull @Valid ExportRequest request) {
        return idempotency.run(key, request, () -> {
            ReportExports.View view = exports.request(request.report(), request.region(), request.campaignId(), request.format());
            return new Idempotency.Outcome(202, URI.create("/api/v1/report-exports/" + view.id()), view);
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getReportExport", summary = "An export's progress", description = "Exports of regions outside the caller's are 404.")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(schema = @Schema(implementation = ReportExports.View.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReportExports.View get(@PathParam("id") UUID id) {
        return exports.get(id);
    }

    @GET
    @Path("/{id}/file")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "downloadReportExport", summary = "Download an export's file", description = "409 export-not-ready until it is FINISHED.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response download(@PathParam("id") UUID id) {
        ReportExports.File file = exports.file(id);
        return Response.ok(file.content()).type(file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").build();
    }
}
