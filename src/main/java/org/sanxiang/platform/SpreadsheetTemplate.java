package org.sanxiang.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ListDataValidation;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What every import template (.xlsx) is made of: drop-down lists whose values sit on a hidden sheet, a 说明 sheet
 * of notes in Chinese and English, and the download itself.
 */
public final class SpreadsheetTemplate {

    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private SpreadsheetTemplate() {
    }

    /**
     * A drop-down list in one column of the data sheet (from row 2 to the import's row limit), of the values written
     * into column {@code at} of the hidden sheet {@code lists} under their header; another value is refused with the
     * hint.
     */
    public static ListDataValidation dropDown(Worksheet data, int column, Worksheet lists, int at, String header,
            List<String> values, String hint) {
        lists.value(0, at, header);
        for (int r = 0; r < values.size(); r++) {
            lists.value(r + 1, at, values.get(r));
        }
        return data.range(1, column, SpreadsheetRows.MAX_ROWS, column)
                .validateWithList(lists.range(1, at, Math.max(1, values.size()), at))
                .allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
                .errorTitle(header).error(hint);
    }

    /** The 说明 sheet: rows of {Chinese column, Chinese note, English column, English note}, the first a header. */
    public static void notes(Worksheet notes, List<String[]> lines) {
        for (int r = 0; r < lines.size(); r++) {
            for (int c = 0; c < 4; c++) {
                notes.value(r, c, lines.get(r)[c]);
            }
        }
        notes.range(0, 0, 0, 3).style().bold().set();
        notes.width(1, 80);
        notes.width(3, 80);
    }

    /** @param fileName with its extension; Chinese is fine (RFC 6266 filename*) */
    public static ResponseEntity<StreamingResponseBody> download(String fileName, MediaType type,
            StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(body);
    }
}
