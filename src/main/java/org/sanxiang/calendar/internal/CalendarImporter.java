package org.sanxiang.calendar.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.calendar.CalendarYearImported;
import org.sanxiang.platform.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a year file into the database, replacing that year if it was there, and records who did it. The one write
 * path for the workbench page, the API, the command line and the first-start seeding.
 */
@Service
class CalendarImporter {

    /** The actor of the first-start seeding, as {@link CurrentUser#actor()} names work done by nobody signed in. */
    private static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarImporter.class);

    private final CalendarStore store;
    private final CalendarCache cache;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarImporter(CalendarStore store, CalendarCache cache, TransactionTemplate transactions,
                     ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks and stores one file.
     *
     * @throws InvalidHolidayFileException with every problem of the file; nothing is stored then
     */
    ImportRecord importFile(byte[] json, String source, String actor) {
        HolidayFile file = HolidayFileParser.parse(json);
        ImportRecord record = transactions.execute(s -> store(file, source, sha256(json), actor));
        cache.refresh();
        return record;
    }

    /**
     * An import by a signed-in user. The calendar is shared by every agency, so only a platform-wide
     * administrator (no agency of her own) may replace it; an agency's administrator would change other agencies'
     * deadlines.
     *
     * @throws AccessDeniedException for anyone else (403)
     */
    ImportRecord importBy(CurrentUser user, byte[] json, String source) {
        if (!user.isPlatformAdmin()) {
            throw new AccessDeniedException("only a platform-wide administrator may import holiday data");
        }
        return importFile(json, source, user.username());
    }

    /** First start: every shipped year that the database does not hold yet. */
    void seedShippedYears() {
        Set<Integer> stored = Set.copyOf(store.years());
        int seeded = 0;
        for (ShippedHolidayFiles.Shipped shipped : ShippedHolidayFiles.load()) {
            HolidayFile file = shipped.parse();
            if (stored.contains(file.year())) {
                continue;
            }
            try {
                transactions.executeWithoutResult(s -> store(file, "shipped " + shipped.name(), sha256(shipped.json()), SYSTEM));
                seeded++;
            } catch (DataIntegrityViolationException e) {
                // another node starting at the same moment stored this year first: nothing left to do
                LOG.info("calendar year {} was seeded by another node", file.year());
            }
        }
        if (seeded > 0) {
            LOG.info("calendar: seeded {} shipped years", seeded);
        }
        cache.refresh();
    }

    List<ImportRecord> history() {
        return store.imports();
    }

    private ImportRecord store(HolidayFile file, String source, String sha256, String actor) {
        Instant now = clock.instant();
        boolean replaced = store.replace(file, source, actor, now);
        ImportRecord record = new ImportRecord(file.year(), source, sha256, file.days().size(), replaced, now, actor);
        store.recordImport(record);
        // in the same transaction: the year changes if and only if the ledger records it (DESIGN.md "How data flows")
        // platform-wide (no agency): the calendar is shared by every agency
        events.publishEvent(new CalendarYearImported(file.year(), source, sha256, file.days().size(), replaced, actor));
        return record;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
