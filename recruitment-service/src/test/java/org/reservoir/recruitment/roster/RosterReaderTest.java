package org.reservoir.recruitment.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.reservoir.recruitment.roster.RosterReader.Format;

class RosterReaderTest {

    @Test
    void readsXlsxWithShuffledHeadersDatesNumbersBlankRowAndExtraColumn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        // header (row 1): shuffled order, hints dropped/kept/full-width, surrounding spaces, unknown column
        String[] headers = {"  身份证号 ", "备注", "出生日期", "姓名", "联系电话", "性别 (男/女)", "入党时间（yyyy-MM-dd）",
                "工作年限", "本土人才", "身体健康 (是/否)"};
        for (int i = 0; i < headers.length; i++) {
            ws.value(0, i, headers[i]);
        }
        // row 2
        ws.value(1, 0, "11010519491231002X");
        ws.value(1, 1, "ignored");
        ws.value(1, 2, LocalDate.of(1990, 5, 1));
        ws.style(1, 2).format("yyyy-mm-dd").set();
        ws.value(1, 3, "  张三 ");
        ws.value(1, 4, 13800000000L);
        ws.value(1, 5, "男");
        ws.value(1, 6, LocalDate.of(2015, 7, 1));
        ws.style(1, 6).format("yyyy\"年\"m\"月\"d\"日\"").set();
        ws.value(1, 7, 8);
        ws.value(1, 8, true);
        // row 3 fully blank (one empty string cell), row 4 only has a value in the unknown column
        ws.value(2, 3, "");
        ws.value(3, 1, "只有备注");
        // row 5: id typed as a number, non-date decimal, date with default m/d/yyyy-like built-in style
        ws.value(4, 0, new BigDecimal("110105194912310020"));
        ws.value(4, 3, "李四");
        ws.value(4, 2, LocalDate.of(1988, 12, 31));
        ws.style(4, 2).format("m/d/yy").set();
        ws.value(4, 7, 2.5);
        ws.value(4, 9, "否");
        wb.finish();

        RosterSheet sheet = RosterReader.read(new ByteArrayInputStream(out.toByteArray()), Format.XLSX);

        assertEquals(List.of(), sheet.problems());
        assertEquals(2, sheet.rows().size());
        RosterRow first = sheet.rows().get(0);
        assertEquals(2, first.rowNumber());
        assertEquals(Map.of(
                "idNumber", "11010519491231002X",
                "birthDate", "1990-05-01",
                "name", "张三",
                "phone", "13800000000",
                "gender", "男",
                "partyJoinDate", "2015-07-01",
                "workYears", "8",
                "local", "TRUE"), first.values());
        assertEquals(List.of("name", "gender", "birthDate", "idNumber", "phone", "partyJoinDate", "workYears", "local"),
                List.copyOf(first.values().keySet()), "values follow RosterColumn order");

        RosterRow second = sheet.rows().get(1);
        assertEquals(5, second.rowNumber());
        assertEquals("110105194912310000", second.value(RosterColumn.ID_NUMBER)); // 15 significant digits, no exponent
        assertEquals("1988-12-31", second.value(RosterColumn.BIRTH_DATE));
        assertEquals("2.5", second.value(RosterColumn.WORK_YEARS));
        assertEquals("否", second.value(RosterColumn.FIT_FOR_DUTY));
        assertNull(second.value(RosterColumn.PHONE));
    }

    @Test
    void templateRoundTrip() {
        RosterSheet xlsx = RosterReader.read(new ByteArrayInputStream(RosterTemplate.xlsx()), Format.XLSX);
        assertEquals(List.of(), xlsx.problems());
        assertEquals(1, xlsx.rows().size());
        assertEquals(2, xlsx.rows().get(0).rowNumber());
        assertEquals(RosterTemplate.EXAMPLE, xlsx.rows().get(0).values());
        assertEquals("1990-05-01", xlsx.rows().get(0).value(RosterColumn.BIRTH_DATE));
        assertEquals("8", xlsx.rows().get(0).value(RosterColumn.WORK_YEARS));

        byte[] csv = RosterTemplate.csv();
        assertEquals(0xEF, csv[0] & 0xFF);
        RosterSheet fromCsv = RosterReader.read(new ByteArrayInputStream(csv), Format.CSV);
        assertEquals(List.of(), fromCsv.problems());
        assertEquals(1, fromCsv.rows().size());
        assertEquals(RosterTemplate.EXAMPLE, fromCsv.rows().get(0).values());
    }

    @Test
    void templateHasEveryColumnAndExampleValue() {
        assertEquals(21, RosterColumn.values().length);
        assertEquals(21, RosterTemplate.EXAMPLE.size());
        String csv = new String(RosterTemplate.csv(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF姓名,性别 (男/女),民族,出生日期 (yyyy-MM-dd),身份证号,"), csv);
        assertTrue(csv.endsWith("652327104201,村委会委员\r\n"), csv);
    }

    @Test
    void readsRfc4180CsvWithBom() {
        String text = "\uFEFF姓名,身份证号,专业,推荐人/单位,未知列\r\n"
                + "\"王五\",11010519491231002X,\"农学, 园艺\",\"北庭镇\"\"党委\"\"\",x\r\n"
                + ",,,,\r\n"
                + "赵六,\"1101\",\"第一行\n第二行\",,\n"
                + "孙七,\"\",,\"\"";
        RosterSheet sheet = RosterReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Format.CSV);

        assertEquals(List.of(), sheet.problems());
        assertEquals(3, sheet.rows().size());
        assertEquals(new RosterRow(2, Map.of("name", "王五", "idNumber", "11010519491231002X", "major", "农学, 园艺",
                "channelDetail", "北庭镇\"党委\"")), sheet.rows().get(0));
        assertEquals(new RosterRow(4, Map.of("name", "赵六", "idNumber", "1101", "major", "第一行\n第二行")),
                sheet.rows().get(1));
        assertEquals(new RosterRow(5, Map.of("name", "孙七")), sheet.rows().get(2));
    }

    @Test
    void readsGbkCsvAndReportsUnterminatedQuote() {
        String text = "姓名,身份证号\n周八,\"1101\n";
        RosterSheet sheet = RosterReader.read(new ByteArrayInputStream(text.getBytes(Charset.forName("GBK"))), Format.CSV);
        assertEquals("周八", sheet.rows().get(0).value(RosterColumn.NAME));
        assertEquals(List.of("CSV格式错误：第2行起的引号未闭合"), sheet.problems());
    }

    @Test
    void headerMaySitBelowTitleRows() {
        String text = "北庭镇村级后备力量花名册\n\n姓名,身份证号\n吴九,1\n";
        RosterSheet sheet = RosterReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Format.CSV);
        assertEquals(List.of(), sheet.problems());
        assertEquals(new RosterRow(4, Map.of("name", "吴九", "idNumber", "1")), sheet.rows().get(0));
    }

    @Test
    void missingRequiredColumnIsAProblem() {
        String text = "姓名,联系电话\n张三,13800000000\n";
        RosterSheet sheet = RosterReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Format.CSV);
        assertEquals(List.of("缺少列：身份证号"), sheet.problems());
        assertEquals(1, sheet.rows().size(), "rows are still returned for preview");
    }

    @Test
    void sheetLevelProblems() {
        assertEquals(List.of("未找到表头：文件中没有可识别的列名"), readCsv("a,b\n1,2\n").problems());
        assertEquals(List.of("没有数据行"), readCsv("姓名,身份证号\n,\n").problems());
        assertEquals(List.of("重复列：姓名（只读取第一列）"), readCsv("姓名,身份证号,姓名\n甲,1,乙\n").problems());
        assertEquals("甲", readCsv("姓名,身份证号,姓名\n甲,1,乙\n").rows().get(0).value(RosterColumn.NAME));

        StringBuilder big = new StringBuilder("姓名,身份证号\n");
        for (int i = 0; i <= RosterReader.MAX_ROWS; i++) {
            big.append("人").append(i).append(',').append(i).append('\n');
        }
        RosterSheet tooBig = readCsv(big.toString());
        assertEquals(List.of("数据行数超过上限20000行，请拆分后分批导入"), tooBig.problems());
        assertTrue(tooBig.rows().isEmpty());
        assertEquals(RosterReader.MAX_ROWS, readCsv(big.substring(0, big.lastIndexOf("人"))).rows().size());
    }

    @Test
    void unreadableWorkbooksAreProblemsNotExceptions() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals(List.of("不支持旧版Excel（.xls）文件，请另存为.xlsx格式后上传"),
                RosterReader.read(new ByteArrayInputStream(xls), Format.XLSX).problems());
        assertEquals(List.of("文件不是有效的Excel（.xlsx）文件"),
                RosterReader.read(new ByteArrayInputStream("姓名".getBytes(StandardCharsets.UTF_8)), Format.XLSX).problems());
        byte[] truncated = java.util.Arrays.copyOf(RosterTemplate.xlsx(), 600);
        RosterSheet broken = RosterReader.read(new ByteArrayInputStream(truncated), Format.XLSX);
        assertFalse(broken.problems().isEmpty());
        assertTrue(broken.rows().isEmpty());
    }

    @Test
    void detect() {
        String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        byte[] text = "姓名,身份证号".getBytes(StandardCharsets.UTF_8);
        assertEquals(Format.XLSX, RosterReader.detect(null, zip));
        assertEquals(Format.XLSX, RosterReader.detect("application/octet-stream", zip));
        assertEquals(Format.XLSX, RosterReader.detect(xlsxType, null));
        assertEquals(Format.XLSX, RosterReader.detect(xlsxType + "; charset=binary", new byte[0]));
        assertEquals(Format.CSV, RosterReader.detect("text/csv", text));
        assertEquals(Format.CSV, RosterReader.detect("text/csv; charset=utf-8", null));
        assertEquals(Format.CSV, RosterReader.detect(null, null));
        // Windows browsers label .csv uploads application/vnd.ms-excel: the bytes win
        assertEquals(Format.CSV, RosterReader.detect("application/vnd.ms-excel", text));
        assertEquals(Format.CSV, RosterReader.detect(xlsxType, text));
        assertEquals(Format.XLSX, RosterReader.detect(null, RosterTemplate.xlsx()));
    }

    @Test
    void headerMatching() {
        assertEquals(RosterColumn.GENDER, RosterColumn.byHeader("性别").orElseThrow());
        assertEquals(RosterColumn.GENDER, RosterColumn.byHeader(" 性别 (男/女) ").orElseThrow());
        assertEquals(RosterColumn.GENDER, RosterColumn.byHeader("*性别（男/女）").orElseThrow());
        assertEquals(RosterColumn.BIRTH_DATE, RosterColumn.byHeader("出生日期\n(yyyy-MM-dd)").orElseThrow());
        assertEquals(RosterColumn.CHANNEL_DETAIL, RosterColumn.byHeader("推荐人/单位").orElseThrow());
        assertTrue(RosterColumn.byHeader("备注").isEmpty());
        assertEquals(RosterColumn.ID_NUMBER, RosterColumn.byKey("idNumber").orElseThrow());
        for (RosterColumn c : RosterColumn.values()) {
            assertEquals(c, RosterColumn.byHeader(c.header()).orElseThrow());
        }
    }

    @Test
    void dateFormatsAndSerials() {
        assertTrue(RosterReader.isDateFormat(14, null));
        assertTrue(RosterReader.isDateFormat(31, null)); // zh-CN built-in yyyy"年"m"月"d"日"
        assertFalse(RosterReader.isDateFormat(0, null));
        assertTrue(RosterReader.isDateFormat(170, "[$-F800]dddd, mmmm dd, yyyy"));
        assertTrue(RosterReader.isDateFormat(171, "yyyy/m/d;@"));
        assertFalse(RosterReader.isDateFormat(172, "0.00_);[Red](0.00)"));
        assertFalse(RosterReader.isDateFormat(173, "0\"天\""));
        assertFalse(RosterReader.isDateFormat(174, "General"));
        assertEquals(LocalDate.of(1990, 5, 1), RosterReader.excelDate(32994, false));
        assertEquals(LocalDate.of(1990, 5, 1), RosterReader.excelDate(32994.75, false));
        assertEquals(LocalDate.of(1990, 5, 1), RosterReader.excelDate(32994 - 1462, true));
    }

    private static RosterSheet readCsv(String text) {
        return RosterReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Format.CSV);
    }
}
