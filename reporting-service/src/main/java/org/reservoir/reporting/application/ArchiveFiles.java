package org.reservoir.reporting.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.reporting.domain.ArchiveLineKind;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A growth archive as files, in Chinese: an XLSX workbook (a profile sheet and a timeline sheet, scores and hours as numbers)
 * and a PDF. The PDF uses the standard CJK font STSong-Light with the UniGB-UCS2-H encoding (metrics and CMaps ship in
 * OpenPDF): nothing is embedded, every PDF reader has the font, and the text extracts back as Unicode.
 */
public final class ArchiveFiles {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ArchiveFiles() {
    }

    public static byte[] xlsx(Archives.Archive archive) {
        List<List<Object>> timeline = new ArrayList<>();
        int n = 1;
        for (Archives.Line line : archive.timeline()) {
            timeline.add(Arrays.asList(n++, line.on().toString(), line.kind().dated ? null : TIME.format(line.occurredAt()), kind(line.kind()),
                    line.summary(), score(line), hours(line)));
        }
        return ExportFiles.write(List.of(
                new ReportSheets.Sheet("基本信息", List.of("项目", "内容"), profile(archive.profile()).stream()
                        .map(e -> Arrays.asList(e.getKey(), e.getValue())).toList()),
                new ReportSheets.Sheet("成长记录", List.of("序号", "日期", "时间", "类别", "内容", "成绩", "学时"), timeline)),
                ExportFiles.Format.XLSX);
    }

    public static byte[] pdf(Archives.Archive archive) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 42, 36);
        try {
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(cjk, 16, Font.BOLD);
            Font heading = new Font(cjk, 12, Font.BOLD);
            Font body = new Font(cjk, 9);
            PdfWriter.getInstance(doc, out);
            doc.addTitle("一人一档");
            doc.addCreator("Reservoir reporting-service");
            doc.open();
            Paragraph head = new Paragraph("村级后备力量一人一档：" + nonNull(archive.profile().name()), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(12);
            doc.add(head);

            doc.add(new Paragraph("基本信息", heading));
            PdfPTable profile = new PdfPTable(new float[]{1.2f, 2f, 1.2f, 2f});
            profile.setWidthPercentage(100);
            profile.setSpacingBefore(4);
            profile.setSpacingAfter(12);
            List<Map.Entry<String, Object>> fields = profile(archive.profile());
            for (Map.Entry<String, Object> field : fields) {
                profile.addCell(cell(field.getKey(), body, true));
                profile.addCell(cell(field.getValue() == null ? "" : field.getValue().toString(), body, false));
            }
            if (fields.size() % 2 == 1) {
                profile.addCell(cell("", body, true));
                profile.addCell(cell("", body, false));
            }
            doc.add(profile);

            doc.add(new Paragraph("成长记录", heading));
            PdfPTable timeline = new PdfPTable(new float[]{1.1f, 0.6f, 1.2f, 5f});
            timeline.setWidthPercentage(100);
            timeline.setSpacingBefore(4);
            timeline.setHeaderRows(1);
            for (String h : List.of("日期", "时间", "类别", "内容")) {
                timeline.addCell(cell(h, body, true));
            }
            for (Archives.Line line : archive.timeline()) {
                timeline.addCell(cell(line.on().toString(), body, false));
                timeline.addCell(cell(line.kind().dated ? "" : TIME.format(line.occurredAt()), body, false));
                timeline.addCell(cell(kind(line.kind()), body, false));
                timeline.addCell(cell(line.summary(), body, false));
            }
            if (archive.timeline().isEmpty()) {
                PdfPCell none = cell("暂无记录", body, false);
                none.setColspan(4);
                timeline.addCell(none);
            }
            doc.add(timeline);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the archive's PDF could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The profile's fields with Chinese names and values (labels for codes, numbers as numbers). */
    static List<Map.Entry<String, Object>> profile(Archives.Profile p) {
        List<Map.Entry<String, Object>> f = new ArrayList<>();
        f.add(entry("姓名", p.name()));
        f.add(entry("性别", label("Gender", p.gender())));
        f.add(entry("出生年份", p.birthYear()));
        f.add(entry("民族", p.ethnicity()));
        f.add(entry("政治面貌", label("PoliticalStatus", p.politicalStatus())));
        f.add(entry("学历", label("EducationLevel", p.educationLevel())));
        f.add(entry("县", place(p.countyName(), p.countyCode())));
        f.add(entry("乡镇", place(p.townshipName(), p.townshipCode())));
        f.add(entry("村", place(p.villageName(), p.villageCode())));
        f.add(entry("本土人才", p.local() ? "是" : "否"));
        f.add(entry("招募计划", p.campaignName()));
        f.add(entry("专职/兼职", label("Track", p.track())));
        f.add(entry("目标岗位", label("CommitteePost", p.targetPost())));
        f.add(entry("来源类别", label("SourceGroup", p.sourceGroup())));
        f.add(entry("产生渠道", label("Channel", p.channel())));
        f.add(entry("当前状态", label("CandidateStatus", p.status())));
        f.add(entry("重点培养", p.keyCultivation() ? "是" : "否"));
        f.add(entry("当选职务", String.join(" ", p.electedPosts().stream().map(x -> label("CommitteePost", x)).toList())));
        f.add(entry("试岗开始", p.probationStart() == null ? null : p.probationStart().toString()));
        f.add(entry("试岗计划结束", p.probationPlannedEnd() == null ? null : p.probationPlannedEnd().toString()));
        f.add(entry("退出原因", label("ExitReason", p.exitReason())));
        return f;
    }

    private static Map.Entry<String, Object> entry(String name, Object value) {
        return new java.util.AbstractMap.SimpleImmutableEntry<>(name, value);
    }

    private static String place(String name, String code) {
        return name == null ? code : name + "（" + code + "）";
    }

    private static String label(String type, String code) {
        return code == null ? null : Messages.text(Messages.CHINESE, "enum." + type + "." + code);
    }

    private static String kind(ArchiveLineKind kind) {
        return Messages.text(Messages.CHINESE, "enum.ArchiveLineKind." + kind.name());
    }

    /** The line's score: an evaluation's composite, an appraisal's total or a follow-up's rating. */
    private static Object score(Archives.Line line) {
        return switch (line.kind()) {
            case EVALUATED -> number(line.facts().get("composite"));
            case APPRAISAL_GRADED -> number(line.facts().get("total"));
            case FOLLOW_UP -> number(line.facts().get("rating"));
            default -> null;
        };
    }

    private static Object hours(Archives.Line line) {
        return line.kind() == ArchiveLineKind.TRAINING_HOURS ? number(line.facts().get("hours")) : null;
    }

    private static Number number(Object value) {
        return value instanceof Number n ? (n instanceof BigDecimal || n instanceof Integer || n instanceof Long ? n : new BigDecimal(n.toString())) : null;
    }

    private static PdfPCell cell(String text, Font font, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        if (header) {
            cell.setBackgroundColor(new Color(235, 238, 242));
        }
        return cell;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
