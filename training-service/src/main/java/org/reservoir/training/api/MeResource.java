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
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.training.api.MentorshipViews.GoalView;
import org.reservoir.training.api.MentorshipViews.MyMentorView;
import org.reservoir.training.api.MentorshipViews.PairView;
import org.reservoir.training.api.MentorshipViews.PlanView;
import org.reservoir.training.api.MentorshipViews.TaskSummary;
import org.reservoir.training.api.MentorshipViews.TaskView;
import org.reservoir.training.application.Mentorships;
import org.reservoir.training.application.Plans;
import org.reservoir.training.domain.Actor;
import org.reservoir.training.domain.DevelopmentPlan;
import org.reservoir.training.domain.Mentor;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.MentorshipTask;

import java.util.UUID;

/**
 * The "my" views a phone app starts from: the caller is the token's subject — a mentor (their person id) or a reserve
 * (their candidate id) — and sees only their own records.
 */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Me", description = "A mentor's or a reserve's own pairs, tasks, goals and plan, found by the token's subject")
public class MeResource {

    private final Mentorships mentorships;
    private final Plans plans;
    private final Caller caller;

    public MeResource(Mentorships mentorships, Plans plans, Caller caller) {
        this.mentorships = mentorships;
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Path("/mentorships")
    @RolesAllowed({Roles.MENTOR, Roles.RESERVE})
    @Operation(operationId = "listMyMentorships", summary = "My mentor pairs", description = "A mentor's pairs, or a reserve's; newest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<PairView> mentorships(@QueryParam("status") Mentorship.Status status,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        return new PageResponse<>(MentorshipResource.views(mentorships, mentorships.mine(actor, status, page, size)), page, size,
                mentorships.countMine(actor, status));
    }

    @GET
    @Path("/tasks")
    @RolesAllowed({Roles.MENTOR, Roles.RESERVE})
    @Operation(operationId = "listMyTasks", summary = "My monthly tasks",
            description = "A mentor: tasks of their active pairs still to follow up (open or reported) unless status is given; a reserve: their "
                    + "tasks. Soonest due first; no texts.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<TaskSummary> tasks(@QueryParam("status") MentorshipTask.Status status,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        return new PageResponse<>(mentorships.myTasks(actor, status, page, size).stream().map(TaskSummary::of).toList(), page, size,
                mentorships.countMyTasks(actor, status));
    }

    @GET
    @Path("/tasks/{taskId}")
    @RolesAllowed({Roles.MENTOR, Roles.RESERVE})
    @Operation(operationId = "getMyTask", summary = "One of my tasks", description = "If-None-Match with the ETag held: 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The task", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response task(@PathParam("taskId") UUID taskId, @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        MentorshipTask t = mentorships.myTask(taskId, Actor.of(caller));
        return ConditionalGet.ok(TaskView.of(t), t.version, ifNoneMatch);
    }

    @PUT
    @Path("/tasks/{taskId}/report")
    @RolesAllowed(Roles.RESERVE)
    @Operation(operationId = "reportMyTask", summary = "Report on my task",
            description = "The reserve's report (text, optional attachment reference); again until the mentor has given feedback. Needs If-Match. "
                    + "Publishes reservoir.training.mentorship.task-reported (the task's status, never the report).")
    @APIResponse(responseCode = "200", description = "Reported", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response report(@PathParam("taskId") UUID taskId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid MentorshipRequests.Report request) {
        MentorshipTask t = mentorships.report(taskId, request.text(), request.attachmentRef(), ifMatch, Actor.of(caller));
        return Response.ok(TaskView.of(t)).tag(Versions.etag(t.version)).build();
    }

    @GET
    @Path("/mentor")
    @RolesAllowed(Roles.RESERVE)
    @Operation(operationId = "getMyMentor", summary = "My mentor", description = "The reserve's active pair's mentor; 404 when they have none. "
            + "ETag: the pair's and the mentor's versions; If-None-Match: 304 while neither changed.")
    @APIResponse(responseCode = "200", description = "The mentor", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MyMentorView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response mentor(@HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        Mentorship p = mentorships.activeOf(Actor.of(caller));
        Mentor m = Mentor.findById(p.mentorId);
        // The view shows the mentor's name and kind, which change with the mentor's version, not the pair's.
        return ConditionalGet.ok(MyMentorView.of(p, m), p.version() + "." + m.version, ifNoneMatch);
    }

    @GET
    @Path("/goals")
    @RolesAllowed(Roles.RESERVE)
    @Operation(operationId = "listMyGoals", summary = "My growth goals", description = "Of the reserve's active pair, by year.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<GoalView> goals(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(500) int size) {
        Actor actor = Actor.of(caller);
        Mentorship p = mentorships.activeOf(actor);
        return new PageResponse<>(mentorships.goals(p.id, actor, year, page, size).stream().map(GoalView::of).toList(), page, size,
                mentorships.countGoals(p.id, year));
    }

    @GET
    @Path("/plan")
    @RolesAllowed(Roles.RESERVE)
    @Operation(operationId = "getMyPlan", summary = "My development plan (一人一策)", description = "If-None-Match: 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The plan", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response plan(@HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch) {
        Actor actor = Actor.of(caller);
        DevelopmentPlan p = plans.get(actor.reserveId(), actor);
        return ConditionalGet.ok(PlanView.of(p), p.version, ifNoneMatch);
    }
}
