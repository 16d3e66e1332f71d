package org.reservoir.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.assessment.domain.Actor;
import org.reservoir.assessment.domain.Evaluation;
import org.reservoir.assessment.domain.EvaluationAction;
import org.reservoir.assessment.domain.EvaluationHistory;
import org.reservoir.assessment.domain.EvaluationPlan;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Refusal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Written-test scores uploaded as a workbook: column A the candidate id, column B the score (a first row that is not a
 * candidate id is a header). Every row is checked like {@code PUT …/written-test} and reported on its own; rows that pass
 * are entered, the others change nothing. Assessment never holds ID numbers, so rows name candidates by id.
 */
@ApplicationScoped
public class WrittenTestUpload {

    /** Rows a workbook may hold; a larger one is refused before any row is read further. */
    public static final int MAX_ROWS = 5000;

    private final EntityManager em;
    private final Clock clock;

    public WrittenTestUpload(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Schema(name = "WrittenTestUploadRow", description = "One row's outcome: ENTERED, or REFUSED with the rule and its message")
    public record RowOutcome(int row, String candidateId, BigDecimal score, String outcome, String rule, String message) {
    }

    @Schema(name = "WrittenTestUploadReport")
    public record Report(UUID campaignId, int rows, int entered, int refused, List<RowOutcome> outcomes) {
    }

    @Transactional
    public Report upload(UUID campaignId, byte[] file, Actor actor, Locale locale) {
        List<Row> rows = read(file);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<RowOutcome> outcomes = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Row r : rows) {
            String idText = text(r, 0);
            if (r.getRowNum() == 1 && parseId(idText).isEmpty()) {
                continue; // the header
            }
            if (idText.isEmpty() && text(r, 1).isEmpty()) {
                continue;
            }
            outcomes.add(row(campaignId, r.getRowNum(), idText, r, seen, actor, locale, now));
        }
        int entered = (int) outcomes.stream().filter(o -> o.outcome().equals("ENTERED")).count();
        return new Report(campaignId, outcomes.size(), entered, outcomes.size() - entered, outcomes);
    }

    private RowOutcome row(UUID campaignId, int rowNum, String idText, Row r, Set<UUID> seen, Actor actor, Locale locale, OffsetDateTime now) {
        Optional<UUID> id = parseId(idText);
        if (id.isEmpty()) {
            return refused(rowNum, idText, null, "uuid", locale);
        }
        Optional<BigDecimal> score = score(r);
        if (score.isEmpty()) {
            return refused(rowNum, idText, null, "score-number", locale);
        }
        if (!seen.add(id.get())) {
            return refused(rowNum, idText, score.get(), "duplicate-in-upload", locale);
        }
        Evaluation e = Evaluation.findById(id.get());
        // Unknown, outside the caller's region or of another campaign: the same answer, no oracle.
        if (e == null || !actor.covers(e.townshipCode) || !e.campaignId.equals(campaignId)) {
            return refused(rowNum, idText, score.get(), "evaluation-unknown", locale);
        }
        EvaluationPlan plan = EvaluationPlan.findById(e.planId);
        Optional<Refusal> refusal = e.enterWrittenTest(plan, score.get());
        if (refusal.isPresent()) {
            Refusal f = refusal.get();
            if (!f.violations().isEmpty()) {
                Violation v = f.violations().get(0);
                return new RowOutcome(rowNum, idText, score.get(), "REFUSED", v.rule(), Messages.text(locale, "rule." + v.rule(), v.args()));
            }
            return new RowOutcome(rowNum, idText, score.get(), "REFUSED", f.key(), Messages.text(locale, f.key() + ".detail", f.args().toArray()));
        }
        e.touch(now);
        em.flush();
        EvaluationHistory.of(e.candidateId, new AuditLine(EvaluationAction.ENTER_WRITTEN_TEST, e.status().name(), e.status().name(), actor.id(),
                actor.roleFor(Evaluations.SCORERS), "upload", Map.of("score", score.get(), "row", rowNum), now)).persist();
        return new RowOutcome(rowNum, idText, score.get(), "ENTERED", null, null);
    }

    private static RowOutcome refused(int row, String id, BigDecimal score, String rule, Locale locale) {
        return new RowOutcome(row, id, score, "REFUSED", rule, Messages.text(locale, "rule." + rule));
    }

    private static List<Row> read(byte[] file) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Row> out = new ArrayList<>();
            for (Row r : (Iterable<Row>) rows::iterator) {
                if (out.size() >= MAX_ROWS + 1) {
                    throw ProblemException.unprocessable("file", "upload-rows", MAX_ROWS);
                }
                out.add(r);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.unprocessable("file", "upload-unreadable");
        }
    }

    private static String text(Row r, int column) {
        return r.getOptionalCell(column).map(Cell::getText).map(String::strip).orElse("");
    }

    private static Optional<UUID> parseId(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> score(Row r) {
        Optional<Cell> cell = r.getOptionalCell(1);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal v = cell.get().getType() == CellType.NUMBER ? cell.get().asNumber() : new BigDecimal(cell.get().getText().strip());
            return v.scale() > 2 || v.precision() - v.scale() > 4 ? Optional.empty() : Optional.of(v);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
