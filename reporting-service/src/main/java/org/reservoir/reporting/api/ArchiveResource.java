package org.reservoir.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.infrastructure.api.ConditionalGet;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.reporting.application.ArchiveFiles;
import org.reservoir.reporting.application.Archives;
import org.reservoir.reporting.domain.ArchiveFormat;

import java.util.UUID;

/** Growth archives (一人一档): one reserve's record across recruitment, assessment and training, as JSON, XLSX or PDF. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Growth archives", description = "一人一档: a reserve's profile and timeline from reporting's projections of every context's events")
public class ArchiveResource {

    static final String FORMAT = "JSON (default), XLSX (sheets 基本信息 and 成长记录, scores and hours as numbers) or PDF (Chinese text)";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    static final String EXAMPLE = """
            {"profile":{"candidateId":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a","name":"李明","campaignId":"7a2d9c4e-1b3f-4e6a-8c5d-2f1e0d9c8b7a",
              "campaignName":"2026年村级后备力量招募","countyCode":"652327000000","countyName":"吉木萨尔县","townshipCode":"652327101000",
              "townshipName":"三台镇","villageCode":"652327101201","villageName":"甲村","track":"FULL_TIME","status":"ON_PROBATION",
              "targetPost":"COMMITTEE_MEMBER","gender":"MALE","birthYear":1990,"educationLevel":"BACHELOR","politicalStatus":"PARTY_MEMBER",
              "ethnicity":"汉族","local":true,"sourceGroup":"RETURNING_GRADUATE","channel":"OPEN_RECRUITMENT","keyCultivation":false,
              "electedPosts":[],"exitReason":null,"probationStart":"2026-06-01","probationPlannedEnd":"2026-09-01"},
             "timeline":[
              {"kind":"REGISTERED","occurredAt":"2026-03-02T09:00:00+08:00","on":"2026-03-02","summary":"报名登记（专职，目标岗位：村委会委员）",
               "facts":{"campaignId":"7a2d9c4e-1b3f-4e6a-8c5d-2f1e0d9c8b7a","track":"FULL_TIME","targetPost":"COMMITTEE_MEMBER","channel":"OPEN_RECRUITMENT"}},
              {"kind":"STATUS_CHANGED","occurredAt":"2026-03-10T15:20:00+08:00","on":"2026-03-10","summary":"已登记 → 乡镇初审通过",
               "facts":{"action":"TOWNSHIP_APPROVE","from":"REGISTERED","to":"TOWNSHIP_APPROVED"}},
              {"kind":"EVALUATED","occurredAt":"2026-05-20T10:00:00+08:00","on":"2026-05-20","summary":"选拔测评：综合成绩84.50，合格，排名2/9（笔试 85/100；结构化面试 84/100）",
               "facts":{"composite":84.50,"passed":true,"rank":2,"rankOf":9,"resultVersion":1,"breakdown":[
                {"component":"WRITTEN_TEST","score":85,"maxScore":100,"weight":50,"weighted":42.50},
                {"component":"INTERVIEW","score":84,"maxScore":100,"weight":50,"weighted":42.00}]}},
              {"kind":"TRAINING_HOURS","occurredAt":"2026-07-01T00:00:00+08:00","on":"2026-07-01","summary":"参加常态培训，计4学时",
               "facts":{"programmeKind":"REGULAR","hours":4}}],
             "revision":7}""";

    private final Archives archives;

    public ArchiveResource(Archives archives) {
        this.archives = archives;
    }

    @GET
    @Path("/reserves/{candidateId}/archive")
    @Produces({MediaType.APPLICATION_JSON, XLSX, PDF})
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE, Roles.RESERVE})
    @Operation(operationId = "getGrowthArchive", summary = "A reserve's growth archive (一人一档)",
            description = "The reserve's current profile and timeline, oldest first: registration, township and joint review, evaluation "
                    + "scores, admission, probation, election, appointment, key cultivation, mentor pairs, monthly-task follow-ups, training "
                    + "hours, practice posts, education upgrades, appraisal grades, adjustment proposals and exit — each once, from the "
                    + "events recruitment, assessment and training publish (goals are not published by training, so they are not here). "
                    + "Officials read reserves whose village lies in their region; a reserve reads only their own. Anyone else gets 404, "
                    + "as for an unknown id. ETag is the archive's revision: If-None-Match with it answers 304 while nothing changed. "
                    + "Never an ID number.")
    @APIResponse(responseCode = "200", description = "The archive", headers = @Header(name = "ETag"), content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Archives.Archive.class),
                    examples = @ExampleObject(name = "probation", value = EXAMPLE)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response archive(@PathParam("candidateId") @Parameter(description = "recruitment's candidate id") UUID candidateId,
                            @QueryParam("format") @DefaultValue("JSON") @Parameter(description = FORMAT) ArchiveFormat format,
                            @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch, @Context HttpHeaders headers) {
        return answer(archives.of(candidateId, locale(format, headers)), format, ifNoneMatch);
    }

    @GET
    @Path("/me/archive")
    @Produces({MediaType.APPLICATION_JSON, XLSX, PDF})
    @RolesAllowed(Roles.RESERVE)
    @Operation(operationId = "getMyGrowthArchive", summary = "My growth archive (一人一档)",
            description = "A reserve's own archive (the token's subject is the candidate id), as GET /api/v1/reserves/{candidateId}/archive "
                    + "answers it; 404 until recruitment's events about them have reached reporting.")
    @APIResponse(responseCode = "200", description = "The archive", headers = @Header(name = "ETag"), content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Archives.Archive.class),
                    examples = @ExampleObject(name = "probation", value = EXAMPLE)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response mine(@QueryParam("format") @DefaultValue("JSON") @Parameter(description = FORMAT) ArchiveFormat format,
                         @HeaderParam(ConditionalGet.IF_NONE_MATCH) String ifNoneMatch, @Context HttpHeaders headers) {
        return answer(archives.mine(locale(format, headers)), format, ifNoneMatch);
    }

    /** Files are in Chinese (their headers are); JSON sentences follow Accept-Language. */
    private static java.util.Locale locale(ArchiveFormat format, HttpHeaders headers) {
        return format == ArchiveFormat.JSON ? Messages.locale(headers) : Messages.CHINESE;
    }

    private static Response answer(Archives.Archive archive, ArchiveFormat format, String ifNoneMatch) {
        if (format == ArchiveFormat.JSON) {
            return ConditionalGet.ok(archive, archive.revision(), ifNoneMatch);
        }
        byte[] file = format == ArchiveFormat.XLSX ? ArchiveFiles.xlsx(archive) : ArchiveFiles.pdf(archive);
        Response conditional = ConditionalGet.ok(file, archive.revision(), ifNoneMatch);
        if (conditional.getStatus() != 200) {
            return conditional;
        }
        return Response.fromResponse(conditional).type(format.contentType)
                .header("Content-Disposition", "attachment; filename=\"archive-" + archive.profile().candidateId() + "." + format.extension + "\"")
                .build();
    }
}
