package org.reservoir.assessment.api;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reservoir.assessment.application.Evaluations;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.Component;
import org.reservoir.assessment.domain.Evaluation;
import org.reservoir.assessment.domain.Scoring;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.security.Caller;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/campaigns/{campaignId}/ranking")
@Authenticated
@Tag(name = "Evaluations")
public class RankingResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Evaluations evaluations;
    private final Caller caller;

    public RankingResource(Evaluations evaluations, Caller caller) {
        this.evaluations = evaluations;
        this.caller = caller;
    }

    static EvaluationRequests.RankingRow row(Evaluations.Place p) {
        Evaluation e = p.evaluation();
        return new EvaluationRequests.RankingRow(p.rank(), e.candidateId, e.candidateName, e.villageCode.trim(), e.status(),
                score(e, Component.WRITTEN_TEST), score(e, Component.INTERVIEW), score(e, Component.FIELD_VISIT),
                score(e, Component.DEMOCRATIC_RECOMMENDATION), e.composite, e.passed, e.resultVersion);
    }

    private static BigDecimal score(Evaluation e, Component c) {
        return e.breakdown.stream().filter(p -> p.component() == c).map(Scoring.Part::score).findFirst().orElse(null);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEvaluationRanking", summary = "A campaign's evaluation ranking",
            description = "Sealed (and corrected) evaluations, best first: composite, then the plan's tieBreak components; equal places share a "
                    + "rank. Ranks are campaign-wide; a township caller sees its township's rows. Each component's score, composite, pass.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResponse<EvaluationRequests.RankingRow> ranking(@PathParam("campaignId") UUID campaignId,
                                                              @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                                                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<Evaluations.Place> all = evaluations.ranking(campaignId, Actor.of(caller));
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageResponse<>(all.subList(from, to).stream().map(RankingResource::row).toList(), page, size, all.size());
    }

    @GET
    @Path("/export")
    @Produces(XLSX)
    @Operation(operationId = "exportEvaluationRanking", summary = "The ranking as an .xlsx workbook",
            description = "The whole ranking the caller may see, one row per candidate, with every component, composite, rank and pass.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("campaignId") UUID campaignId) {
        List<EvaluationRequests.RankingRow> rows = evaluations.ranking(campaignId, Actor.of(caller)).stream().map(RankingResource::row).toList();
        return Response.ok(RankingWorkbook.xlsx(rows), XLSX)
                .header("Content-Disposition", "attachment; filename=\"ranking-" + campaignId + ".xlsx\"").build();
    }
}
