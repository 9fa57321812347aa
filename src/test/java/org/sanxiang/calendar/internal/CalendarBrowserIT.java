package org.sanxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar pages in a real browser: axe-core (WCAG 2.1 AA) on a desktop and on a phone, and the upload form. */
@IntegrationTest
@BrowserTest
class CalendarBrowserIT {

    private static final String PASSWORD = "calendar-browser-passphrase";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;



    @Test
    void theCalendarPageIsAccessibleOnADesktopAndOnAPhone(Browser browser) {
        for (int width : new int[] {1280, 390}) {
            Page page = browser.page(width);
            page.navigate("http://localhost:" + port + "/portal/calendar?year=2024");
            assertThat(page.locator("h1").innerText()).isEqualTo("2024 年工作日历");
            assertThat(page.locator("table.calendar-month").count()).isEqualTo(12);
            // the phone shows the months one below the other, none wider than the screen
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "calendar-2024-" + width);
        }
    }

    @Test
    void theAdministratorsImportPageIsAccessible(Browser browser) {
        try {
            users.create("cal-browser-admin", PASSWORD, "日历管理员", null, Set.of(Role.ADMIN));
        } catch (InvalidInputException alreadyThere) {
            // created by an earlier run in the same application context
        }
        Page page = browser.page(1280);
        Browser.logIn(page, "http://localhost:" + port, "cal-browser-admin", PASSWORD);
        page.navigate("http://localhost:" + port + "/workbench/calendar");
        assertThat(page.getByLabel("节假日文件（JSON）").count()).isEqualTo(1);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "calendar-admin");
    }
}
