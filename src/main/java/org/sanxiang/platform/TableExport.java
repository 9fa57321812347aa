package org.sanxiang.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Every list a user sees can be exported: CSV (UTF-8 with BOM, so Excel shows Chinese) or Excel .xlsx. */
public final class TableExport {

    public enum Format {
        CSV, XLSX;

        public static Format of(String value) {
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("导出格式须为 csv 或 xlsx", "Export format must be csv or xlsx");
            }
        }
    }

    /** An export is built in memory whole; beyond this many rows a narrower filter is asked for. */
    public static final int MAX_ROWS = 100_000;

    /** How a date cell shows its date: as the pages write it. */
    public static final String DATE_FORMAT = "yyyy-mm-dd";

    private TableExport() {
    }

    /**
     * Refuses an export of more than {@link #MAX_ROWS} rows (query {@code MAX_ROWS + 1} to know) rather than
     * cutting the file short.
     *
     * @param whatZh what the rows are, e.g. "证据"
     * @param whatEn the same in English, e.g. "evidence records"
     */
    public static <T> List<T> requireAtMost(List<T> found, String whatZh, String whatEn) {
        if (found.size() > MAX_ROWS) {
            throw new InvalidInputException("符合条件的" + whatZh + "超过 " + MAX_ROWS + " 条，请缩小筛选范围后再导出",
                    "More than " + MAX_ROWS + " " + whatEn + " match; narrow the filter to export");
        }
        return found;
    }

    /** A value's name in Chinese, as the pages show it ({@code <prefix><VALUE>} in the message bundle). */
    public static String zh(MessageSource messages, String prefix, Enum<?> value) {
        return messages.getMessage(prefix + value.name(), null, value.name(), Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * @param name file name without extension; Chinese is fine (RFC 6266 filename*)
     */
    public static ResponseEntity<StreamingResponseBody> response(Format format, String name, List<String> header,
            List<List<?>> rows) {
        String fileName = name + "-" + LocalDate.now(ChinaTime.ZONE) + (format == Format.CSV ? ".csv" : ".xlsx");
        MediaType type = format == Format.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(out -> write(format, name, header, rows, out));
    }

    public static void write(Format format, String sheet, List<String> header, List<List<?>> rows, OutputStream out) {
        try {
            if (format == Format.CSV) {
                writeCsv(header, rows, out);
            } else {
                writeXlsx(sheet, header, rows, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsv(List<String> header, List<List<?>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(csvLine(header));
        for (List<?> row : rows) {
            w.write(csvLine(row));
        }
        w.flush();
    }

    /** RFC 4180: quote fields with separators, quotes or line breaks; neutralise formula prefixes (CSV injection). */
    static String csvLine(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String v = cells.get(i) == null ? "" : cells.get(i).toString();
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
                v = "'" + v;
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                v = '"' + v.replace("\"", "\"\"") + '"';
            }
            line.append(v);
        }
        return line.append("\r\n").toString();
    }

    private static void writeXlsx(String sheet, List<String> header, List<List<?>> rows, OutputStream out)
            throws IOException {
        Workbook wb = new Workbook(out, "Sanxiang", "1.0");
        Worksheet ws = wb.newWorksheet(sheet.length() > 31 ? sheet.substring(0, 31) : sheet);
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
            ws.style(0, c).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v instanceof LocalDate d) { // a date cell, as Excel's own: it sorts and filters as a date
                    ws.value(r + 1, c, d);
                    ws.style(r + 1, c).format(DATE_FORMAT).set();
                } else if (v != null) {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        wb.finish();
    }
}
