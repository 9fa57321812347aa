package org.sanxiang.evidence.internal.integrity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scheduled re-hash (daily by default, see {@code sanxiang.evidence.integrity.cron}). */
@Component
@ConditionalOnProperty(name = "sanxiang.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class IntegritySchedule {

    private final IntegrityCheck check;

    IntegritySchedule(IntegrityCheck check) {
        this.check = check;
    }

    @Scheduled(cron = "${sanxiang.evidence.integrity.cron:0 0 3 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        if (!check.isRunning()) {
            check.start("system");
        }
    }
}
