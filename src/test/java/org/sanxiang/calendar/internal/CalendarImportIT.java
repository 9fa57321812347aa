package org.sanxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

/** The calendar's database life: seeded on first start, imports by command line, re-import replaces the year. */
@IntegrationTest
@DatabaseBehaviour
class CalendarImportIT {

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    CalendarCommand command;
    @Autowired
    CalendarImporter importer;
    @Autowired
    CalendarStore store;
    @Autowired
    CalendarCache cache;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theShippedYearsAreInTheDatabaseAfterTheFirstStart() {
        assertThat(store.years()).contains(2007, 2024, 2026);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2024-10-12"))).isTrue();
        assertThat(importer.history()).anySatisfy(r -> {
            assertThat(r.source()).isEqualTo("shipped 2024.json");
            assertThat(r.importedBy()).isEqualTo("system");
            assertThat(r.sha256()).hasSize(64);
        });
    }

    @Test
    void anAdministratorImportsAndReplacesAYearFromTheCommandLine() throws Exception {
        Path sample = new ClassPathResource("calendar/2027-sample.json").getFile().toPath();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.run(new String[] {"import", sample.toString()}, print(out), System.err)).isZero();
        assertThat(calendar.years()).contains(2027);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-06"))).as("make-up Saturday").isTrue();

        assertThat(command.run(new String[] {"import", sample.toString()}, print(out), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已导入 / imported 2027", "已覆盖 / replaced 2027");
        assertThat(importer.history().get(0)).satisfies(r -> {
            assertThat(r.replaced()).isTrue();
            assertThat(r.importedBy()).startsWith("cli:");
            assertThat(r.source()).isEqualTo("2027-sample.json");
        });
        assertThat(store.loadAll().stream().filter(f -> f.year() == 2027).findFirst().orElseThrow().days()).hasSize(7);
    }

    @Test
    void anInvalidFileIsNotImportedAndEveryProblemIsPrinted() throws Exception {
        Path invalid = new ClassPathResource("calendar/2027-invalid.json").getFile().toPath();
        long before = store.version();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(command.run(new String[] {"import", invalid.toString()}, System.out, print(err))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("重复出现", "2027-02-30", "不属于 2027 年");
        assertThat(store.version()).isEqualTo(before);
    }

    @Test
    void aYearImportedByAnotherNodeIsPickedUpAtTheNextRefresh() {
        HolidayFile y2029 = new HolidayFile(2029, List.of(), List.of(new HolidayFile.Day(LocalDate.parse("2029-01-01"), "元旦", true)));
        // another node shares the database: it writes the year and its trail line, not this node's cache
        transactions.executeWithoutResult(s -> {
            store.replace(y2029, "other node", "node-2", Instant.now());
            store.recordImport(new ImportRecord(2029, "other node", "", 1, false, Instant.now(), "node-2"));
        });
        assertThat(calendar.years()).doesNotContain(2029);
        cache.refresh();
        assertThat(calendar.years()).contains(2029);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2029-01-01"))).isFalse();
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
