package org.reservoir.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.reporting.domain.RegionSummaries;

@Path("/api/v1/reports/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Region reports", description = "What lies under a division code, from the region projection")
public class RegionReportResource {

    private final RegionSummaries summaries;
    private final Caller caller;

    public RegionReportResource(RegionSummaries summaries, Caller caller) {
        this.summaries = summaries;
        this.caller = caller;
    }

    @GET
    @Path("/{code}/summary")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.REVIEWER, Roles.ASSESSOR, Roles.MENTOR, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getRegionSummary", summary = "Townships and villages under a division code",
            description = "Counts active regions below the code (the code itself excluded). Eventually consistent: "
                    + "it reflects the recruitment.region.v1 events consumed so far; asOf is the newest change counted.")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = RegionSummaries.Summary.class),
            examples = @ExampleObject(name = "Jimsar", value = """
                    {"code":"652327000000","name":"吉木萨尔县","level":"COUNTY","townships":9,"villages":57,
                     "villagesByType":{"COMPLEX":11,"INDUSTRY":11,"POOR":12,"SPECIALISED":11,"WEAK":12},
                     "committeeSeats":342,"secretaryDirectorOnePersonVillages":15,"asOf":"2026-11-22T08:00:00Z"}""")))
    public RegionSummaries.Summary summary(@PathParam("code") @Pattern(regexp = "\\d{12}") String code) {
        DivisionCode division = DivisionCode.parse(code)
                .orElseThrow(() -> ProblemException.unprocessable("code", "division-code", code));
        caller.requireJurisdiction(division);
        return summaries.of(code, division.prefix());
    }
}
