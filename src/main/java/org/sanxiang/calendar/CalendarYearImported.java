package org.sanxiang.calendar;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.ledger.Ledger.SubjectRef;
import org.sanxiang.ledger.RecordedEvent;

/**
 * A year's holidays and make-up workdays were imported (or replaced): every working-day deadline of that year
 * counts by them from now on. Platform-wide (no agency): the calendar is shared by every agency.
 */
public record CalendarYearImported(int year, String source, String sha256, int days, boolean replaced,
        String importedBy) implements RecordedEvent {

    public String entryType() {
        return "calendar.year.imported";
    }

    public SubjectRef subject() {
        return new SubjectRef("calendar-year", String.valueOf(year), null);
    }

    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("year", year);
        facts.put("source", source);
        facts.put("sha256", sha256);
        facts.put("days", days);
        facts.put("replaced", replaced);
        facts.put("importedBy", importedBy);
        return facts;
    }
}
