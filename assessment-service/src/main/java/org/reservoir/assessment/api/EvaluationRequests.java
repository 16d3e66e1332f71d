package org.reservoir.assessment.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.assessment.domain.Evaluation;
import org.reservoir.assessment.domain.EvaluationHistory;
import org.reservoir.assessment.domain.EvaluationStatus;
import org.reservoir.assessment.domain.InterviewSheet;
import org.reservoir.assessment.domain.Scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests and answers of selection evaluations. Scores outside 0..the plan's maximum are 422 score-range. */
public final class EvaluationRequests {

    private EvaluationRequests() {
    }

    @Schema(name = "OpenEvaluationRequest")
    public record Open(@NotNull @Schema(example = "8d5f7a52-3c1e-4b8e-9a57-0f4c2d9e1b11") UUID candidateId) {
    }

    @Schema(name = "WrittenTestScore", description = "笔试 score, 0 to the plan's maximum")
    public record WrittenTest(@NotNull @Digits(integer = 4, fraction = 2) @Schema(example = "82.5") BigDecimal score) {
    }

    @Schema(name = "FieldVisitRequest", description = "实地走访考察: households visited, people talked to, findings and the score")
    public record FieldVisit(@NotNull @Min(0) @Max(100000) @Schema(example = "12") Integer householdsVisited,
                             @NotNull @Min(0) @Max(100000) @Schema(example = "20") Integer peopleTalkedTo,
                             @NotBlank @Size(max = 4000) @Schema(example = "邻里评价好, 带领3户发展庭院经济") String findings,
                             @NotNull @Digits(integer = 4, fraction = 2) @Schema(example = "88") BigDecimal score) {
    }

    @Schema(name = "DemocraticRecommendationRequest", description = "民主推荐: votes for the candidate and votes cast")
    public record Votes(@NotNull @Min(0) @Max(1000000) @Schema(example = "45") Integer votesFor,
                        @NotNull @Min(1) @Max(1000000) @Schema(example = "50") Integer votesTotal) {
    }

    @Schema(name = "InterviewSheetRequest", description = "The caller's own scores, one per criterion of the plan's sheet")
    public record Sheet(@NotNull @Size(min = 1, max = 20) @Schema(example = """
            {"political-quality":18,"education":12,"standing":13,"development":17,"service":13,"coordination":12}""")
                        Map<@NotBlank @Size(max = 100) String, @NotNull @Digits(integer = 4, fraction = 2) BigDecimal> scores) {
    }

    @Schema(name = "EvaluationCorrection", description = "A county admin's correction of a sealed result: a reason and at least one score")
    public record Correction(@NotBlank @Size(max = 2000) @Schema(example = "笔试成绩录入错误, 经复核更正") String reason,
                             @Digits(integer = 4, fraction = 2) @Schema(example = "85") BigDecimal writtenTest,
                             @Digits(integer = 4, fraction = 2) BigDecimal fieldVisitScore,
                             @Min(0) @Max(1000000) Integer votesFor,
                             @Min(1) @Max(1000000) Integer votesTotal) {
        Evaluation.Correction command() {
            return new Evaluation.Correction(reason, writtenTest, fieldVisitScore, votesFor, votesTotal);
        }
    }

    @Schema(name = "FieldVisit")
    public record FieldVisitView(Integer householdsVisited, Integer peopleTalkedTo, String findings, BigDecimal score) {
    }

    @Schema(name = "DemocraticRecommendation")
    public record VotesView(Integer votesFor, Integer votesTotal) {
    }

    @Schema(name = "InterviewSheet")
    public record SheetView(String rater, Map<String, BigDecimal> scores, BigDecimal total, OffsetDateTime enteredAt) {
        static SheetView of(InterviewSheet s) {
            return new SheetView(s.rater, s.scores, s.total, s.enteredAt);
        }
    }

    @Schema(name = "Interview", description = "The panel: before sealing a rater sees only their own sheet; everyone's after")
    public record InterviewView(int sheetsEntered, int minRaters, @Schema(description = "The panel's score once sealed (trimmed mean, HALF_UP 2 places)") BigDecimal score,
                                SheetView mine, @Schema(description = "Every current sheet; empty until sealed") List<SheetView> sheets) {
    }

    @Schema(name = "EvaluationResult", description = "The sealed result. Each weighted part = score × weight ÷ maxScore, HALF_UP to 2 places; "
            + "composite = their exact sum (0–100); passed = composite ≥ pass line.")
    public record ResultView(BigDecimal composite, boolean passed, int rankAtSeal, int rankOf, int resultVersion, OffsetDateTime sealedAt,
                             List<Scoring.Part> breakdown) {
    }

    @Schema(name = "Evaluation")
    public record EvaluationView(UUID candidateId, UUID campaignId, UUID planId, String candidateName, String countyCode, String townshipCode,
                                 String villageCode, EvaluationStatus status, BigDecimal writtenTest, FieldVisitView fieldVisit,
                                 VotesView democraticRecommendation, InterviewView interview,
                                 @Schema(description = "Null until sealed") ResultView result, long version,
                                 OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static EvaluationView of(Evaluation e, int minRaters, List<InterviewSheet> sheets, String viewer) {
            boolean open = e.status() == EvaluationStatus.OPEN;
            SheetView mine = sheets.stream().filter(s -> s.rater.equals(viewer)).findFirst().map(SheetView::of).orElse(null);
            return new EvaluationView(e.candidateId, e.campaignId, e.planId, e.candidateName, e.countyCode.trim(), e.townshipCode.trim(),
                    e.villageCode.trim(), e.status(), e.writtenTest,
                    new FieldVisitView(e.householdsVisited, e.peopleTalkedTo, e.findings, e.fieldVisitScore),
                    new VotesView(e.votesFor, e.votesTotal),
                    new InterviewView(sheets.size(), minRaters, e.interviewScore, mine, open ? List.of() : sheets.stream().map(SheetView::of).toList()),
                    open ? null : new ResultView(e.composite, e.passed, e.rankAtSeal, e.rankOf, e.resultVersion, e.sealedAt, e.breakdown),
                    e.version(), e.createdAt, e.updatedAt());
        }
    }

    @Schema(name = "EvaluationHistoryLine")
    public record HistoryView(String action, String fromStatus, String toStatus, String actor, String actorRole, String reason,
                              Map<String, Object> details, OffsetDateTime at) {
        static HistoryView of(EvaluationHistory h) {
            return new HistoryView(h.action(), h.fromStatus(), h.toStatus(), h.actor(), h.actorRole(), h.reason(), h.details(), h.at());
        }
    }

    @Schema(name = "RankingRow", description = "A sealed evaluation's place in its campaign")
    public record RankingRow(int rank, UUID candidateId, String candidateName, String villageCode, EvaluationStatus status,
                             BigDecimal writtenTest, BigDecimal interview, BigDecimal fieldVisit, BigDecimal democraticRecommendation,
                             BigDecimal composite, boolean passed, int resultVersion) {
    }
}
