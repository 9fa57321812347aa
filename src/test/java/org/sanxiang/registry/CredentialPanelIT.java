package org.sanxiang.registry;

import org.sanxiang.test.ChinaDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench's first page tells an agency's administrator whose credential has expired or is suspended, then
 * whose must be renewed within 90 days, and
 * that the agency lacks legal reviewers; a supervisor sees the same for every agency under supervision.
 */
@IntegrationTest
@BrowserTest
class CredentialPanelIT {

    @LocalServerPort
    int port;

    @Test
    void credentialsAboutToExpireAndAgenciesShortOfReviewersAreShownWithinTheUsersScope(Browser browser) {
        RegistryFixture f = new RegistryFixture(port);
        LocalDate today = ChinaDay.today();
        String soon = credential(f, f.city, "甲将到期", today.plusDays(30));
        String later = credential(f, f.city, "乙不急", today.plusDays(200));
        String elsewhere = credential(f, f.commerce, "丙商务", today.plusDays(10));
        String expired = credential(f, f.city, "丁已过期", today.minusDays(3));
        long suspended = f.credential(f.officer(f.city, "戊暂扣", List.of("market")), RegistryFixture.uniqueNumber(),
                today.minusYears(1), today.plusYears(2), List.of("market"));
        f.admin.post("/api/v1/registry/credentials/" + suspended + "/status",
                java.util.Map.of("status", "SUSPENDED", "reason", "违规使用执法证"));
        String base = "http://localhost:" + port;

        Page admin = browser.page(1280);
        Browser.logIn(admin, base, f.user("ADMIN", f.city), RegistryFixture.PASSWORD);
        String panel = admin.locator("#panel-credentials-h + *").locator("xpath=..").innerText();
        assertThat(panel).contains("甲将到期", soon).doesNotContain(later).doesNotContain("丙商务");
        // Those who may not act now come first, with their status.
        assertThat(panel).contains("丁已过期", expired, "过期", "戊暂扣", "暂扣");
        assertThat(panel.indexOf("丁已过期")).isLessThan(panel.indexOf("甲将到期"));
        assertThat(panel.indexOf("戊暂扣")).isLessThan(panel.indexOf("甲将到期"));
        assertThat(panel).contains(f.tag + "市场监督管理局", "法制审核人员 0 人");
        Browser.assertAccessible(admin);

        Page supervisor = browser.page(390);
        Browser.logIn(supervisor, base, f.user("SUPERVISOR", f.justice), RegistryFixture.PASSWORD);
        assertThat(supervisor.locator("main").innerText()).contains("甲将到期", "丙商务", elsewhere);

        Page officer = browser.page(390);
        Browser.logIn(officer, base, f.user("OFFICER", f.city), RegistryFixture.PASSWORD);
        assertThat(officer.locator("#panel-credentials-h").count()).isZero();
    }

    private static String credential(RegistryFixture f, long agency, String name, LocalDate until) {
        long officer = f.officer(agency, name, List.of("market"));
        String number = RegistryFixture.uniqueNumber();
        f.credential(officer, number, until.minusYears(3), until, List.of("market"));
        return number;
    }
}
