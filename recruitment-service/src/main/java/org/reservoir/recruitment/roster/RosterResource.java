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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.recruitment.domain.Actor;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1")
@Tag(name = "Roster import", description = "Township rosters (花名册) in XLSX or CSV, validated row by row like the API")
public class RosterResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RosterImports imports;
    private final Caller caller;

    @Context
    HttpHeaders headers;

    public RosterResource(RosterImports imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Path("/roster-template")
    @Produces({XLSX, "text/csv"})
    @RolesAllowed({Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN, Roles.SERVICE})
    @Operation(operationId = "getRosterTemplate", summary = "Download the roster template", description = "Chinese headers, an example row and a sheet of allowed values.")
    @APIResponse(responseCode = "200", description = "The template, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"roster-template.<format>\""),
            content = {@Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response template(@QueryParam("format") @DefaultValue("xlsx") @jakarta.validation.constraints.Pattern(regexp = "xlsx|csv") String format) {
        boolean csv = "csv".equals(format);
        return Response.ok(csv ? RosterTemplate.csv() : RosterTemplate.xlsx(), csv ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"roster-template." + format + "\"").build();
    }

    @GET
    @Path("/roster-imports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN})
    @Operation(operationId = "getRosterImport", summary = "An import job", description = "Progress (processed of totalRows) and, when finished, every row's outcome.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = RosterImport.class)))
    public RosterImport job(@PathParam("id") UUID id) {
        return imports.find(id, Actor.of(caller)).orElseThrow(() -> ProblemException.notFound("roster import", id));
    }
}
