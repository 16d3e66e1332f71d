package org.reservoir.reporting.application;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a report's sheets as XLSX (one sheet per section, numbers as numbers) or CSV (sections one after another). */
public final class ExportFiles {

    private ExportFiles() {
    }

    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        CSV("text/csv; charset=UTF-8", "csv");

        public final String contentType;
        public final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    public static byte[] write(List<ReportSheets.Sheet> sheets, Format format) {
        return format == Format.XLSX ? xlsx(sheets) : csv(sheets);
    }

    private static byte[] xlsx(List<ReportSheets.Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Reservoir", "1.0");
            for (ReportSheets.Sheet sheet : sheets) {
                Worksheet ws = wb.newWorksheet(sheet.name());
                for (int c = 0; c < sheet.headers().size(); c++) {
                    ws.value(0, c, sheet.headers().get(c));
                    ws.width(c, 16);
                }
                ws.range(0, 0, 0, sheet.headers().size() - 1).style().bold().set();
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<Object> row = sheet.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object value = row.get(c);
                        if (value instanceof Number n) {
                            ws.value(r + 1, c, n);
                        } else if (value instanceof Boolean b) {
                            ws.value(r + 1, c, b ? "是" : "否");
                        } else if (value != null) {
                            ws.value(r + 1, c, value.toString());
                        }
                    }
                }
                ws.freezePane(0, 1);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** RFC 4180 CSV in UTF-8 with a byte order mark (so spreadsheet programs read the Chinese); a section starts with its name. */
    private static byte[] csv(List<ReportSheets.Sheet> sheets) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (ReportSheets.Sheet sheet : sheets) {
            if (out.length() > 1) {
                out.append("\r\n");
            }
            line(out, List.of(sheet.name()));
            line(out, List.copyOf(sheet.headers()));
            sheet.rows().forEach(row -> line(out, row));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values.get(i);
            String text = v == null ? "" : v instanceof Boolean b ? (b ? "是" : "否") : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
            // Text that a spreadsheet would take for a formula is kept as text.
            if (!(v instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            if (text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            out.append(text);
        }
        out.append("\r\n");
    }
}
