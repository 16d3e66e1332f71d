package org.reservoir.reporting.schedule.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.Idempotency;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.reporting.application.ExportFiles;
import org.reservoir.reporting.application.ReportKind;
import org.reservoir.reporting.schedule.application.ReportSchedules;
import org.reservoir.reporting.schedule.application.ScheduledRuns;
import org.reservoir.reporting.schedule.domain.ScheduleRules;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/report-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report schedules", description = "Reports made on a cron schedule (per county); each run's file is listed and downloadable for the "
        + "schedule's retention — what another system's scheduled reporting job polls")
public class ReportScheduleResource {

    private static final String SCHEDULE_EXAMPLE = """
            {"id":"5b0c6f1e-2d4a-4f7e-9c1b-3a5d7e9f1b2c","countyCode":"652327000000","region":"652327000000","report":"COVERAGE",
             "format":"XLSX","cron":"0 6 * * 1","timeZone":"Asia/Shanghai","retentionDays":30,"active":true,
             "nextDueAt":"2026-11-29T22:00:00Z","version":0,"createdBy":"admin-652327","createdAt":"2026-11-23T04:00:00Z",
             "updatedBy":"admin-652327","updatedAt":"2026-11-23T04:00:00Z","runsUrl":"/api/v1/report-schedules/5b0c6f1e-2d4a-4f7e-9c1b-3a5d7e9f1b2c/runs"}""";

    private final ReportSchedules schedules;
    private final ScheduledRuns runs;
    private final Idempotency idempotency;

    public ReportScheduleResource(ReportSchedules schedules, ScheduledRuns runs, Idempotency idempotency) {
        this.schedules = schedules;
        this.runs = runs;
        this.idempotency = idempotency;
    }

    @Schema(name = "ReportScheduleRequest", description = "A schedule (create, or the whole schedule on update)")
    public record ScheduleRequest(
            @NotNull @Schema(example = "COVERAGE") ReportKind report,
            @Pattern(regexp = "\\d{12}") @Schema(description = "A county, township or village inside the caller's region; default: the caller's",
                    example = "652327000000") String region,
            @NotNull @Schema(example = "XLSX") ExportFiles.Format format,
            @NotNull @Size(max = 100) @Schema(description = "Unix cron (minute hour day-of-month month day-of-week) in timeZone, at most hourly",
                    example = "0 6 * * 1") String cron,
            @Size(max = 64) @Schema(description = "Time-zone id; default Asia/Shanghai", example = "Asia/Shanghai") String timeZone,
            @NotNull @Schema(description = "Days each run's file is kept (1–366)", example = "30") Integer retentionDays,
            @Schema(description = "Default true; an inactive schedule makes no runs", example = "true") Boolean active) {

        ReportSchedules.Command command() {
            return new ReportSchedules.Command(report, region, format, cron, timeZone == null ? ScheduleRules.DEFAULT_TIME_ZONE : timeZone, retentionDays,
                    active == null || active);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.SERVICE})
    @Operation(operationId = "createReportSchedule", summary = "Create a report schedule",
            description = "County admins and machine clients, for a region inside theirs (403 otherwise). 422 names every broken rule: "
                    + "cron not Unix cron (rule cron) or firing more often than hourly (cron-interval), unknown timeZone (time-zone), region "
                    + "above county level (schedule-region), retentionDays outside 1–366 (retention-days).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScheduleRequest.class), examples = @ExampleObject(name = "weekly coverage",
            summary = "coverage of the county every Monday 06:00 Beijing time, kept 30 days",
            value = "{\"report\":\"COVERAGE\",\"region\":\"652327000000\",\"format\":\"XLSX\",\"cron\":\"0 6 * * 1\",\"timeZone\":\"Asia/Shanghai\","
                    + "\"retentionDays\":30}")))
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ReportSchedules.View.class), examples = @ExampleObject(name = "created", value = SCHEDULE_EXAMPLE)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(description = "Repeat-safe creation key") String key,
                           @NotNull @Valid ScheduleRequest request) {
        return idempotency.run(key, request, () -> {
            ReportSchedules.View view = schedules.create(request.command());
            return new Idempotency.Outcome(201, URI.create("/api/v1/report-schedules/" + view.id()), view, view.version());
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listReportSchedules", summary = "Schedules in the caller's region",
            description = "Schedules whose region lies inside the caller's (a township officer sees those of its township), oldest first, id breaking ties.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(examples = @ExampleObject(name = "one",
            value = "{\"items\":[" + SCHEDULE_EXAMPLE + "],\"page\":0,\"size\":50,\"total\":1}")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PageResponse<ReportSchedules.View> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return schedules.list(page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getReportSchedule", summary = "A schedule", description = "Schedules outside the caller's region are 404.")
    @APIResponse(responseCode = "200", description = "The schedule", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReportSchedules.View.class), examples = @ExampleObject(name = "schedule", value = SCHEDULE_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        ReportSchedules.View view = schedules.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.SERVICE})
    @Operation(operationId = "updateReportSchedule", summary = "Replace a schedule",
            description = "If-Match names the version read. A new cron, time zone or active flag moves nextDueAt from now; runs already made "
                    + "keep what they were made with. Same rules (422) as on creation.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScheduleRequest.class), examples = @ExampleObject(name = "pause",
            value = "{\"report\":\"COVERAGE\",\"region\":\"652327000000\",\"format\":\"CSV\",\"cron\":\"0 6 * * 1\",\"retentionDays\":60,\"active\":false}")))
    @APIResponse(responseCode = "200", description = "The schedule", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReportSchedules.View.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ScheduleRequest request) {
        ReportSchedules.View view = schedules.update(id, ifMatch, request.command());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.SERVICE})
    @Operation(operationId = "deleteReportSchedule", summary = "Delete a schedule", description = "With its runs and their files. If-Match names the version read.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        schedules.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/runs")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "listReportScheduleRuns", summary = "A schedule's runs",
            description = "Newest due first (id breaks ties). A poller takes the FINISHED runs it has not fetched yet and downloads downloadUrl; "
                    + "a failed attempt shows RETRY_WAIT with failureReason and nextAttemptAt, a run out of attempts FAILED with its reason. "
                    + "Runs are deleted at expiresAt.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(examples = @ExampleObject(name = "runs", value = """
            {"items":[{"id":"9d7a1c3e-5b2f-4e6d-8a0c-1f3b5d7e9a2c","scheduleId":"5b0c6f1e-2d4a-4f7e-9c1b-3a5d7e9f1b2c",
              "dueAt":"2026-11-29T22:00:00Z","status":"FINISHED","attempts":1,"nextAttemptAt":null,"startedAt":"2026-11-29T22:00:21Z",
              "finishedAt":"2026-11-29T22:00:23Z","sizeBytes":18734,"failureReason":null,"expiresAt":"2026-12-29T22:00:23Z",
              "downloadUrl":"/api/v1/report-schedules/5b0c6f1e-2d4a-4f7e-9c1b-3a5d7e9f1b2c/runs/9d7a1c3e-5b2f-4e6d-8a0c-1f3b5d7e9a2c/file"},
             {"id":"2e4c6a8b-0d1f-4b3d-9e5f-7a9c1e3b5d7f","scheduleId":"5b0c6f1e-2d4a-4f7e-9c1b-3a5d7e9f1b2c",
              "dueAt":"2026-11-22T22:00:00Z","status":"FAILED","attempts":3,"nextAttemptAt":null,"startedAt":"2026-11-22T22:00:12Z",
              "finishedAt":"2026-11-22T22:35:40Z","sizeBytes":null,"failureReason":"gave up after 3 attempts: SQLTransientConnectionException",
              "expiresAt":"2026-12-22T22:35:40Z","downloadUrl":null}],"page":0,"size":50,"total":2}""")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageResponse<ScheduledRuns.RunView> runs(@PathParam("id") UUID id,
                                                    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return runs.list(id, page, size);
    }

    @GET
    @Path("/{id}/runs/{runId}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getReportScheduleRun", summary = "One run")
    @APIResponse(responseCode = "200", description = "The run", content = @Content(schema = @Schema(implementation = ScheduledRuns.RunView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ScheduledRuns.RunView run(@PathParam("id") UUID id, @PathParam("runId") UUID runId) {
        return runs.get(id, runId);
    }

    @GET
    @Path("/{id}/runs/{runId}/file")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "downloadReportScheduleRun", summary = "Download a run's file",
            description = "The schedule's format (XLSX or CSV), named <report>-<region>-<dueAt>. 409 export-not-ready until the run is FINISHED.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response download(@PathParam("id") UUID id, @PathParam("runId") UUID runId) {
        ScheduledRuns.File file = runs.file(id, runId);
        return Response.ok(file.content()).type(file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").build();
    }
}
