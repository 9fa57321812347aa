package org.sanxiang.evidence.internal.upload;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.evidence.internal.EvidenceProperties;
import org.sanxiang.platform.ChinaTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Daily at 04:30 China time (after the integrity check), uploads left unfinished for {@code
 * sanxiang.evidence.upload-expiry} expire, so that abandoned partial files do not fill the staging disk.
 */
@Component
@ConditionalOnProperty(name = "sanxiang.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class UploadExpiry implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(UploadExpiry.class);

    private final UploadService uploads;
    private final Duration expiry;
    private final Clock clock = Clock.systemUTC();

    UploadExpiry(UploadService uploads, EvidenceProperties properties) {
        this.uploads = uploads;
        this.expiry = properties.uploadExpiry();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(this::run, new CronTrigger("0 30 4 * * *", ChinaTime.ZONE));
    }

    private void run() {
        try {
            int expired = uploads.expireIdleSince(clock.instant().minus(expiry));
            if (expired > 0) {
                log.info("{} unfinished uploads idle for more than {} expired", expired, expiry);
            }
        } catch (IOException e) {
            log.warn("could not remove expired partial uploads; retried tomorrow", e);
        }
    }
}
