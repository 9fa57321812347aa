package org.sanxiang.calendar.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Picks up years that another node imported (several nodes share one database, DESIGN.md "Scaling out"). */
@Component
@ConditionalOnProperty(name = "sanxiang.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class CalendarRefreshJob {

    private final CalendarCache cache;

    CalendarRefreshJob(CalendarCache cache) {
        this.cache = cache;
    }

    @Scheduled(fixedDelayString = "${sanxiang.calendar.refresh-interval:PT30S}")
    void refresh() {
        cache.refresh();
    }
}
