package org.reservoir.assessment.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.assessment.application.EvaluationPlans;
import org.reservoir.assessment.application.WrittenTestUpload;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;

import java.util.UUID;

@Path("/api/v1/campaigns/{campaignId}/written-test-scores")
@Authenticated
@Tag(name = "Evaluations")
public class WrittenTestUploadResource {

    private final WrittenTestUpload upload;
    private final EvaluationPlans plans;
    private final Caller caller;

    @Context
    HttpHeaders headers;

    public WrittenTestUploadResource(WrittenTestUpload upload, EvaluationPlans plans, Caller caller) {
        this.upload = upload;
        this.plans = plans;
        this.caller = caller;
    }

    @POST
    @Consumes({RankingResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.ASSESSOR})
    @Operation(operationId = "uploadWrittenTestScores", summary = "Upload written-test scores (.xlsx)",
            description = "The workbook is the body (at most 1 MiB, " + WrittenTestUpload.MAX_ROWS + " rows): column A the candidate id, "
                    + "column B the score; a header row is skipped. Each row is checked like PUT …/written-test (open evaluation of this "
                    + "campaign inside the caller's region, score 0..max) and reported on its own; rows that pass are entered. Uploading "
                    + "the same file again enters the same scores.")
    @RequestBody(content = @Content(mediaType = RankingResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "The row-by-row report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WrittenTestUpload.Report.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public WrittenTestUpload.Report upload(@PathParam("campaignId") UUID campaignId, byte[] file) {
        if (file == null || file.length == 0) {
            throw ProblemException.unprocessable("file", "upload-unreadable");
        }
        Actor actor = Actor.of(caller);
        plans.get(campaignId, actor);
        return upload.upload(campaignId, file, actor, Messages.locale(headers));
    }
}
