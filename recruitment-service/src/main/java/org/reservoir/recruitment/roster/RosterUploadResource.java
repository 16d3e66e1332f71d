package org.reservoir.recruitment.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.MaxBodySize;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.recruitment.domain.Actor;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/campaigns/{id}/roster-imports")
@Tag(name = "Roster import")
public class RosterUploadResource {

    /** Also the server-wide quarkus.http.limits.max-body-size (application.properties), which must not be lower. */
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private final RosterImports imports;
    private final Caller caller;

    @Context
    HttpHeaders headers;

    public RosterUploadResource(RosterImports imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes({RosterResource.XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN})
    @MaxBodySize(MAX_BYTES)
    @Operation(operationId = "importRoster", summary = "Import a roster", description = "The file is the request body (XLSX or CSV, at most 20 MB). Up to "
            + RosterImports.SYNCHRONOUS_ROWS + " rows: 201 with the report. More: 202 and a job to poll. Rows already registered "
            + "in the county are skipped, so the same file can be uploaded again safely.")
    @RequestBody(content = {@Content(mediaType = RosterResource.XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "Finished; the report", headers = @Header(name = "Location", description = "The import job"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterImport.class)))
    @APIResponse(responseCode = "202", description = "Running; poll the Location", headers = @Header(name = "Location", description = "The import job to poll"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterImport.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response upload(@PathParam("id") @Parameter(description = "The campaign") UUID campaignId,
                           @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
                           @HeaderParam("X-File-Name") @Parameter(description = "The uploaded file's name, quoted in the report") String fileName, byte[] file) {
        if (file == null || file.length == 0 || file.length > MAX_BYTES) {
            throw ProblemException.unprocessable("file", "roster-size", MAX_BYTES / (1024 * 1024));
        }
        RosterImport job = imports.start(campaignId, file, contentType, fileName, Actor.of(caller), Messages.locale(headers));
        boolean done = job.status != RosterImport.Status.RUNNING;
        return Response.status(done ? 201 : 202).location(URI.create("/api/v1/roster-imports/" + job.id)).entity(job).build();
    }

}
