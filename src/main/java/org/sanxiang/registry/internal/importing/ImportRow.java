package org.sanxiang.registry.internal.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanxiang.platform.SpreadsheetRows;

/** One data row of an import, its cells by column, and the problems found in it. */
final class ImportRow {

    private final SpreadsheetRows.Line line;
    private final Map<ImportColumn, Integer> columns;
    private final List<OfficerImport.RowError> errors = new ArrayList<>();

    ImportRow(SpreadsheetRows.Line line, Map<ImportColumn, Integer> columns) {
        this.line = line;
        this.columns = columns;
    }

    int number() {
        return line.number();
    }

    /** The cell's text, stripped; empty where the file has no such column. */
    String get(ImportColumn column) {
        Integer i = columns.get(column);
        return i == null ? "" : line.cell(i);
    }

    /** Notes a problem unless {@code ok}; returns {@code ok}. */
    boolean check(boolean ok, String zh, String en) {
        if (!ok) {
            errors.add(new OfficerImport.RowError(line.number(), zh, en));
        }
        return ok;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    List<OfficerImport.RowError> errors() {
        return errors;
    }
}
