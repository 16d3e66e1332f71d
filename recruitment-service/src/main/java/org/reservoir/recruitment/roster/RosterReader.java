package org.reservoir.recruitment.roster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.reservoir.infrastructure.api.Messages;

/**
 * Reads a candidate roster (.xlsx or CSV) into rows of key → text. Only file reading and header mapping happen
 * here; values are not validated. Headers are matched by text ({@link RosterColumn#byHeader}) in any order,
 * unknown columns are ignored. The header row is the first row holding a known header (title rows above it are
 * skipped). Rows without a value in any roster column are skipped. Never throws for bad input: unreadable
 * files and sheet-level issues are reported in {@link RosterSheet#problems()}.
 */
public final class RosterReader {

    public enum Format { XLSX, CSV }

    /** Maximum number of data rows; a larger sheet yields no rows and a problem. */
    public static final int MAX_ROWS = 20_000;
    /** Non-blank rows searched for the header row. */
    static final int HEADER_SCAN_ROWS = 10;

    private static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** Built-in number formats that show a date (incl. the zh-CN locale ids 27–31, 36, 50–58). */
    private static final Set<Integer> BUILTIN_DATE_FORMATS =
            Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58);
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private RosterReader() {
    }

    /**
     * Guesses the format from the first bytes (preferred) or, when none are given, the content type.
     * Zip ("PK\3\4") → XLSX; legacy OLE2 .xls → XLSX too, so that {@link #read} reports it as unsupported;
     * any other content → CSV.
     */
    public static Format detect(String contentType, byte[] firstBytes) {
        if (firstBytes != null && firstBytes.length > 0) {
            return startsWith(firstBytes, ZIP_MAGIC) || startsWith(firstBytes, OLE2_MAGIC) ? Format.XLSX : Format.CSV;
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        return ct.startsWith(XLSX_CONTENT_TYPE) || ct.startsWith("application/vnd.ms-excel") ? Format.XLSX : Format.CSV;
    }

    /** Reads the roster, problems in Chinese; the caller keeps ownership of (and closes) the stream. */
    public static RosterSheet read(InputStream in, Format format) {
        return read(in, format, Messages.CHINESE);
    }

    /** Reads the roster, problems in {@code locale}; the caller keeps ownership of (and closes) the stream. */
    public static RosterSheet read(InputStream in, Format format, Locale locale) {
        Collector collector = new Collector(locale);
        try {
            if (format == Format.CSV) {
                collector = readCsv(in, locale);
            } else {
                readXlsx(in, collector);
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalArgumentException e) {
            return new RosterSheet(List.of(), List.of(Messages.text(locale, format == Format.CSV ? "roster.csv-unreadable" : "roster.xlsx-unreadable")));
        }
        return collector.finish();
    }

    // ---------------------------------------------------------------- XLSX

    private static void readXlsx(InputStream in, Collector collector) throws IOException {
        BufferedInputStream bin = new BufferedInputStream(in);
        bin.mark(8);
        byte[] head = bin.readNBytes(8);
        bin.reset();
        if (startsWith(head, OLE2_MAGIC)) {
            collector.problem("roster.xls-unsupported");
            return;
        }
        if (!startsWith(head, ZIP_MAGIC)) {
            collector.problem("roster.not-xlsx");
            return;
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(bin, new ReadingOptions(true, true))) {
            Sheet sheet = wb.findSheet(RosterTemplate.SHEET_NAME).orElseGet(wb::getFirstSheet);
            boolean date1904 = wb.isDate1904();
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                while (it.hasNext()) {
                    Row row = it.next();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(row.getOptionalCell(i).map(c -> cellText(c, date1904)).orElse(""));
                    }
                    if (!collector.accept(row.getRowNum(), cells)) {
                        return;
                    }
                }
            }
        }
    }

    static String cellText(Cell cell, boolean date1904) {
        switch (cell.getType()) {
            case EMPTY:
                return "";
            case STRING:
                return cell.asString();
            case BOOLEAN:
                return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            case NUMBER:
                return number(cell.asNumber(), cell, date1904);
            default: // FORMULA (cached result), ERROR (e.g. #N/A)
                String raw = cell.getRawValue();
                if (raw == null) {
                    return "";
                }
                try {
                    return number(new BigDecimal(raw.strip()), cell, date1904);
                } catch (NumberFormatException e) {
                    return raw;
                }
        }
    }

    private static String number(BigDecimal n, Cell cell, boolean date1904) {
        if (n == null) {
            return "";
        }
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            return excelDate(n.doubleValue(), date1904).toString();
        }
        return n.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** Serial day number → date (time of day dropped, rounded to the second). */
    static LocalDate excelDate(double serial, boolean date1904) {
        long days = (long) Math.floor(serial + 0.5 / 86_400);
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        // Serial 60 is Excel's fictitious 1900-02-29; before it the 1900 system is off by one.
        return days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
    }

    static boolean isDateFormat(Integer id, String format) {
        if (id != null && BUILTIN_DATE_FORMATS.contains(id)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') {
                int end = f.indexOf('"', i + 1);
                i = end < 0 ? f.length() : end;
            } else if (c == '[') {
                int end = f.indexOf(']', i + 1);
                i = end < 0 ? f.length() : end;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else {
                code.append(c);
            }
        }
        return code.indexOf("y") >= 0 || code.indexOf("d") >= 0;
    }

    // ---------------------------------------------------------------- CSV

    /**
     * RFC 4180 through Commons CSV, lenient about text after a closing quote. Empty lines are records, so row numbers
     * stay the record numbers the uploader sees. A quote left open reads the rest of the file into its field (as
     * Excel does) and is reported with the record it opened in.
     */
    private static Collector readCsv(InputStream in, Locale locale) throws IOException {
        String text = decode(in.readAllBytes());
        Collector collector = new Collector(locale);
        try {
            readCsv(text, collector, false);
            return collector;
        } catch (UncheckedIOException e) {
            Collector lenient = new Collector(locale);
            long broken = readCsv(text, lenient, true);
            lenient.problem("roster.csv-unclosed-quote", broken);
            return lenient;
        }
    }

    /** @return the number of the last record read */
    private static long readCsv(String text, Collector collector, boolean lenientEof) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(true).setLenientEof(lenientEof).get();
        long last = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                last = record.getRecordNumber();
                if (!collector.accept((int) last, record.toList())) {
                    break;
                }
            }
        }
        return last;
    }

    /** UTF-8 (BOM optional); files that are not valid UTF-8 are taken as GB18030 (Excel's "CSV" on Chinese Windows). */
    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    // ---------------------------------------------------------------- shared

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Trims whitespace incl. full-width/no-break spaces and BOM/zero-width characters. */
    static String trim(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && isBlankChar(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** Finds the header row, maps columns and collects data rows. */
    private static final class Collector {
        final List<RosterRow> rows = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        private final Locale locale;
        private RosterColumn[] columns;
        private int rowsBeforeHeader;

        Collector(Locale locale) {
            this.locale = locale;
        }

        void problem(String key, Object... args) {
            problems.add(Messages.text(locale, key, args));
        }

        /** @return false to stop reading */
        boolean accept(int rowNumber, List<String> cells) {
            if (cells.stream().allMatch(c -> trim(c).isEmpty())) {
                return true;
            }
            if (columns == null) {
                return header(cells);
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < cells.size() && i < columns.length; i++) {
                String v = trim(cells.get(i));
                if (columns[i] != null && !v.isEmpty()) {
                    values.put(columns[i].key(), v);
                }
            }
            if (values.isEmpty()) {
                return true;
            }
            if (rows.size() >= MAX_ROWS) {
                rows.clear();
                problem("roster.too-many-rows", MAX_ROWS);
                return false;
            }
            rows.add(new RosterRow(rowNumber, values));
            return true;
        }

        private boolean header(List<String> cells) {
            RosterColumn[] mapped = new RosterColumn[cells.size()];
            Set<RosterColumn> found = EnumSet.noneOf(RosterColumn.class);
            Set<RosterColumn> duplicates = EnumSet.noneOf(RosterColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                int col = i;
                RosterColumn.byHeader(cells.get(i)).ifPresent(c -> {
                    if (found.add(c)) {
                        mapped[col] = c;
                    } else {
                        duplicates.add(c);
                    }
                });
            }
            if (found.isEmpty()) {
                if (++rowsBeforeHeader >= HEADER_SCAN_ROWS) {
                    problem("roster.no-header-in-first-rows", HEADER_SCAN_ROWS);
                    return false;
                }
                return true;
            }
            columns = mapped;
            for (RosterColumn c : RosterColumn.values()) {
                if (c.required() && !found.contains(c)) {
                    problem("roster.missing-column", c.label());
                }
            }
            duplicates.forEach(c -> problem("roster.duplicate-column", c.label()));
            return true;
        }

        RosterSheet finish() {
            if (columns == null && problems.isEmpty()) {
                problem("roster.no-header");
            } else if (columns != null && rows.isEmpty() && problems.isEmpty()) {
                problem("roster.no-rows");
            }
            return new RosterSheet(rows, problems);
        }
    }
}
