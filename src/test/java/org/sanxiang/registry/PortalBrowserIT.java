package org.sanxiang.registry;

import org.sanxiang.test.ChinaDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public page passes axe-core and fits a phone's screen (WCAG 1.4.10 reflow, the part of accessibility that
 * depends on the width; the rest of axe-core's checks answer alike at both widths), and can be used with the keyboard.
 */
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
        f.credential(officer, number, ChinaDay.today().minusYears(1), ChinaDay.today().plusYears(3), List.of("market"));
    }

    List<String> publicPages() {
        return List.of("/", "/portal/agencies", "/portal/agencies/" + f.city, "/portal/officers/lookup",
                "/portal/officers/lookup?number=" + number, "/portal/officers/lookup?number=NOPE",
                "/portal/credentials/" + number, "/login", "/portal/no-such-page", "/?lang=en", "/portal/agencies?lang=en",
                "/portal/officers/lookup?number=" + number + "&lang=en", "/portal/credentials/" + number + "?lang=en",
                "/portal/calendar?lang=en", "/?lang=zh-CN", "/portal/procedures", "/portal/procedures/general-penalty",
                "/portal/procedures/coercive-measure?lang=en", "/portal/procedures/av-list?agency=" + f.city);
    }

    @Test
    void everyPublicPageIsAccessibleOnADesktopAndFitsAPhone(Browser browser) {
        Page desktop = browser.page(1280);
        Page phone = browser.page(390);
        for (String path : publicPages()) {
            desktop.navigate("http://localhost:" + port + path);
            assertThat(desktop.locator("h1").count()).as("one main heading on " + path).isEqualTo(1);
            assertThat(desktop.locator("body").innerText()).as("no untranslated message on " + path)
                    .doesNotContain("??");
            Browser.assertAccessible(desktop);
            phone.navigate("http://localhost:" + port + path);
            Browser.assertFitsTheScreen(phone);
        }
        Browser.screenshot(phone, "portal-last-page-390");
    }

    @Test
    void aVisitorOnAPhoneFindsTheGeneralProcedureFlowchartAndTheAgencysRecordingListFromTheListsBeforeEnforcement(
            Browser browser) {
        Page page = browser.page(390);
        page.navigate("http://localhost:" + port + "/portal/catalog");
        page.locator("main a:has-text('执法流程图')").click();
        page.locator("main a:has-text('行政处罚普通程序')").click();
        page.waitForURL("**/portal/procedures/general-penalty");
        var chart = page.locator("#flowchart svg[role=img]");
        assertThat(chart.getAttribute("aria-label")).isEqualTo("行政处罚普通程序执法流程图");
        assertThat(chart.innerHTML()).as("every state of the procedure is drawn").contains("不予立案", "调查取证",
                "听证", "集体讨论", "申请法院强制执行", "结案");
        assertThat(chart.boundingBox().width).as("the diagram shrinks to the phone").isLessThanOrEqualTo(390);
        assertThat(page.locator("#step-10").innerText()).as("its text version, step by step")
                .contains("先行登记保存", "调查取证", "应当音像记录", "第五十六条", "七个工作日内");
        Browser.assertAccessible(page);
        Browser.assertFitsTheScreen(page);
        Browser.screenshot(page, "portal-flowchart-phone");

        page.navigate("http://localhost:" + port + "/portal/catalog/agencies/" + f.city + "/powers");
        page.locator("main a:has-text('音像记录事项清单')").click();
        page.waitForURL("**/portal/procedures/av-list?agency=" + f.city);
        assertThat(page.locator("main .lead").innerText()).contains(f.tag);
        assertThat(page.locator("#av-coercive-measure + div").innerText()).contains("实施查封、扣押", "全程音像记录");
        Browser.assertAccessible(page);
        Browser.assertFitsTheScreen(page);
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
