package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.ChinaDay;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal page 执法规则, reached from the portal's navigation without login, on a desktop and a phone; and the
 * credential page, which offers only the status changes the rules allow and names the rule that blocks the others.
 */
@IntegrationTest
@BrowserTest
class RulesBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aCitizenReadsEveryRuleWithItsBasisFromThePortalOnADesktopAndOnAPhone(Browser browser) {
        String base = "http://localhost:" + port;
        for (int width : new int[] {1280, 390}) {
            Page page = browser.page(width);
            page.navigate(base + "/");
            if (width < 768) {
                page.locator("button.navbar-toggler").click();
                // the menu slides open; a click while it is still sliding may land beside the link
                page.locator("#portal-nav.show").waitFor();
            }
            page.locator("#portal-nav a:text-is('执法规则')").click();
            page.waitForURL("**/portal/rules", new Page.WaitForURLOptions().setWaitUntil(WaitUntilState.COMMIT));
            assertThat(page.locator("h1").innerText()).isEqualTo("执法规则");
            String text = page.locator("main").innerText();
            assertThat(text).contains("credential-final-status").contains("已吊销或注销的执法证不能再变更状态")
                    .contains("行政处罚法 第四十二条").contains("legal-reviewer-ratio")
                    .contains("sanxiang.rules.legal-reviewer-ratio.min-ratio").doesNotContain("??");
            assertThat(page.locator("#credential-final-status").count()).as("a rule's name is its anchor")
                    .isEqualTo(1);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "portal-rules-" + width);
        }
        Page english = browser.page(1280);
        english.navigate(base + "/portal/rules?lang=en");
        assertThat(english.locator("h1").innerText()).isEqualTo("Enforcement rules");
        assertThat(english.locator("main").innerText())
                .contains("A revoked or cancelled credential never changes status again");
        Browser.assertAccessible(english);
    }

    @Test
    void aCredentialPageOffersOnlyTheStatusChangesTheRulesAllow(Browser browser) {
        RegistryFixture f = new RegistryFixture(port);
        long officer = f.officer(f.city, "冯吊销", List.of("market"));
        long revoked = f.credential(officer, RegistryFixture.uniqueNumber(), ChinaDay.today().minusYears(2),
                ChinaDay.today().plusYears(1), List.of("market"));
        f.admin.post("/api/v1/registry/credentials/" + revoked + "/status", Map.of("status", "REVOKED",
                "reason", "涂改执法证件"));
        long valid = f.credential(officer, RegistryFixture.uniqueNumber(), ChinaDay.today().minusDays(1),
                ChinaDay.today().plusYears(3), List.of("market"));
        String base = "http://localhost:" + port;
        Page page = browser.page(1280);
        Browser.logIn(page, base, "admin", "admin-password-1");
        page.navigate(base + "/workbench/registry/officers/" + officer);

        assertThat(page.locator("#st-" + revoked).count()).as("nothing to offer a revoked credential").isZero();
        assertThat(page.locator("#sr-" + revoked).innerText()).contains("该执法证不能再变更状态")
                .contains("已吊销或注销的执法证不能再变更状态").contains("credential-final-status");
        assertThat(page.locator("#st-" + valid + " option:not([disabled])").allInnerTexts())
                .containsExactly("暂扣", "吊销", "注销");
        assertThat(page.locator("#sr-" + valid).count()).as("nothing withheld from a valid one").isZero();
        Browser.assertAccessible(page);

        page.locator("#sr-" + revoked + " a").click();
        page.waitForURL("**/portal/rules#credential-final-status");
    }
}
