package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.Browser;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every workbench page an administrator reaches from the side bar, and the first record each list links to, passes
 * axe-core (WCAG 2.1 AA, as GB/T 37668 asks) on a desktop and on a phone, with one main heading, no error and no
 * message missing in Chinese or in English.
 * New modules' pages are walked as soon as they add a menu item.
 */
@IntegrationTest
class WorkbenchBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void everyWorkbenchPageAndTheFirstRecordOfEachListIsAccessible() {
        RegistryFixture f = new RegistryFixture(port);
        long officer = f.officer(f.city, "林工作", List.of("market"));
        f.credential(officer, RegistryFixture.uniqueNumber(), LocalDate.now().minusYears(1), LocalDate.now().plusYears(2),
                List.of("market"));
        String base = "http://localhost:" + port;
        try (Browser browser = Browser.launch()) {
            // Chinese on a desktop, English on a phone: every page in both languages, every message translated.
            for (String[] view : new String[][] {{"1280", "zh-CN"}, {"390", "en"}}) {
                int width = Integer.parseInt(view[0]);
                Page page = browser.page(width);
                Browser.logIn(page, base, "admin", "admin-password-1");
                page.navigate(base + "/workbench?lang=" + view[1]);
                List<String> menu = page.locator("#workbench-nav a").all().stream()
                        .map(a -> a.getAttribute("href")).filter(h -> h.startsWith("/workbench")).toList();
                assertThat(menu).hasSizeGreaterThanOrEqualTo(8);
                Set<String> visited = new LinkedHashSet<>();
                for (String path : menu) {
                    check(page, base + path, visited);
                    // The first record a list links to (an agency, an officer, a user, ...).
                    List<String> records = new ArrayList<>(page.locator("main table a[href^='" + path + "/']").all()
                            .stream().map(a -> a.getAttribute("href")).limit(1).toList());
                    for (String record : records) {
                        check(page, base + record, visited);
                    }
                    // Forms a record page links to (edit an agency, register an officer, ...).
                    for (String form : page.locator("main a[href*='/edit'], main a[href*='/new']").all().stream()
                            .map(a -> a.getAttribute("href")).filter(h -> h.startsWith("/workbench")).limit(3)
                            .toList()) {
                        check(page, base + form, visited);
                    }
                }
                assertThat(visited).hasSizeGreaterThan(menu.size());
                Browser.screenshot(page, "workbench-last-page-" + width);
            }
        }
    }

    private static void check(Page page, String url, Set<String> visited) {
        if (!visited.add(url)) {
            return;
        }
        com.microsoft.playwright.Response response = page.navigate(url);
        assertThat(response.status()).as(url).isEqualTo(200);
        assertThat(page.locator("h1").count()).as("one main heading on " + url).isEqualTo(1);
        assertThat(page.locator("body").innerText()).as("no untranslated message on " + url).doesNotContain("??");
        Browser.assertAccessible(page);
    }
}
