package org.sanxiang.calendar.internal;

import java.time.Instant;

/** One line of the import trail: who loaded which file for which year, and whether it replaced earlier data. */
record ImportRecord(int year, String source, String sha256, int dayCount, boolean replaced, Instant importedAt,
                    String importedBy) {
}
