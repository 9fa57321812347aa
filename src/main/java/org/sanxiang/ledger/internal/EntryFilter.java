package org.sanxiang.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.InvalidInputException;

/**
 * Which entries a reader looks for, every part optional: a module, a subject, a range of days (Beijing time, both
 * inclusive) and an actor (a username, or part of a display name). Within her data scope, always.
 */
record EntryFilter(String module, String subjectType, String subjectId, LocalDate from, LocalDate to, String actor) {

    EntryFilter {
        module = blankToNull(module);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
        actor = blankToNull(actor);
        if (from != null && to != null && from.isAfter(to)) {
            throw new Invalid("from", "起始日期不能晚于截止日期", "the first day is after the last day");
        }
    }

    /** The filter as typed into the page or the query string; a day that is no date is refused, naming its field. */
    static EntryFilter parse(String module, String subjectType, String subjectId, String from, String to,
            String actor) {
        return new EntryFilter(module, subjectType, subjectId, day("from", from), day("to", to), actor);
    }

    static EntryFilter of(String module, String subjectType, String subjectId) {
        return new EntryFilter(module, subjectType, subjectId, null, null, null);
    }

    /** The first instant of the first day, or null. */
    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    /** The start of the day after the last day, or null: entries before it are in range. */
    Instant beforeInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(field, "日期应写作“年-月-日”，如 2026-03-01：" + text.strip(),
                    "a day is written year-month-day, e.g. 2026-03-01: " + text.strip());
        }
        if (day.getYear() < 1900 || day.getYear() > 9999) {
            throw new Invalid(field, "日期超出范围：" + day, "day out of range: " + day);
        }
        return day;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A filter that cannot be applied; {@code field} is the form field to show the message beside. */
    static final class Invalid extends InvalidInputException {

        private final String field;

        Invalid(String field, String zh, String en) {
            super(zh, en);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
