package org.sanxiang.registry.internal.importing;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.sanxiang.platform.InvalidInputException;

/** Reads the rows of an uploaded .xlsx (first sheet) or .csv file as text cells; row 1 is the header. */
public final class SpreadsheetRows {

    /** A row as the user sees it in the spreadsheet program: its number and its cells. */
    public record Line(int number, List<String> cells) {

        String cell(int i) {
            return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }
    }

    private SpreadsheetRows() {
    }

    static List<Line> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        try {
            if (name.endsWith(".xlsx")) {
                return xlsx(content);
            }
            if (name.endsWith(".csv")) {
                return csv(decode(content));
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("无法读取文件，请确认是有效的 .xlsx 或 .csv 文件：" + e.getMessage(),
                    "Cannot read the file; is it a valid .xlsx or .csv? " + e.getMessage());
        }
        throw new InvalidInputException("只支持 .xlsx 或 .csv 文件", "Only .xlsx and .csv files are supported");
    }

    private static List<Line> xlsx(byte[] content) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            try (var rows = sheet.openStream()) {
                rows.forEach(r -> lines.add(new Line(r.getRowNum(), cells(r))));
            }
        }
        return lines;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            cells.add(c == null ? "" : text(c));
        }
        return cells;
    }

    /** Dates typed in Excel arrive as serial numbers; everything else as its text. */
    private static String text(Cell c) {
        return switch (c.getType()) {
            case NUMBER -> {
                BigDecimal n = c.asNumber();
                if (c.getDataFormatId() != null && isDateFormat(c)) {
                    yield LocalDate.of(1899, 12, 30).plusDays(n.longValue()).toString();
                }
                yield n.stripTrailingZeros().toPlainString();
            }
            case EMPTY -> "";
            default -> c.getText();
        };
    }

    private static boolean isDateFormat(Cell c) {
        String format = c.getDataFormatString();
        int id = c.getDataFormatId();
        return (id >= 14 && id <= 22) || (format != null && format.toLowerCase().matches(".*[yd].*"));
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
            }
            if (!record.toString().isBlank()) {
                lines.add(new Line(first, fields(record.toString())));
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
