package org.reservoir.launcher;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one table {@code ./reservoir bench} prints: each figure beside its raw baseline, the ratio and percentiles. */
public final class BenchTable {

    private static final String[] HEADER = {"what", "Reservoir", "p50 / p95 / p99 ms", "raw baseline", "baseline p50 / p95 / p99 ms", "ratio",
            "target (issue 12)"};

    /** One line; empty strings where a column does not apply. */
    public record Row(String what, String figure, String percentiles, String baseline, String baselinePercentiles, String ratio, String target) {
    }

    private final List<Row> rows = new ArrayList<>();

    public BenchTable add(Row row) {
        rows.add(row);
        return this;
    }

    public List<Row> rows() {
        return rows;
    }

    /** A Markdown table, padded so it also reads well on a console. */
    public String render() {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Row r : rows) {
            cells.add(new String[]{r.what(), r.figure(), r.percentiles(), r.baseline(), r.baselinePercentiles(), r.ratio(), r.target()});
        }
        int[] width = new int[HEADER.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.max(width[i], displayWidth(line[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < cells.size(); l++) {
            appendLine(sb, cells.get(l), width);
            if (l == 0) {
                String[] rule = new String[width.length];
                for (int i = 0; i < width.length; i++) {
                    rule[i] = "-".repeat(Math.max(3, width[i]));
                }
                appendLine(sb, rule, width);
            }
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, String[] line, int[] width) {
        sb.append('|');
        for (int i = 0; i < line.length; i++) {
            sb.append(' ').append(line[i]).append(" ".repeat(Math.max(0, width[i] - displayWidth(line[i])))).append(" |");
        }
        sb.append('\n');
    }

    /** CJK characters take two console columns. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x2E80 && c <= 0xFFEF ? 2 : 1;
        }
        return w;
    }

    /** "12,345 req/s" style: thousands separated, no decimals above 100, one below. */
    public static String rate(double perSecond, String unit) {
        String n = perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond) : String.format(Locale.ROOT, "%.1f", perSecond);
        return n + " " + unit;
    }

    /** p50 / p95 / p99 of a histogram recorded in microseconds, in milliseconds. */
    public static String percentiles(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return "no samples";
        }
        return ms(micros.getValueAtPercentile(50)) + " / " + ms(micros.getValueAtPercentile(95)) + " / " + ms(micros.getValueAtPercentile(99));
    }

    static String ms(long micros) {
        double ms = micros / 1000.0;
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", ms);
        }
        return ms >= 10 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.2f", ms);
    }

    /** Reservoir's figure as a share of the baseline's, e.g. "4.7%". */
    public static String ratio(double figure, double baseline) {
        if (baseline <= 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100 * figure / baseline);
    }
}
