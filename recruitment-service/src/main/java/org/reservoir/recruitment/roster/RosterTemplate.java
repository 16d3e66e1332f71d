package org.reservoir.recruitment.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Downloadable roster templates: header row plus one example row, in .xlsx and CSV. */
public final class RosterTemplate {

    public static final String SHEET_NAME = "后备力量花名册";
    public static final String GUIDE_SHEET_NAME = "填写说明";

    /** The example row, key → text, in {@link RosterColumn} order (lets callers recognise a left-in example). */
    public static final Map<String, String> EXAMPLE = example(
            "张三", "男", "汉族", "1990-05-01", "11010519491231002X", "13800000000", "本科", "农学", "新疆农业大学",
            "中共党员", "2015-07-01", "8", "是", "是", "种植大户", "致富带头人", "组织推荐", "北庭镇党委", "专职",
            "652327104201", "村委会委员");

    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String TEXT_FORMAT = "@";

    private RosterTemplate() {
    }

    /** Workbook with sheet {@value #SHEET_NAME} (bold header, example row, drop-downs) and sheet {@value #GUIDE_SHEET_NAME}. */
    public static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Reservoir", "1.0");
            Worksheet ws = wb.newWorksheet(SHEET_NAME);
            RosterColumn[] columns = RosterColumn.values();
            for (int i = 0; i < columns.length; i++) {
                RosterColumn c = columns[i];
                ws.value(0, i, c.header());
                String example = EXAMPLE.get(c.key());
                ws.width(i, Math.max(10, Math.max(displayWidth(c.header()), displayWidth(example)) + 3));
                if (isDate(c)) {
                    ws.style(i).format(DATE_FORMAT).set();
                    ws.value(1, i, LocalDate.parse(example));
                    ws.style(1, i).format(DATE_FORMAT).set();
                } else if (c == RosterColumn.WORK_YEARS) {
                    ws.value(1, i, new BigDecimal(example));
                } else {
                    if (isCode(c)) {
                        ws.style(i).format(TEXT_FORMAT).set(); // keeps long digit strings from turning into numbers
                        ws.style(1, i).format(TEXT_FORMAT).set();
                    }
                    ws.value(1, i, example);
                }
                if (!c.allowedValues().isEmpty()) {
                    ws.range(1, i, RosterReader.MAX_ROWS + 1, i)
                            .validateWithListByFormula("\"" + String.join(",", c.allowedValues()) + "\"")
                            .errorStyle(DataValidationErrorStyle.WARNING)
                            .showErrorMessage(true)
                            .errorTitle("填写提示")
                            .error("请从下拉列表中选择");
                }
            }
            ws.range(0, 0, 0, columns.length - 1).style().bold().set();
            ws.freezePane(0, 1);

            Worksheet guide = wb.newWorksheet(GUIDE_SHEET_NAME);
            guide.value(0, 0, "第1行为表头，请勿修改列名；第2行为示例，导入前请删除；每位人员填写一行。");
            guide.value(2, 0, "列名");
            guide.value(2, 1, "填写要求");
            guide.range(2, 0, 2, 1).style().bold().set();
            guide.width(0, 26);
            guide.width(1, 90);
            for (int i = 0; i < columns.length; i++) {
                guide.value(3 + i, 0, columns[i].header());
                guide.value(3 + i, 1, guideText(columns[i]));
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** UTF-8 CSV with BOM (so Excel opens it correctly): header line and the example row, CRLF line ends. */
    public static byte[] csv() {
        String text = "\uFEFF"
                + Arrays.stream(RosterColumn.values()).map(c -> csvField(c.header())).collect(Collectors.joining(",")) + "\r\n"
                + Arrays.stream(RosterColumn.values()).map(c -> csvField(EXAMPLE.get(c.key()))).collect(Collectors.joining(",")) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Quotes a field per RFC 4180 when it holds a comma, quote or line break. */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static String guideText(RosterColumn c) {
        if (!c.allowedValues().isEmpty()) {
            return "可选值：" + String.join("、", c.allowedValues());
        }
        return switch (c) {
            case NAME -> "必填";
            case ETHNICITY -> "如：汉族、维吾尔族、哈萨克族";
            case BIRTH_DATE -> "日期，格式 yyyy-MM-dd，如 1990-05-01";
            case ID_NUMBER -> "18位居民身份证号码，必填（本列为文本格式，请勿改为数字）";
            case PHONE -> "11位手机号码";
            case MAJOR -> "所学专业";
            case SCHOOL -> "最高学历毕业院校";
            case PARTY_JOIN_DATE -> "日期，格式 yyyy-MM-dd；非党员留空";
            case WORK_YEARS -> "整数，单位：年";
            case OCCUPATION -> "如：种植大户、个体经营者、村医";
            case CHANNEL_DETAIL -> "推荐人姓名或推荐单位名称";
            case VILLAGE_CODE -> "12位村级行政区划代码";
            case TARGET_POST -> "如：村党组织书记、村委会主任、村委会委员";
            default -> "";
        };
    }

    /** Approximate column width: CJK characters count double. */
    private static int displayWidth(String s) {
        return s.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }

    private static boolean isDate(RosterColumn c) {
        return c == RosterColumn.BIRTH_DATE || c == RosterColumn.PARTY_JOIN_DATE;
    }

    private static boolean isCode(RosterColumn c) {
        return c == RosterColumn.ID_NUMBER || c == RosterColumn.PHONE || c == RosterColumn.VILLAGE_CODE;
    }

    private static Map<String, String> example(String... values) {
        List<RosterColumn> columns = List.of(RosterColumn.values());
        if (values.length != columns.size()) {
            throw new IllegalStateException("example needs one value per column");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(columns.get(i).key(), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }
}
