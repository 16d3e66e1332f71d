package org.reservoir.reporting.api;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.jobs.JobView;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.reporting.application.ProjectionRebuild;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** Operators rebuild reporting's projections from the compacted topics (./reservoir projections rebuild). */
@Path("/api/v1/projection-rebuilds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projection rebuilds", description = "Recompute reporting's projections from recruitment's compacted snapshot topics")
public class ProjectionRebuildResource {

    private static final String NATIONAL = "000000000000";

    private final ProjectionRebuild rebuild;
    private final Idempotency idempotency;
    private final Caller caller;

    public ProjectionRebuildResource(ProjectionRebuild rebuild, Idempotency idempotency, Caller caller) {
        this.rebuild = rebuild;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "startProjectionRebuild", summary = "Rebuild the projections",
            description = "A job: regions, campaigns and candidates are read again from recruitment.region.v1, recruitment.campaign.v1 and "
                    + "recruitment.candidate.v1 from the beginning and replace the projections in one transaction; reports keep answering "
                    + "from the old rows until it commits. Service tokens of the national region (000000000000) only.")
    @APIResponse(responseCode = "202", description = "Accepted; follow Location", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response start(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Repeat-safe creation key") String key) {
        requireNational();
        return idempotency.run(key, Map.of(), () -> {
            UUID id = rebuild.submit();
            return new Idempotency.Outcome(202, URI.create("/api/v1/projection-rebuilds/" + id), rebuild.find(id).orElseThrow());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "getProjectionRebuild", summary = "A rebuild's progress", description = "PENDING, RUNNING, FINISHED or FAILED with its reason.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JobView get(@PathParam("id") UUID id) {
        requireNational();
        return rebuild.find(id).orElseThrow(() -> ProblemException.notFound("projection-rebuild", id));
    }

    private void requireNational() {
        caller.requireJurisdiction(new DivisionCode(NATIONAL));
    }
}
