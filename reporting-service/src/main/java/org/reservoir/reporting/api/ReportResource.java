package org.reservoir.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.ConditionalGet;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.reporting.application.Reports;
import org.reservoir.reporting.domain.CoverageTarget;

import java.util.UUID;

/**
 * The county's picture of its pool. Every report counts the caller's region unless {@code region} names a division inside
 * it; children's codes drill down county → township → village.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Structure, coverage, funnel, cultivation, appraisal and re-election readiness from reporting's "
        + "projections of recruitment's, assessment's and training's events")
public class ReportResource {

    static final String REGION = "Division code inside the caller's region (default: the caller's region); everything below it counts";
    static final int MAX_VILLAGES = 2000;
    private static final String PAGE = "Page of the per-village list, 0-based (villages in code order)";
    private static final String SIZE = "Villages per page of the per-village list (1–2000); totals and township roll-ups always cover every village";
    private static final String IF_NONE_MATCH = "The ETag of an earlier answer: 304 while the projections have not changed since";

    private final Reports reports;

    public ReportResource(Reports reports) {
        this.reports = reports;
    }

    @GET
    @Path("/structure")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getStructureReport", summary = "Structure of the pool (队伍结构)",
            description = "Counts by age band, education, gender, ethnicity, political status, source group, channel and track, the average "
                    + "age (from birth years) and the share with college (大专) or above, for a county, township, village or one campaign "
                    + "(campaignId), with the same key figures for each region a level down. population=POOL counts reserves on a village's "
                    + "bench; CANDIDATES everyone not exited or turned down.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Reports.StructureReport.class),
            examples = @ExampleObject(name = "county", value = """
                    {"scope":{"code":"652327000000","name":"吉木萨尔县","level":"COUNTY","campaignId":null,"campaignName":null},
                     "population":"POOL","asOf":"2026-11-23",
                     "figures":{"reserves":5,"averageAge":37.0,"collegeOrAboveShare":0.600,
                       "byAgeBand":{"UNDER_30":1,"FROM_35_TO_39":2,"FROM_40_TO_44":2},"byEducation":{"BACHELOR":2,"JUNIOR_COLLEGE":1,"SENIOR_HIGH":2},
                       "byGender":{"FEMALE":2,"MALE":3},"byEthnicity":{"汉族":4,"回族":1},"byPoliticalStatus":{"PARTY_MEMBER":5},
                       "bySourceGroup":{"RETURNING_GRADUATE":3,"VETERAN":2},"byChannel":{"OPEN_RECRUITMENT":5},"byTrack":{"FULL_TIME":2,"PART_TIME":3}},
                     "children":[{"code":"652327101000","name":"三台镇","level":"TOWNSHIP","reserves":5,"averageAge":37.0,"collegeOrAboveShare":0.600}]}""")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response structure(
            @QueryParam("region") @Pattern(regexp = "\\d{12}") @Parameter(description = REGION) String region,
            @QueryParam("campaignId") @Parameter(description = "Only this campaign's candidates") UUID campaignId,
            @QueryParam("population") @DefaultValue("POOL") Reports.Population population,
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH) String ifNoneMatch) {
        return answer(reports.structure(region, campaignId, population), ifNoneMatch);
    }

    @GET
    @Path("/coverage")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getCoverageReport", summary = "Coverage per village (每村后备力量)",
            description = "Reserves on each active village's bench by track against its county's target (default 2–3; "
                    + "PUT /api/v1/coverage-targets/{countyCode}), the villages below target (codes), and totals per township and for the region. The per-village list is paged "
                    + "(page, size; code order) and may be narrowed to one standing; ETag and If-None-Match (304) follow the projections' changes.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Reports.CoverageReport.class),
            examples = @ExampleObject(name = "township", value = """
                    {"scope":{"code":"652327101000","name":"三台镇","level":"TOWNSHIP","campaignId":null,"campaignName":null},
                     "target":{"min":2,"max":3},
                     "figures":{"total":{"code":"652327101000","name":"三台镇","villages":2,"reserves":3,"fullTime":1,"partTime":2,
                       "villagesBelowTarget":1,"villagesWithinTarget":1,"villagesAboveTarget":0},
                       "townships":[{"code":"652327101000","name":"三台镇","villages":2,"reserves":3,"fullTime":1,"partTime":2,
                       "villagesBelowTarget":1,"villagesWithinTarget":1,"villagesAboveTarget":0}],
                       "villages":[{"code":"652327101201","name":"甲村","townshipCode":"652327101000","reserves":2,"fullTime":1,"partTime":1,
                         "targetMin":2,"targetMax":3,"standing":"WITHIN"},
                        {"code":"652327101202","name":"乙村","townshipCode":"652327101000","reserves":1,"fullTime":0,"partTime":1,
                         "targetMin":2,"targetMax":3,"standing":"BELOW"}],
                       "villagesBelowTarget":["652327101202"],"villagesPage":{"page":0,"size":100,"total":2}}}""")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response coverage(@QueryParam("region") @Pattern(regexp = "\\d{12}") @Parameter(description = REGION) String region,
            @QueryParam("standing") @Parameter(description = "Only villages of this standing in the per-village list") CoverageTarget.Standing standing,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) @Parameter(description = PAGE) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(MAX_VILLAGES) @Parameter(description = SIZE) int size,
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH) String ifNoneMatch) {
        return answer(reports.coverage(region, page, size, standing), ifNoneMatch);
    }

    @GET
    @Path("/funnel")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getFunnelReport", summary = "Funnel from registered to appointed",
            description = "How many candidates reached each stage (registered → township approved → joint review → vetted → evaluated → "
                    + "admitted → probation → elected → appointed; part-time reserves stop at admitted, in the pool) and the drop-outs by "
                    + "reason, exits also by exit reason; for one campaign (campaignId) or across campaigns with each campaign's own funnel. "
                    + "An exit's stage is the status it left from; unknownStage counts exits whose last status is unknown.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Reports.FunnelReport.class),
            examples = @ExampleObject(name = "campaign", value = """
                    {"scope":{"code":"652327000000","name":"吉木萨尔县","level":"COUNTY","campaignId":"7a2d9c4e-1b3f-4e6a-8c5d-2f1e0d9c8b7a",
                      "campaignName":"2026年村级后备力量招募"},
                     "figures":{"candidates":4,"reached":{"REGISTERED":4,"TOWNSHIP_APPROVED":3,"JOINT_REVIEW":3,"VETTED":2,"EVALUATED":2,
                       "ADMITTED":2,"PROBATION":1,"ELECTED":1,"APPOINTED":0},"dropOuts":{"REJECTED_BY_TOWNSHIP":1,"VETOED_BY_DEPARTMENT":1},
                       "exitsByReason":{},"unknownStage":0},"campaigns":[]}""")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Reports.FunnelReport funnel(
            @QueryParam("region") @Pattern(regexp = "\\d{12}") @Parameter(description = REGION) String region,
            @QueryParam("campaignId") @Parameter(description = "One campaign; without it, across campaigns") UUID campaignId) {
        return reports.funnel(region, campaignId);
    }

    @GET
    @Path("/readiness")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getReadinessReport", summary = "2026 re-election readiness (换届准备)",
            description = "Per village: committee seats, reserves ready (probation passed or in the pool), elected, candidates for 一肩挑 "
                    + "(party members aimed at or elected to party secretary or committee director), whether one is local (本土任职), and the "
                    + "share of proposed full-time members already on post (提前到岗; target ≥ 70%). A village is ready with a reserve ready "
                    + "or elected, a local 一肩挑 candidate and the on-post share met; gaps name what is missing. The roll-up lists the "
                    + "villages not ready (codes) and rolls up per township; the per-village list is paged (page, size; code order) and may be "
                    + "narrowed to ready or not ready villages; ETag and If-None-Match (304) follow the projections' changes. Mentoring, training hours and appraisal grades are in the cultivation and appraisal reports.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Reports.ReadinessReport.class),
            examples = @ExampleObject(name = "township", value = """
                    {"scope":{"code":"652327101000","name":"三台镇","level":"TOWNSHIP","campaignId":null,"campaignName":null},
                     "figures":{"villages":1,"villagesReady":0,"seats":5,"reservesReady":1,"oneShoulderCandidates":0,"proposedMembers":1,
                       "onPost":0,"onPostShare":0.000,"villagesList":[{"code":"652327101201","name":"甲村","townshipCode":"652327101000",
                       "seats":5,"reservesReady":1,"elected":0,"oneShoulderCandidates":0,"localSecretaryCandidate":false,"proposedMembers":1,
                       "onPost":0,"onPostShare":0.000,"ready":false,"gaps":["NO_ONE_SHOULDER_CANDIDATE","ON_POST_SHARE_BELOW_TARGET"]}],
                       "villagesNotReady":["652327101201"],"townships":[{"code":"652327101000","name":"三台镇","villages":1,"villagesReady":0,
                       "seats":5,"reservesReady":1,"oneShoulderCandidates":0,"proposedMembers":1,"onPost":0,"onPostShare":0.000}],
                       "villagesPage":{"page":0,"size":100,"total":1}}}""")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response readiness(@QueryParam("region") @Pattern(regexp = "\\d{12}") @Parameter(description = REGION) String region,
            @QueryParam("ready") @Parameter(description = "Only ready (true) or not ready (false) villages in the per-village list") Boolean ready,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) @Parameter(description = PAGE) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(MAX_VILLAGES) @Parameter(description = SIZE) int size,
            @HeaderParam(ConditionalGet.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH) String ifNoneMatch) {
        return answer(reports.readiness(region, page, size, ready), ifNoneMatch);
    }

    private static Response answer(Reports.Tagged<?> report, String ifNoneMatch) {
        return ConditionalGet.ok(report.body(), report.etag(), ifNoneMatch);
    }

    @GET
    @Path("/cultivation")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getCultivationReport", summary = "Cultivation (培养): mentoring, training hours, practice posts",
            description = "From training's events: mentor pairs active and ended, the silent ones (an active pair whose latest silent month, "
                    + "as training reported it, has no follow-up since), follow-ups per month (YYYY-MM), the training hours (学时) each reserve "
                    + "on the bench was credited in the year against its county's required minimum (reporting's setting "
                    + "reservoir.reporting.training-hours.*, default 24; a reserve without hours counts with 0), and practice posts "
                    + "(上岗锻炼) active, ended, across villages and by post kind.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Reports.CultivationReport.class),
            examples = @ExampleObject(name = "county", value = """
                    {"scope":{"code":"652327000000","name":"吉木萨尔县","level":"COUNTY","campaignId":null,"campaignName":null},
                     "figures":{"pairs":{"active":2,"silent":1,"ended":1},
                       "silentPairs":[{"pairId":"3f6c2a1e-8b7d-4c5e-9a0f-1b2c3d4e5f60","candidateId":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
                         "villageCode":"652327101201","silentMonths":1,"lastSilentMonth":"2026-10"}],
                       "followUpsPerMonth":{"2026-09":2,"2026-10":1},
                       "hours":{"year":2026,"reserves":3,"meetingMinimum":1,"belowMinimum":2,"totalHours":40.00,"averageHours":13.33,
                         "reservesBelowMinimum":[{"candidateId":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a","villageCode":"652327101201",
                           "hours":8.00,"minimumHours":24.00}]},
                       "practice":{"active":1,"ended":1,"crossVillage":1,"byPostKind":{"GRID_MEMBER":1,"VILLAGE_AFFAIRS_ASSISTANT":1}}}}""")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Reports.CultivationReport cultivation(
            @QueryParam("region") @Pattern(regexp = "\\d{12}") @Parameter(description = REGION) String region,
            @QueryParam("year") @Parameter(description = "The year whose training hours count (default: this year), 2000–2100",
                    schema = @Schema(minimum = "2000", maximum = "2100")) Integer year) {
        return reports.cultivation(region, year);
    }

    @GET
    @Path("/appraisal")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE})
    @Operation(operationId = "getAppraisalReport", summary = "Appraisal (半年考评): grades, proposals, key cultivation",
            description = "From assessment's events: per appraisal cycle (newest period first) the graded appraisals by grade and those still "
                    + "open past the deadline; the dynamic-adjustment proposals made, open, accepted and dismissed, in total and by kind; and "
                    + "the key-cultivation list (重点培养): reserves whose KEY_CULTIVATION proposal was accepted.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Reports.AppraisalReport.class),
            examples = @ExampleObject(name = "county", value = """
                    {"scope":{"code":"652327000000","name":"吉木萨尔县","level":"COUNTY","campaignId":null,"campaignName":null},
                     "figures":{"cycles":[{"cycleId":"5b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e","period":"2026-H1","graded":3,
                       "byGrade":{"COMPETENT":1,"EXCELLENT":1,"INCOMPETENT":1},"overdue":1}],
                       "proposals":{"total":{"made":2,"open":0,"accepted":1,"dismissed":1},
                         "byKind":{"EXIT":{"made":1,"open":0,"accepted":0,"dismissed":1},"KEY_CULTIVATION":{"made":1,"open":0,"accepted":1,"dismissed":0}}},
                       "keyCultivation":[{"candidateId":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a","villageCode":"652327101201",
                         "appraisalId":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","period":"2026-H1"}]}}""")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Reports.AppraisalReport appraisal(@QueryParam("region") @Pattern(regexp = "\\d{12}") @Parameter(description = REGION) String region) {
        return reports.appraisal(region);
    }
}
