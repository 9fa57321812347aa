package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.catalog.internal.item.ItemContent;

/**
 * One agency's import file as read, whatever its format (JSON, or a workbook of one sheet per list): the agency it
 * names, the effective date it proposes, its items and repeals each with its place in the file, and what could not
 * be read. {@link CatalogImport} checks and imports it.
 *
 * @param agency        the agency the file names, {@code null} when it names none
 * @param effectiveFrom the proposed effective date, {@code null} when none
 * @param byLine        places are rows of a sheet ("第 3 行"), not positions in a list ("第 3 项")
 */
public record CatalogFile(String agency, LocalDate effectiveFrom, List<Entry> items, List<RepealRow> repeals,
        List<Problem> problems, boolean byLine) {

    /**
     * A problem and its place: the list's key (JSON) or the sheet's name, and the item's position or the row
     * number; row 0 is the file as a whole.
     */
    public record Problem(String list, int row, String code, String zh, String en) {
    }

    /** An item and where it is. */
    public record Entry(String place, int row, ItemContent item) {
    }

    /** @param list the list's key, as the file names it (an unknown key finds nothing to repeal) */
    public record RepealRow(String place, int row, String list, String code, String reason) {
    }
}
