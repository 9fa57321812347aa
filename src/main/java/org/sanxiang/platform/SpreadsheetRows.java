package org.sanxiang.platform;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the rows of an uploaded .xlsx (its first sheet, or every sheet by name) or .csv file as text cells, for
 * every import; row 1 is the header. What a file
 * may make the server read is bounded (unpacked size, rows, cell length, time): a 1.5 MB .xlsx whose shared strings
 * unpack to 1.5 GiB, or a sheet of 3 million rows, is refused with a message instead of exhausting the server.
 */
public final class SpreadsheetRows {

    /** Data rows of one import: far more than any agency's officers or lists, far fewer than exhaust a server. */
    public static final int MAX_ROWS = 10_000;
    /** Longer than the longest article of a law a list cites. */
    public static final int MAX_CELL_CHARS = 5_000;
    /** A CSV record that reaches this while a quote is open has an unclosed quote. */
    private static final int MAX_RECORD_CHARS = MAX_CELL_CHARS * 20;
    /** All parts of an .xlsx together once unpacked (the sheet and its shared strings). */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;
    static final Duration MAX_READ_TIME = Duration.ofSeconds(30);

    /** Number formats are what tell a date from a number. */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    /** A row as the user sees it in the spreadsheet program: its number and its cells. */
    public record Line(int number, List<String> cells) {

        /** Rows only formatted (as a template prepares them) or emptied are no rows of the list. */
        public boolean hasContent() {
            return cells.stream().anyMatch(c -> c != null && !c.isBlank());
        }

        /** The cell's text, stripped; empty beyond the row's last cell. */
        public String cell(int i) {
            return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }
    }

    private SpreadsheetRows() {
    }

    public static List<Line> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        try {
            if (name.endsWith(".xlsx")) {
                return xlsx(content);
            }
            if (name.endsWith(".csv")) {
                return csv(decode(content));
            }
        } catch (InvalidInputException beyondBounds) {
            throw beyondBounds;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("无法读取文件，请确认是有效的 .xlsx 或 .csv 文件：" + e.getMessage(),
                    "Cannot read the file; is it a valid .xlsx or .csv? " + e.getMessage());
        }
        throw new InvalidInputException("只支持 .xlsx 或 .csv 文件", "Only .xlsx and .csv files are supported");
    }

    private static List<Line> xlsx(byte[] content) throws IOException {
        return workbook(content, true).values().stream().findFirst().orElse(List.of());
    }

    /**
     * Every sheet of an .xlsx file by its name, in the workbook's order, each with its rows that have content; the
     * bounds hold for all sheets together.
     */
    public static Map<String, List<Line>> sheets(String fileName, byte[] content) {
        if (fileName != null && !fileName.toLowerCase().endsWith(".xlsx")) {
            throw new InvalidInputException("只支持 .xlsx 文件", "Only .xlsx files are supported");
        }
        try {
            return workbook(content, false);
        } catch (InvalidInputException beyondBounds) {
            throw beyondBounds;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("无法读取文件，请确认是有效的 .xlsx 文件：" + e.getMessage(),
                    "Cannot read the file; is it a valid .xlsx? " + e.getMessage());
        }
    }

    private static Map<String, List<Line>> workbook(byte[] content, boolean firstOnly) throws IOException {
        checkUnpackedSize(content);
        Bounds bounds = new Bounds();
        Map<String, List<Line>> sheets = new LinkedHashMap<>();
        try (InputStream in = new ByteArrayInputStream(content); ReadableWorkbook wb = new ReadableWorkbook(in, WITH_FORMATS)) {
            for (Sheet sheet : firstOnly ? List.of(wb.getFirstSheet()) : wb.getSheets().toList()) {
                List<Line> lines = new ArrayList<>();
                try (var rows = sheet.openStream()) {
                    rows.map(r -> new Line(r.getRowNum(), cells(r, wb.isDate1904()))).filter(Line::hasContent)
                            .forEach(line -> lines.add(bounds.check(line)));
                }
                sheets.put(sheet.getName(), lines);
            }
        }
        return sheets;
    }

    /**
     * Unpacks every part once, only counting, before the reader holds any of it; by the central directory, as the
     * reader finds the parts.
     */
    private static void checkUnpackedSize(byte[] content) throws IOException {
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw new InvalidInputException("文件解压后超过 " + MAX_UNPACKED_BYTES / (1024 * 1024)
                                    + " MB（工作表或共享字符串过大），请拆分后分批导入",
                                    "The file unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                                            + " MB (sheet or shared strings too large); split it and import in parts");
                        }
                    }
                }
            }
        }
    }

    /** Rows, cell length and time of one reading. */
    private static final class Bounds {
        private final long deadline = System.nanoTime() + MAX_READ_TIME.toNanos();
        private int rows;

        Line check(Line line) {
            if (++rows > MAX_ROWS + 1) {
                throw new InvalidInputException("文件超过 " + MAX_ROWS + " 个数据行，请拆分后分批导入",
                        "The file has more than " + MAX_ROWS + " data rows; split it and import in parts");
            }
            for (String cell : line.cells()) {
                if (cell != null && cell.length() > MAX_CELL_CHARS) {
                    throw new InvalidInputException("第 " + line.number() + " 行有超过 " + MAX_CELL_CHARS + " 个字符的单元格",
                            "Row " + line.number() + " has a cell of more than " + MAX_CELL_CHARS + " characters");
                }
            }
            if (System.nanoTime() > deadline) {
                throw new InvalidInputException("读取文件超过 " + MAX_READ_TIME.toSeconds() + " 秒，请拆分后分批导入",
                        "Reading the file took more than " + MAX_READ_TIME.toSeconds() + " s; split it and import in parts");
            }
            return line;
        }
    }

    private static List<String> cells(Row row, boolean date1904) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            cells.add(c == null ? "" : text(c, date1904));
        }
        return cells;
    }

    /**
     * A cell as its text; a number shown as a date (typed in Excel, or a formula such as =A2+365) as that date,
     * 2026-11-01: Excel stores the serial 46327 and the format that shows it as a date.
     */
    private static String text(Cell c, boolean date1904) {
        if (c.getValue() instanceof BigDecimal n) { // a number, or a formula's cached number
            return CellDates.isDateFormat(c.getDataFormatId(), c.getDataFormatString())
                    ? CellDates.fromSerial(n, date1904).toString()
                    : n.stripTrailingZeros().toPlainString();
        }
        return c.getType() == CellType.EMPTY ? "" : c.getText();
    }

    /** Files saved by Excel in China are often GB18030 rather than UTF-8. */
    static String decode(byte[] content) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    /** RFC 4180 parsing: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<Line> csv(String text) throws IOException {
        Bounds bounds = new Bounds();
        List<Line> lines = new ArrayList<>();
        BufferedReader in = new BufferedReader(new StringReader(text));
        int number = 0;
        String physical;
        while ((physical = in.readLine()) != null) {
            number++;
            int first = number;
            StringBuilder record = new StringBuilder(physical);
            while (unbalanced(record)) {
                String next = in.readLine();
                if (next == null) {
                    break;
                }
                number++;
                record.append('\n').append(next);
                if (record.length() > MAX_RECORD_CHARS) {
                    break; // an unclosed quote: the cell check below names the row
                }
            }
            if (!record.toString().isBlank()) {
                lines.add(bounds.check(new Line(first, fields(record.toString()))));
            }
        }
        return lines;
    }

    private static boolean unbalanced(CharSequence s) {
        return s.chars().filter(ch -> ch == '"').count() % 2 == 1;
    }

    private static List<String> fields(String record) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char ch = record.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
