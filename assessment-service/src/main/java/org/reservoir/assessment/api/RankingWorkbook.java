package org.reservoir.assessment.api;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** The ranking as a workbook: a header row (Chinese and English) and one row per candidate. */
final class RankingWorkbook {

    static final List<String> HEADERS = List.of("名次 Rank", "候选人ID Candidate id", "姓名 Name", "村 Village", "笔试 Written test",
            "面试 Interview", "实地考察 Field visit", "民主推荐 Democratic recommendation", "综合成绩 Composite", "是否合格 Passed", "结果版本 Result version");

    private RankingWorkbook() {
    }

    static byte[] xlsx(List<EvaluationRequests.RankingRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Reservoir", "1.0");
            Worksheet ws = wb.newWorksheet("测评排名");
            for (int i = 0; i < HEADERS.size(); i++) {
                ws.value(0, i, HEADERS.get(i));
                ws.style(0, i).bold().set();
                ws.width(i, 16);
            }
            for (int r = 0; r < rows.size(); r++) {
                EvaluationRequests.RankingRow row = rows.get(r);
                int y = r + 1;
                ws.value(y, 0, row.rank());
                ws.value(y, 1, row.candidateId().toString());
                ws.value(y, 2, row.candidateName());
                ws.value(y, 3, row.villageCode());
                number(ws, y, 4, row.writtenTest());
                number(ws, y, 5, row.interview());
                number(ws, y, 6, row.fieldVisit());
                number(ws, y, 7, row.democraticRecommendation());
                number(ws, y, 8, row.composite());
                ws.value(y, 9, row.passed() ? "合格" : "不合格");
                ws.value(y, 10, row.resultVersion());
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }
}
