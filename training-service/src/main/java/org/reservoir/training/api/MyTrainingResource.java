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
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.training.application.EducationUpgrades;
import org.reservoir.training.application.PracticePosts;
import org.reservoir.training.application.Programmes;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.Attendance;
import org.reservoir.training.domain.Programme;
import org.reservoir.training.domain.TrainingSession;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A reserve's own training, from their phone: the token's subject is their candidate id. Check in with the code shown in
 * the room, see their sessions, hours this year, practice posts and education upgrades.
 */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Me (reserve)", description = "The calling reserve's own training: check-in, sessions, hours, practice posts, education upgrades")
public class MyTrainingResource {

    private final Programmes programmes;
    private final PracticePosts posts;
    private final EducationUpgrades education;
    private final Idempotency idempotency;
    private final Caller caller;
    private final Clock clock;

    public MyTrainingResource(Programmes programmes, PracticePosts posts, EducationUpgrades education, Idempotency idempotency, Caller caller,
                              Clock clock) {
        this.programmes = programmes;
        this.posts = posts;
        this.education = education;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Path("/check-ins")
    @RolesAllowed(Roles.RESERVE)
    @Operation(operationId = "checkIn", summary = "Check in to a session", description = "The code shown in the room, submitted from "
            + "half an hour before the session starts until it ends (409 check-in-closed outside, naming the window); a code that is unknown "
            + "or belongs to a session whose programme the reserve is not enrolled in is one and the same 422 (rule check-in-code), so "
            + "codes cannot be probed. The session's hours are credited once (409 already-attended). Send an Idempotency-Key: a retry over a bad "
            + "connection gets the first answer.")
    @APIResponse(responseCode = "201", description = "Checked in; hours credited", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ProgrammeResponses.AttendanceView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response checkIn(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid ProgrammeRequests.CheckIn request) {
        return idempotency.run(key, request, () -> {
            Attendance a = programmes.checkIn(request.code(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/sessions/" + a.sessionId + "/attendance"),
                    ProgrammeResponses.AttendanceView.of(a));
        });
    }

    @GET
    @Path("/sessions")
    @RolesAllowed(Roles.RESERVE)
    @Operation(operationId = "mySessions", summary = "My sessions", description = "Sessions of the programmes I am enrolled in that end at or "
            + "after `from` (default: now), soonest first, with whether I attended.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<ProgrammeResponses.MySessionView> sessions(
            @QueryParam("from") @Parameter(description = "ISO date-time; sessions ending before it are left out", example = "2026-01-01T00:00:00Z") String from,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        OffsetDateTime since = from == null ? OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC) : ProgrammeRequests.dateTime("from", from);
        List<TrainingSession> sessions = programmes.mySessions(actor, since, page, size);
        Map<UUID, Programme> byId = sessions.stream().map(s -> s.programmeId).distinct().map(id -> Programme.<Programme>findById(id))
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        Set<UUID> attended = programmes.attendedBy(UUID.fromString(actor.id()), sessions.stream().map(s -> s.id).toList());
        return new PageResponse<>(sessions.stream().map(s -> ProgrammeResponses.MySessionView.of(s, byId.get(s.programmeId), attended.contains(s.id)))
                .toList(), page, size, programmes.mySessionCount(actor, since));
    }

    @GET
    @Path("/hours")
    @RolesAllowed(Roles.RESERVE)
    @Operation(operationId = "myHours", summary = "My hours", description = "Hours attended in the year (default: this year) against my county's minimum.")
    @APIResponse(responseCode = "200", description = "My hours", content = @Content(schema = @Schema(implementation = ProgrammeResponses.HoursView.class)))
    public ProgrammeResponses.HoursView hours(@QueryParam("year") @Min(Programme.FIRST_YEAR) @Max(Programme.LAST_YEAR) Integer year) {
        Actor actor = Actor.of(caller);
        int y = year != null ? year : OffsetDateTime.now(clock.withZone(TrainingSession.ZONE)).getYear();
        return ProgrammeResponses.HoursView.of(UUID.fromString(actor.id()), programmes.myHours(y, actor));
    }

    @GET
    @Path("/practice-posts")
    @RolesAllowed(Roles.RESERVE)
    @Operation(operationId = "myPracticePosts", summary = "My practice posts", description = "By start date (id breaks ties).")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<ProgrammeResponses.PracticeView> practicePosts(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        return new PageResponse<>(posts.mine(actor, page, size).stream().map(ProgrammeResponses.PracticeView::of).toList(), page, size,
                posts.mineCount(actor));
    }

    @GET
    @Path("/education-records")
    @RolesAllowed(Roles.RESERVE)
    @Operation(operationId = "myEducationRecords", summary = "My education upgrades", description = "In the order recorded (id breaks ties).")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<ProgrammeResponses.EducationView> educationRecords(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        return new PageResponse<>(education.mine(actor, page, size).stream().map(ProgrammeResponses.EducationView::of).toList(), page, size,
                education.mineCount(actor));
    }
}
