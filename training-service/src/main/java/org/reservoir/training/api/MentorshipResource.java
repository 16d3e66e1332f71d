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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.ConditionalGet;
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.Parameters;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.training.api.MentorshipViews.GoalView;
import org.reservoir.training.api.MentorshipViews.HistoryView;
import org.reservoir.training.api.MentorshipViews.PairView;
import org.reservoir.training.api.MentorshipViews.TaskSummary;
import org.reservoir.training.api.MentorshipViews.TaskView;
import org.reservoir.training.application.Mentorships;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.Goal;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.MentorshipTask;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/mentorships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Mentorships", description = "导师帮带: mentor pairs, annual growth goals, monthly tasks with report and feedback")
public class MentorshipResource {

    private final Mentorships mentorships;
    private final Idempotency idempotency;
    private final Caller caller;

    public MentorshipResource(Mentorships mentorships, Idempotency idempotency, Caller caller) {
        this.mentorships = mentorships;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    static PairView view(Mentorships.Named n) {
        return PairView.of(n.pair(), n.mentorName(), n.reserveName(), n.lastSilentMonth());
    }

    static List<PairView> views(Mentorships mentorships, List<Mentorship> pairs) {
        return mentorships.named(pairs).stream().map(MentorshipResource::view).toList();
    }

    private Response ok(Mentorship p) {
        return Response.ok(view(mentorships.named(p))).tag(Versions.etag(p.version())).build();
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "startMentorship", summary = "Pair a mentor with a reserve",
            description = "The reserve must be in the pool (422), in the mentor's township (422); the mentor active and within capacity "
                    + "(409 mentor-over-capacity); the reserve without another active mentor (409 reserve-has-mentor).")
    @APIResponse(responseCode = "201", description = "Started", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = PairView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response start(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid MentorshipRequests.StartPair request) {
        return idempotency.run(key, request, () -> {
            Mentorship p = mentorships.start(request.command(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/mentorships/" + p.id), view(mentorships.named(p)), p.version());
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listMentorships", summary = "List mentor pairs",
            description = "Pairs of reserves inside the caller's region, oldest first. silentSince=YYYY-MM: only pairs silent (no task, "
                    + "no feedback) in that month or later, as judged by the monthly job. Mentors and reserves use /api/v1/me/mentorships.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<PairView> list(@QueryParam("status") Mentorship.Status status, @QueryParam("mentorId") UUID mentorId,
                                       @QueryParam("candidateId") UUID candidateId,
                                       @Parameter(description = "YYYY-MM", example = "2026-10") @QueryParam("silentSince") String silentSince,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        Mentorships.Filter filter = new Mentorships.Filter(status, mentorId, candidateId, month("silentSince", silentSince));
        return new PageResponse<>(views(mentorships, mentorships.list(actor, filter, page, size)), page, size,
                mentorships.count(actor, filter));
    }

    /** A YYYY-MM query parameter between 2000-01 and 2100-12, or null. */
    static YearMonth month(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches(MentorshipRequests.MONTH)) {
            throw new Parameters.InvalidParameter(400, name, "year-month");
        }
        YearMonth m = YearMonth.parse(value);
        if (m.getYear() < 2000 || m.getYear() > 2100) {
            throw new Parameters.InvalidParameter(400, name, "year-month");
        }
        return m;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.MENTOR, Roles.RESERVE})
    @Operation(operationId = "getMentorship", summary = "Get a mentor pair",
            description = "Officers of the region, the pair's mentor, the pair's reserve. If-None-Match with the ETag held: 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The pair", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PairView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("id") UUID id, @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        Mentorship p = mentorships.get(id, Actor.of(caller));
        return ConditionalGet.ok(view(mentorships.named(p)), p.version(), ifNoneMatch);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.SERVICE})
    @Operation(operationId = "endMentorship", summary = "End a mentor pair",
            description = "ACTIVE → ENDED with a reason (MENTOR_CHANGED, PERIOD_OVER, MENTOR_WITHDREW, OTHER; RESERVE_EXITED comes only from "
                    + "recruitment's events). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Ended", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PairView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response end(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid MentorshipRequests.EndPair request) {
        return ok(mentorships.end(id, request.reason(), request.note(), ifMatch, Actor.of(caller)));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.MENTOR, Roles.RESERVE})
    @Operation(operationId = "listMentorshipHistory", summary = "A pair's history", description = "Started and ended, by whom and why, oldest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<HistoryView> history(@PathParam("id") UUID id,
                                             @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new PageResponse<>(mentorships.history(id, Actor.of(caller), page, size).stream().map(HistoryView::of).toList(), page, size,
                mentorships.countHistory(id));
    }

    @POST
    @Path("/{id}/goals")
    @RolesAllowed({Roles.MENTOR, Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "setGrowthGoal", summary = "Set an annual growth goal",
            description = "By the pair's mentor or an officer of the region, on an active pair, for a year of its period; publishes "
                    + "reservoir.training.mentorship.goal-set (the growth archive shows the goal).")
    @APIResponse(responseCode = "201", description = "Set", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response setGoal(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key,
                            @NotNull @Valid MentorshipRequests.SetGoal request) {
        return idempotency.run(key, List.of(id, request), () -> {
            Goal g = mentorships.setGoal(id, request.command(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/mentorships/" + id + "/goals/" + g.id), GoalView.of(g), g.version);
        });
    }

    @GET
    @Path("/{id}/goals")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.MENTOR, Roles.RESERVE})
    @Operation(operationId = "listGrowthGoals", summary = "A pair's growth goals", description = "By year, then oldest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<GoalView> goals(@PathParam("id") UUID id, @QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new PageResponse<>(mentorships.goals(id, Actor.of(caller), year, page, size).stream().map(GoalView::of).toList(), page, size,
                mentorships.countGoals(id, year));
    }

    @GET
    @Path("/{id}/goals/{goalId}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.MENTOR, Roles.RESERVE})
    @Operation(operationId = "getGrowthGoal", summary = "Get a growth goal", description = "If-None-Match with the ETag held: 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The goal", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response goal(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId,
                         @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        Goal g = mentorships.goal(id, goalId, Actor.of(caller));
        return ConditionalGet.ok(GoalView.of(g), g.version, ifNoneMatch);
    }

    @PUT
    @Path("/{id}/goals/{goalId}")
    @RolesAllowed({Roles.MENTOR, Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER})
    @Operation(operationId = "changeGrowthGoal", summary = "Change a growth goal", description = "Its text, achieved or not. Needs If-Match. "
            + "Publishes reservoir.training.mentorship.goal-set again with the goal's new version.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = GoalView.class)))
    public Response changeGoal(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId, @HeaderParam("If-Match") String ifMatch,
                               @NotNull @Valid MentorshipRequests.ChangeGoal request) {
        Goal g = mentorships.changeGoal(id, goalId, request.description(), request.achieved(), ifMatch, Actor.of(caller));
        return Response.ok(GoalView.of(g)).tag(Versions.etag(g.version)).build();
    }

    @POST
    @Path("/{id}/tasks")
    @RolesAllowed(Roles.MENTOR)
    @Operation(operationId = "setMentorshipTask", summary = "Set a monthly task",
            description = "By the pair's mentor, on an active pair, for a month of its period, due within that month or the next; "
                    + "publishes reservoir.training.mentorship.task-assigned (month, title, due day, status; never the description).")
    @APIResponse(responseCode = "201", description = "Set", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response setTask(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key,
                            @NotNull @Valid MentorshipRequests.SetTask request) {
        return idempotency.run(key, List.of(id, request), () -> {
            MentorshipTask t = mentorships.setTask(id, request.command(), Actor.of(caller));
            return new Idempotency.Outcome(201, URI.create("/api/v1/mentorships/" + id + "/tasks/" + t.id), TaskView.of(t), t.version);
        });
    }

    @GET
    @Path("/{id}/tasks")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.MENTOR, Roles.RESERVE})
    @Operation(operationId = "listMentorshipTasks", summary = "A pair's monthly tasks", description = "Soonest due first; no texts.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<TaskSummary> tasks(@PathParam("id") UUID id, @QueryParam("status") MentorshipTask.Status status,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new PageResponse<>(mentorships.tasks(id, Actor.of(caller), status, page, size).stream().map(TaskSummary::of).toList(), page,
                size, mentorships.countTasks(id, status));
    }

    @GET
    @Path("/{id}/tasks/{taskId}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.MENTOR, Roles.RESERVE})
    @Operation(operationId = "getMentorshipTask", summary = "Get a monthly task", description = "With report and feedback. "
            + "If-None-Match with the ETag held: 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The task", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response task(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId,
                         @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        MentorshipTask t = mentorships.task(id, taskId, Actor.of(caller));
        return ConditionalGet.ok(TaskView.of(t), t.version, ifNoneMatch);
    }

    @PUT
    @Path("/{id}/tasks/{taskId}/feedback")
    @RolesAllowed(Roles.MENTOR)
    @Operation(operationId = "giveTaskFeedback", summary = "Give feedback on a reported task",
            description = "The pair's mentor, once per task, with a rating 1–5; publishes a follow-up "
                    + "(reservoir.training.mentorship.followup-recorded) and the task's status (reservoir.training.mentorship.task-reviewed). "
                    + "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response feedback(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId, @HeaderParam("If-Match") String ifMatch,
                             @NotNull @Valid MentorshipRequests.Feedback request) {
        MentorshipTask t = mentorships.feedback(id, taskId, request.text(), request.rating(), ifMatch, Actor.of(caller));
        return Response.ok(TaskView.of(t)).tag(Versions.etag(t.version)).build();
    }
}
