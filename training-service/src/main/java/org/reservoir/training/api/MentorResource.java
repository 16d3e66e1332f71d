package org.reservoir.training.api;

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
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.training.api.MentorshipViews.MentorView;
import org.reservoir.training.application.Mentors;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.Mentor;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/mentors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Mentors", description = "导师: village party secretaries, first secretaries, committee members, township cadres, local experts")
public class MentorResource {

    private final Mentors mentors;
    private final Idempotency idempotency;
    private final Caller caller;

    public MentorResource(Mentors mentors, Idempotency idempotency, Caller caller) {
        this.mentors = mentors;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    private MentorView view(Mentor m) {
        return MentorView.of(m, mentors.activePairs(m.id));
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "registerMentor", summary = "Register a mentor",
            description = "In a township or village of the caller's region. The mentor signs in with the mentor role and personId as the token subject."
                    + " A personId registered already is a 409: mentor-exists when the caller may read that mentor, else the "
                    + "generic duplicate, which says nothing about where or as what.")
    @APIResponse(responseCode = "201", description = "Registered", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = MentorView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response register(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid MentorshipRequests.RegisterMentor request) {
        return idempotency.run(key, request, () -> {
            Mentor m = mentors.register(request.registration(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/mentors/" + m.id), view(m), m.version);
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listMentors", summary = "List mentors", description = "Mentors serving inside the caller's region, oldest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<MentorView> list(@QueryParam("active") Boolean active,
                                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        return new PageResponse<>(mentors.list(actor, active, page, size).stream().map(this::view).toList(), page, size,
                mentors.count(actor, active));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.MENTOR})
    @Operation(operationId = "getMentor", summary = "Get a mentor", description = "Officers of the region, or the mentor themself. "
            + "Send If-None-Match with the ETag held: 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The mentor", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MentorView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("id") UUID id, @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        Mentor m = mentors.get(id, Actor.of(caller));
        return ConditionalGet.ok(view(m), m.version, ifNoneMatch);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "changeMentor", summary = "Change a mentor",
            description = "Name, kind, capacity (never below the pairs active now), active (an inactive mentor takes no new reserves). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MentorView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid MentorshipRequests.ChangeMentor request) {
        Mentor m = mentors.change(id, request.change(), ifMatch, Actor.of(caller));
        return Response.ok(view(m)).tag(Versions.etag(m.version)).build();
    }
}
