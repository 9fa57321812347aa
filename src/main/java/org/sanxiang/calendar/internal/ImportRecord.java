package org.sanxiang.calendar.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import org.sanxiang.platform.ChinaTime;

/** One line of the import trail: who loaded which file for which year, and whether it replaced earlier data. */
record ImportRecord(int year, String source, String sha256, int dayCount, boolean replaced, Instant importedAt,
                    String importedBy) {

    /** For pages: times are shown in China's time zone. */
    public LocalDateTime importedAtInChina() {
        return LocalDateTime.ofInstant(importedAt, ChinaTime.ZONE);
    }
}
