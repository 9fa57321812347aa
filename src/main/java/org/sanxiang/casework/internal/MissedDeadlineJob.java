package org.sanxiang.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.sanxiang.platform.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily check for missed deadlines, just after midnight China time by default ({@code
 * sanxiang.casework.missed-deadlines.cron}): a limit due yesterday that its step did not meet is missed from today.
 * Every node runs it; {@link MissedDeadlines} records each missed deadline once all the same.
 */
@Component
@ConditionalOnProperty(name = "sanxiang.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class MissedDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(MissedDeadlineJob.class);

    private final MissedDeadlines missed;
    private final Clock clock;
    private final Duration lookBack;

    MissedDeadlineJob(MissedDeadlines missed, Clock clock,
            @Value("${sanxiang.casework.missed-deadlines.look-back:7d}") Duration lookBack) {
        this.missed = missed;
        this.clock = clock;
        this.lookBack = lookBack;
    }

    @Scheduled(cron = "${sanxiang.casework.missed-deadlines.cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    void check() {
        int recorded = missed.check(LocalDate.now(clock.withZone(ChinaTime.ZONE)), lookBack);
        if (recorded > 0) {
            log.warn("{} missed deadlines recorded", recorded);
        }
    }
}
