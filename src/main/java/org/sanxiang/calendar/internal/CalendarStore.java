package org.sanxiang.calendar.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.platform.ChinaTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The calendar tables (V3__calendar.sql). Plain JDBC: a year is always written as a whole, never edited field by
 * field, so an entity model would add nothing.
 */
@Repository
class CalendarStore {

    private final JdbcTemplate jdbc;

    CalendarStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Changes whenever any year is imported, on any node. */
    long version() {
        Long v = jdbc.queryForObject("select max(id) from calendar_import", Long.class);
        return v == null ? 0 : v;
    }

    List<Integer> years() {
        return jdbc.queryForList("select year_number from calendar_year order by year_number", Integer.class);
    }

    List<HolidayFile> loadAll() {
        Map<Long, Integer> yearById = new LinkedHashMap<>();
        Map<Long, List<String>> papersById = new LinkedHashMap<>();
        jdbc.query("select id, year_number, papers from calendar_year order by year_number", rs -> {
            yearById.put(rs.getLong("id"), rs.getInt("year_number"));
            papersById.put(rs.getLong("id"), splitLines(rs.getString("papers")));
        });
        Map<Long, List<HolidayFile.Day>> daysById = new LinkedHashMap<>();
        jdbc.query("select year_id, day_date, name, off_day from calendar_day order by day_date", rs -> {
            daysById.computeIfAbsent(rs.getLong("year_id"), k -> new ArrayList<>()).add(new HolidayFile.Day(
                    rs.getObject("day_date", LocalDate.class), rs.getString("name"), rs.getBoolean("off_day")));
        });
        return yearById.entrySet().stream()
                .map(e -> new HolidayFile(e.getValue(), papersById.get(e.getKey()), daysById.getOrDefault(e.getKey(), List.of())))
                .toList();
    }

    /** One year as it was imported: its own file's days only. */
    Optional<HolidayFile> load(int year) {
        return loadAll().stream().filter(f -> f.year() == year).findFirst();
    }

    /** Writes the year, replacing its days if it was there; returns whether it replaced an earlier import. */
    boolean replace(HolidayFile file, String source, String actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        String papers = String.join("\n", file.papers());
        List<Long> existing = jdbc.queryForList("select id from calendar_year where year_number = ?", Long.class, file.year());
        long yearId;
        if (existing.isEmpty()) {
            jdbc.update("insert into calendar_year (year_number, papers, source, created_at, created_by, updated_at, updated_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", file.year(), papers, source, at, actor, at, actor);
            yearId = jdbc.queryForObject("select id from calendar_year where year_number = ?", Long.class, file.year());
        } else {
            yearId = existing.get(0);
            jdbc.update("update calendar_year set papers = ?, source = ?, updated_at = ?, updated_by = ?, version = version + 1"
                    + " where id = ?", papers, source, at, actor, yearId);
            jdbc.update("delete from calendar_day where year_id = ?", yearId);
        }
        jdbc.batchUpdate("insert into calendar_day (year_id, day_date, name, off_day, created_at, created_by) values (?, ?, ?, ?, ?, ?)",
                file.days().stream().map(d -> new Object[] {yearId, d.date(), d.name(), d.offDay(), at, actor}).toList());
        return !existing.isEmpty();
    }

    /** The loaded years for the administrator's overview, newest first. */
    List<YearSummary> summaries() {
        return jdbc.query("select y.year_number, y.source, y.updated_at, y.updated_by, y.version,"
                + " (select count(*) from calendar_day d where d.year_id = y.id) as day_count"
                + " from calendar_year y order by y.year_number desc", (rs, i) -> new YearSummary(rs.getInt("year_number"),
                rs.getString("source"), rs.getInt("day_count"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"), rs.getLong("version")));
    }

    /** @param version how many times the year was replaced after its first import */
    record YearSummary(int year, String source, int dayCount, Instant updatedAt, String updatedBy, long version) {

        public LocalDateTime updatedAtInChina() {
            return LocalDateTime.ofInstant(updatedAt, ChinaTime.ZONE);
        }
    }

    void recordImport(ImportRecord record) {
        jdbc.update("insert into calendar_import (year_number, source, sha256, day_count, replaced, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", record.year(), record.source(), record.sha256(), record.dayCount(),
                record.replaced(), Timestamp.from(record.importedAt()), record.importedBy());
    }

    List<ImportRecord> imports() {
        return jdbc.query("select * from calendar_import order by id desc", (rs, i) -> new ImportRecord(
                rs.getInt("year_number"), rs.getString("source"), rs.getString("sha256"), rs.getInt("day_count"),
                rs.getBoolean("replaced"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")));
    }

    private static List<String> splitLines(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }
}
