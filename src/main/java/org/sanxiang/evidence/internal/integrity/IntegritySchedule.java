package org.sanxiang.evidence.internal.integrity;


import org.sanxiang.evidence.internal.EvidenceProperties;
import org.sanxiang.platform.ChinaTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/** The scheduled re-hash, at {@code sanxiang.evidence.integrity.cron} in China time (daily by default). */
@Component
@ConditionalOnProperty(name = "sanxiang.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class IntegritySchedule implements SchedulingConfigurer {

    private final IntegrityCheck check;
    private final String cron;

    IntegritySchedule(IntegrityCheck check, EvidenceProperties properties) {
        this.check = check;
        this.cron = properties.integrity().cron();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(this::run, new CronTrigger(cron, ChinaTime.ZONE));
    }

    private void run() {
        if (!check.isRunning()) {
            check.start("system");
        }
    }
}
