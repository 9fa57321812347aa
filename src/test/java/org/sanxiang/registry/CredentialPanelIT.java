package org.sanxiang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.Browser;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench's first page tells an agency's administrator whose credential must be renewed within 90 days and
 * that the agency lacks legal reviewers; a supervisor sees the same for every agency under supervision.
 */
@IntegrationTest
class CredentialPanelIT {

    @LocalServerPort
    int port;

    @Test
    void credentialsAboutToExpireAndAgenciesShortOfReviewersAreShownWithinTheUsersScope() {
        RegistryFixture f = new RegistryFixture(port);
        LocalDate today = LocalDate.now();
        String soon = credential(f, f.city, "甲将到期", today.plusDays(30));
        String later = credential(f, f.city, "乙不急", today.plusDays(200));
        String elsewhere = credential(f, f.commerce, "丙商务", today.plusDays(10));
        String base = "http://localhost:" + port;

        try (Browser browser = Browser.launch()) {
            Page admin = browser.page(1280);
            Browser.logIn(admin, base, f.user("ADMIN", f.city), RegistryFixture.PASSWORD);
            String panel = admin.locator("#panel-credentials-h + *").locator("xpath=..").innerText();
            assertThat(panel).contains("甲将到期", soon).doesNotContain(later).doesNotContain("丙商务");
            assertThat(panel).contains(f.tag + "市场监督管理局", "法制审核人员 0 人");
            Browser.assertAccessible(admin);

            Page supervisor = browser.page(390);
            Browser.logIn(supervisor, base, f.user("SUPERVISOR", f.justice), RegistryFixture.PASSWORD);
            assertThat(supervisor.locator("main").innerText()).contains("甲将到期", "丙商务", elsewhere);

            Page officer = browser.page(390);
            Browser.logIn(officer, base, f.user("OFFICER", f.city), RegistryFixture.PASSWORD);
            assertThat(officer.locator("#panel-credentials-h").count()).isZero();
        }
    }

    private static String credential(RegistryFixture f, long agency, String name, LocalDate until) {
        long officer = f.officer(agency, name, List.of("market"));
        String number = RegistryFixture.uniqueNumber();
        f.credential(officer, number, until.minusYears(3), until, List.of("market"));
        return number;
    }
}
