package org.sanxiang.document.internal.template;

import java.util.List;

import org.sanxiang.platform.rule.Text;

/**
 * A field of a document's template: what the officer completes in the workbench, prefilled from the case.
 *
 * @param source  where its first value comes from ({@link DocumentContext#source}): {@code fact:<name>} a fact the
 *                case's steps recorded, {@code party.name}, {@code case.number}, {@code setting.court} …; {@code null}
 *                when the officer writes it
 * @param columns the columns of an {@link Kind#ITEMS} table (one row per line, cells separated by {@code |})
 */
public record DocField(String name, Kind kind, Text label, boolean required, String source, List<Text> columns) {

    public enum Kind {
        TEXT, LONG_TEXT, DATE, AMOUNT, ITEMS
    }

    public DocField {
        columns = List.copyOf(columns);
    }

    public static DocField required(String name, Kind kind, String zh, String en) {
        return new DocField(name, kind, new Text(zh, en), true, null, List.of());
    }

    public static DocField optional(String name, Kind kind, String zh, String en) {
        return new DocField(name, kind, new Text(zh, en), false, null, List.of());
    }

    /** A table of items, e.g. 物品清单: 名称 | 规格 | 数量 | 备注. */
    public static DocField items(String name, boolean required, String zh, String en, Text... columns) {
        return new DocField(name, Kind.ITEMS, new Text(zh, en), required, null, List.of(columns));
    }

    /** The same field, prefilled from {@code source}. */
    public DocField from(String source) {
        return new DocField(name, kind, label, required, source, columns);
    }
}
