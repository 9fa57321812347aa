package org.sanxiang.platform;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a spreadsheet holds them. Excel stores a typed date as a number of days (its serial, 46327 for
 * 2026-11-01) shown through a date format; a cell in the General format shows the bare serial, and a cell formatted
 * as text keeps what was typed (2026-01-31, 2026/1/31, 2026年1月31日). All of these are read as the same date.
 */
public final class CellDates {

    /** Day 0 of Excel's default (1900) date system, as serials from 1 March 1900 on count. */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    /** Day 0 of the 1904 date system of old Mac workbooks. */
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /**
     * A bare number is taken for a date only within these years: 2024 typed alone would otherwise be read as
     * 16 July 1905.
     */
    private static final LocalDate EARLIEST_SERIAL = LocalDate.of(1950, 1, 1);
    private static final LocalDate LATEST_SERIAL = LocalDate.of(2199, 12, 31);

    /** Optional time of day, as a date-time format or a CSV written by another program adds it. */
    private static final String TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern SERIAL = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** Excel's built-in date formats (no format code in the file): 14–22, and the East Asian 27–36 and 50–58. */
    private static boolean builtInDate(int id) {
        return id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58;
    }

    private CellDates() {
    }

    /** A cell's text as a date: one of the typed forms, or a serial in the 1900 date system. */
    public static Optional<LocalDate> parse(String text) {
        String s = text.strip();
        Matcher m = SEPARATED.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(3), m.group(4));
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if (SERIAL.matcher(s).matches() && s.length() < 12) {
            LocalDate date = fromSerial(new BigDecimal(s), false);
            if (!date.isBefore(EARLIEST_SERIAL) && !date.isAfter(LATEST_SERIAL)) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /** The day of a serial; a time of day (the fraction) is dropped. */
    static LocalDate fromSerial(BigDecimal serial, boolean date1904) {
        return (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(serial.longValue());
    }

    /**
     * Whether a number format shows a date: a built-in date format, or a format code with a year or day in it once
     * its literal text ("年", \-), colours and locales ([Red], [$-804]) and paddings are set aside.
     */
    static boolean isDateFormat(Integer id, String code) {
        if (id != null && builtInDate(id)) {
            return true;
        }
        if (code == null) {
            return false;
        }
        String codes = code.replaceAll("\"[^\"]*\"|\\\\.|\\[[^]]*]|[_*].", "").toLowerCase();
        return codes.indexOf('y') >= 0 || codes.indexOf('d') >= 0;
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
