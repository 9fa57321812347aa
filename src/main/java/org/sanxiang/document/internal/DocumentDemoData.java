package org.sanxiang.document.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;

import org.sanxiang.document.internal.template.AgencySetting;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo agencies' document settings, as their heads would set them: the 文号 abbreviation, the review body (行政复议法
 * 第二十四条: the 本级人民政府 hears applications against its departments) and the court of the agency's seat.
 */
@Component
@ConditionalOnProperty(name = "sanxiang.demo", havingValue = "true")
@Profile("!prod")
@Order(40)
class DocumentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentDemoData.class);
    private static final String PAYMENT = "当事人应持本决定书到指定银行或者通过电子支付系统缴纳罚款（行政处罚法第六十七条）。";
    private static final Map<String, AgencySetting> SETTINGS = Map.of(
            "衡阳市市场监督管理局", new AgencySetting("衡市监", "衡阳市人民政府", "衡阳市石鼓区人民法院", PAYMENT),
            "衡阳县市场监督管理局", new AgencySetting("衡县市监", "衡阳县人民政府", "衡阳县人民法院", PAYMENT),
            "衡阳市商务局", new AgencySetting("衡市商", "衡阳市人民政府", "衡阳市石鼓区人民法院", PAYMENT));

    private final AgencyDirectory agencies;
    private final AgencySettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    DocumentDemoData(AgencyDirectory agencies, AgencySettings settings, TransactionTemplate tx, Clock clock) {
        this.agencies = agencies;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser demo = new CurrentUser(0, "demo", "演示数据", null, EnumSet.of(Role.ADMIN));
        int set = 0;
        for (AgencyDirectory.Agency agency : agencies.all()) {
            AgencySetting setting = SETTINGS.get(agency.name());
            if (setting != null && settings.of(agency.id()).abbreviation().isEmpty()) {
                tx.executeWithoutResult(s -> settings.save(agency.id(), setting, demo, clock.instant()));
                set++;
            }
        }
        log.info("Demo document settings: {} agencies", set);
    }
}
