package org.sanxiang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every public page, on a desktop and on a phone, passes axe-core and can be used with the keyboard. */
@IntegrationTest
@BrowserTest
class PortalBrowserIT {


    @LocalServerPort
    int port;

    RegistryFixture f;
    String number;



    @BeforeEach
    void data() {
        f = new RegistryFixture(port);
        long officer = f.officer(f.city, "林公示", List.of("market"));
        number = RegistryFixture.uniqueNumber();
        f.credential(officer, number, LocalDate.now().minusYears(1), LocalDate.now().plusYears(3), List.of("market"));
    }

    List<String> publicPages() {
        return List.of("/", "/portal/agencies", "/portal/agencies/" + f.city, "/portal/officers/lookup",
                "/portal/officers/lookup?number=" + number, "/portal/officers/lookup?number=NOPE",
                "/portal/credentials/" + number, "/login", "/portal/no-such-page", "/?lang=en", "/portal/agencies?lang=en",
                "/portal/officers/lookup?number=" + number + "&lang=en", "/portal/credentials/" + number + "?lang=en",
                "/portal/calendar?lang=en", "/?lang=zh-CN");
    }

    @Test
    void everyPublicPageIsAccessibleOnADesktopAndOnAPhone(Browser browser) {
        for (int width : new int[] {1280, 390}) {
            Page page = browser.page(width);
            for (String path : publicPages()) {
                page.navigate("http://localhost:" + port + path);
                assertThat(page.locator("h1").count()).as("one main heading on " + path).isEqualTo(1);
                assertThat(page.locator("body").innerText()).as("no untranslated message on " + path)
                        .doesNotContain("??");
                Browser.assertAccessible(page);
            }
            Browser.screenshot(page, "portal-last-page-" + width);
        }
    }

    @Test
    void aVisitorLooksAnOfficerUpByCredentialNumberUsingOnlyTheKeyboard(Browser browser) {
        Page page = browser.page(1280);
        page.navigate("http://localhost:" + port + "/portal/officers/lookup");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent").toString()).contains("跳到正文");
        page.locator("#number").focus();
        page.keyboard().type(number);
        page.keyboard().press("Enter");
        page.waitForURL("**number=" + number);
        assertThat(page.locator("main").innerText()).contains("林公示").contains("有效").contains(number);
        Browser.screenshot(page, "portal-lookup-result");
    }
}
