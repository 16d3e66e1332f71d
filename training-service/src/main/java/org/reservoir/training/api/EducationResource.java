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
import org.reservoir.training.application.EducationUpgrades;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.EducationRecord;
import org.reservoir.training.domain.EducationStatus;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Education upgrades (学历提升): record, complete with the level reached (recruitment applies it), discontinue. */
@Path("/api/v1/education-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Education upgrades", description = "学历提升: STUDYING → COMPLETED (publishes training.education.v1; recruitment updates the "
        + "candidate's education) or STUDYING → DISCONTINUED")
public class EducationResource {

    private final EducationUpgrades records;
    private final Idempotency idempotency;
    private final Caller caller;

    public EducationResource(EducationUpgrades records, Idempotency idempotency, Caller caller) {
        this.records = records;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    private static Response ok(EducationRecord r) {
        return Response.ok(ProgrammeResponses.EducationView.of(r)).tag(Versions.etag(r.version())).build();
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "recordEducationUpgrade", summary = "Record an education upgrade", description = "The school, the level aimed "
            + "at and the expected completion of a reserve in the caller's region; changes nothing in recruitment until completed.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.EducationView.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response record(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ProgrammeRequests.RecordEducation request) {
        return idempotency.run(key, request, () -> {
            EducationRecord r = records.enrol(request.draft(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/education-records/" + r.id), ProgrammeResponses.EducationView.of(r), r.version());
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listEducationRecords", summary = "List education upgrades", description = "Of reserves in the caller's region, in "
            + "the order recorded (id breaks ties).")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<ProgrammeResponses.EducationView> list(@QueryParam("candidateId") UUID candidateId, @QueryParam("status") EducationStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        return new PageResponse<>(records.list(actor, candidateId, status, page, size).stream().map(ProgrammeResponses.EducationView::of).toList(),
                page, size, records.count(actor, candidateId, status));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.RESERVE})
    @Operation(operationId = "getEducationRecord", summary = "Get an education upgrade", description = "Officers of the reserve's region, or "
            + "the reserve; If-None-Match naming the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The record", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.EducationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        EducationRecord r = records.get(id, Actor.of(caller));
        return ConditionalGet.ok(ProgrammeResponses.EducationView.of(r), r.version(), ifNoneMatch);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "completeEducationUpgrade", summary = "Completed", description = "STUDYING → COMPLETED with the level reached "
            + "and the day (not in the future, not before the study began); publishes reservoir.training.education.completed.")
    @APIResponse(responseCode = "200", description = "Completed", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.EducationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @NotNull @Valid ProgrammeRequests.CompleteEducation request) {
        return ok(records.complete(id, request.educationLevel(), request.checkedCompletedOn(), ifMatch, Actor.of(caller)));
    }

    @POST
    @Path("/{id}/discontinue")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "discontinueEducationUpgrade", summary = "Discontinued", description = "STUDYING → DISCONTINUED; nothing is published.")
    @APIResponse(responseCode = "200", description = "Discontinued", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.EducationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response discontinue(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProgrammeRequests.Reason request) {
        return ok(records.discontinue(id, request.reason(), ifMatch, Actor.of(caller)));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getEducationRecordHistory", summary = "History", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ProgrammeResponses.HistoryView> history(@PathParam("id") UUID id) {
        return records.history(id, Actor.of(caller)).stream().map(ProgrammeResponses.HistoryView::of).toList();
    }
}
