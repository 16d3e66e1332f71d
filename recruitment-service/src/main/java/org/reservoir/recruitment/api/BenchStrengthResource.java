package org.reservoir.recruitment.api;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.recruitment.application.Pool;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.persistence.PoolQuery;

import java.util.List;

@Path("/api/v1/regions/{code}/bench-strength")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Pool", description = "Bench strength: reserves per village against the target")
public class BenchStrengthResource {

    private final Pool pool;
    private final Caller caller;

    public BenchStrengthResource(Pool pool, Caller caller) {
        this.pool = pool;
        this.caller = caller;
    }

    @Schema(name = "BenchStrength")
    public record BenchStrength(String code, int villages, int belowTarget, List<PoolQuery.VillageBench> perVillage) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.REVIEWER, Roles.ASSESSOR, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getBenchStrength", summary = "Bench strength per village", description = "Reserves in the pool (admitted, on probation, passed probation, "
            + "not elected, in pool) per active village under the code, by track, against the target (default 2–3 per village; "
            + "a targetMin without targetMax has no upper bound).")
    @APIResponse(responseCode = "200", description = "Per village")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public BenchStrength bench(@PathParam("code") @Pattern(regexp = "\\d{12}") String code,
                               @QueryParam("targetMin") @Min(0) @Max(50) Integer targetMin,
                               @QueryParam("targetMax") @Min(0) @Max(50) Integer targetMax) {
        Pool.Bench bench = pool.bench(code, targetMin, targetMax, Actor.of(caller));
        return new BenchStrength(code, bench.villages().size(), bench.belowTarget(), bench.villages());
    }
}
