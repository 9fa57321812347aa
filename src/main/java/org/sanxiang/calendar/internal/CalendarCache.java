package org.sanxiang.calendar.internal;

import java.time.LocalDate;
import java.util.SortedSet;

import org.sanxiang.calendar.Estimate;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link WorkingDayCalendar} of the application: the database's years held in memory, because deadline
 * arithmetic asks about hundreds of days per call. Each node reloads when the data version (the last import's id)
 * differs from the one it holds: at once after its own imports, and every few seconds for other nodes' imports
 * ({@link CalendarRefreshJob}).
 */
@Service
class CalendarCache implements WorkingDayCalendar {

    private record Snapshot(long version, HolidayTable table) {
    }

    private final CalendarStore store;
    private final TransactionTemplate readOnly;
    private volatile Snapshot snapshot = new Snapshot(-1, HolidayTable.empty());

    CalendarCache(CalendarStore store, TransactionTemplate transactions) {
        this.store = store;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** Reloads when the database holds another version than the cache; cheap when nothing changed. */
    void refresh() {
        if (store.version() != snapshot.version()) {
            // version and data read in one transaction, so a concurrent import is either wholly in or wholly out
            snapshot = readOnly.execute(s -> new Snapshot(store.version(), new HolidayTable(store.loadAll())));
        }
    }

    HolidayTable table() {
        if (snapshot.version() < 0) {
            refresh();
        }
        return snapshot.table();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return table().isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int n) {
        return table().addWorkingDays(date, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return table().workingDaysBetween(from, to);
    }

    @Override
    public Estimate<Boolean> estimateIsWorkingDay(LocalDate date) {
        return table().estimateIsWorkingDay(date);
    }

    @Override
    public Estimate<LocalDate> estimateAddWorkingDays(LocalDate date, int n) {
        return table().estimateAddWorkingDays(date, n);
    }

    @Override
    public Estimate<Integer> estimateWorkingDaysBetween(LocalDate from, LocalDate to) {
        return table().estimateWorkingDaysBetween(from, to);
    }

    @Override
    public SortedSet<Integer> years() {
        return table().years();
    }
}
