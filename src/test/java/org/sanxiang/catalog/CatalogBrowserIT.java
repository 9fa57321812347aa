package org.sanxiang.catalog;

import org.sanxiang.test.ChinaDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.test.TypedWorkbook.rows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.sanxiang.test.TypedWorkbook;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journey in the browser: an administrator drafts a violation with its bands; the agency's legal
 * reviewer returns it once, then passes it; it is published; a second version (the law amended) takes effect in
 * ten days; an anonymous visitor on a 390 px phone finds it on the portal from the agency's page, reads its basis
 * text, sees the earlier version and what changed. The administrator then imports a workbook, is told the row to
 * correct, and imports it corrected.
 */
@IntegrationTest
@BrowserTest
class CatalogBrowserIT {

    static final String BASIS_TEXT = "用超过保质期的食品原料、食品添加剂生产食品、食品添加剂，或者经营上述食品、食品添加剂";

    @LocalServerPort
    int port;

    @Test
    void aViolationDraftedReturnedPassedAndPublishedIsFoundOnAPhoneWithItsBasisAndItsEarlierVersion(Browser browser) {
        String base = "http://localhost:" + port;
        RegistryFixture f = new RegistryFixture(port);
        String adminName = f.user("ADMIN", f.city);
        String reviewerName = f.user("LEGAL_REVIEWER", f.city);
        String name = "用超过保质期的食品原料生产食品" + f.tag;
        LocalDate inTenDays = ChinaDay.today().plusDays(10);
        Page admin = browser.page(1280);
        Browser.logIn(admin, base, adminName, RegistryFixture.PASSWORD);
        Page reviewer = browser.page(1280);
        Browser.logIn(reviewer, base, reviewerName, RegistryFixture.PASSWORD);

        admin.navigate(base + "/workbench/catalog?agency=" + f.city + "&list=discretion-benchmarks");
        admin.locator("main a:has-text('新增事项')").click();
        admin.fill("#code", "WF-" + f.tag);
        admin.fill("#name", name);
        admin.fill("#f-penaltyKinds", "罚款\n没收违法所得");
        for (int c = 0; c < 2; c++) {
            admin.fill("#c" + c + "-law", "中华人民共和国食品安全法");
            admin.fill("#c" + c + "-article", c == 0 ? "第三十四条" : "第一百二十四条");
            admin.fill("#c" + c + "-text", BASIS_TEXT);
        }
        admin.selectOption("#b0-kind", "NONE");
        admin.fill("#b0-conditions", "初次违法且危害后果轻微并及时改正");
        band(admin, 2, "AMOUNT", "50000", "80000");
        band(admin, 3, "AMOUNT", "70000", "100000");
        Browser.assertAccessible(admin);
        // the refused form comes back with what was typed: its scripts run before it is filled again
        admin.waitForNavigation(() -> admin.locator("main form button[type=submit]").click());
        admin.waitForLoadState();
        assertThat(admin.locator("main [role=alert]").innerText()).as("overlapping bands are refused")
                .contains("重叠", "行政处罚法 第三十四条");
        assertThat(admin.inputValue("#name")).as("what was typed stays").isEqualTo(name);
        admin.fill("#b2-max", "70000");
        admin.waitForNavigation(() -> admin.locator("#b2-max").press("Enter")); // see the edit below
        assertThat(admin.locator("#state").innerText()).isEqualTo("草稿");
        assertThat(admin.locator("#step-publish button").isDisabled()).isTrue();
        assertThat(admin.locator("#step-publish .blocked").innerText()).contains("published-after-legality-review");
        Browser.assertAccessible(admin);
        admin.waitForNavigation(() -> admin.locator("#step-submit button").click());
        assertThat(admin.locator("#state").innerText()).isEqualTo("待合法性审核");
        String version = admin.url();

        reviewer.navigate(version);
        reviewer.fill("#return-reason", "“从轻”档的适用条件未写明");
        reviewer.waitForNavigation(() -> reviewer.locator("#step-return button").click());
        assertThat(reviewer.locator("#state").innerText()).isEqualTo("退回修改");

        admin.navigate(version);
        assertThat(admin.locator("#review-note").innerText()).contains("适用条件未写明");
        admin.locator("#edit").click();
        admin.waitForURL("**/edit"); // the form and its scripts loaded before it is filled and sent
        admin.waitForLoadState();
        admin.fill("#b2-conditions", "主动消除或者减轻违法行为危害后果");
        // Enter in the field submits the form as its button does; a key goes to the focused field, where a click on
        // this long form, sent again after a refusal, was lost twice on a busy machine (no request reached the server)
        admin.waitForNavigation(() -> admin.locator("#b2-conditions").press("Enter"));
        assertThat(admin.locator("#state").innerText()).as("the edit is saved").isNotEmpty();
        admin.waitForNavigation(() -> admin.locator("#step-submit button").click());

        reviewer.navigate(version);
        reviewer.waitForNavigation(() -> reviewer.locator("#step-pass button").click());
        assertThat(reviewer.locator("#state").innerText()).isEqualTo("审核通过");

        admin.navigate(version);
        admin.waitForNavigation(() -> admin.locator("#step-publish button").click());
        assertThat(admin.locator("#state").innerText()).isEqualTo("已公布");

        // the law is amended: a second version, in force in ten days
        admin.waitForNavigation(() -> admin.locator("#step-amend button").click());
        admin.fill("#b3-max", "150000");
        admin.waitForNavigation(() -> admin.locator("main form button[type=submit]").click());
        admin.waitForNavigation(() -> admin.locator("#step-submit button").click());
        String second = admin.url();
        reviewer.navigate(second);
        reviewer.waitForNavigation(() -> reviewer.locator("#step-pass button").click());
        admin.navigate(second);
        admin.fill("#publish-date", inTenDays.toString());
        admin.waitForNavigation(() -> admin.locator("#step-publish button").click());
        assertThat(admin.locator("#state").innerText()).isEqualTo("已公布");

        Page visitor = browser.page(390);
        visitor.navigate(base + "/portal/agencies/" + f.city);
        visitor.locator("main a:has-text('事前公开清单')").click();
        visitor.locator("main a:has-text('违法行为与行政处罚裁量基准')").click();
        visitor.fill("#q", "保质期");
        visitor.fill("#date", inTenDays.toString());
        visitor.waitForNavigation(() -> visitor.locator("main form[role=search] button").click());
        Browser.assertAccessible(visitor);
        Browser.assertFitsTheScreen(visitor);
        visitor.locator("main a:has-text('" + name + "')").click();
        assertThat(visitor.locator("main").innerText()).contains(BASIS_TEXT, "第 2 版", "70000元至150000元");
        assertThat(visitor.locator("#history").innerText()).contains("第 1 版", "已被新版本替代",
                inTenDays.minusDays(1).toString());
        Browser.assertAccessible(visitor);
        Browser.assertFitsTheScreen(visitor);
        visitor.locator("#diff").click();
        assertThat(visitor.locator("#changes").innerText()).contains("70000元至100000元", "70000元至150000元");
        Browser.assertAccessible(visitor);
        Browser.assertFitsTheScreen(visitor);
        Browser.screenshot(visitor, "catalog-diff-phone");

        // the administrator imports a workbook: refused with its bad row named, then imported once corrected
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("基本信息", rows(List.of("项目", "内容"), List.of("执法主体", f.tag + "市场监督管理局")));
        sheets.put("收费项目", rows(List.of("事项编码", "名称", "收费标准"), List.of("SF-" + f.tag, "特种设备检验检测费", "")));
        sheets.put("依据", rows(List.of("清单", "事项编码", "法律法规名称", "条", "条文内容"),
                List.of("收费项目", "SF" + f.tag, "中华人民共和国特种设备安全法", "第五十二条", "……")));
        admin.navigate(base + "/workbench/catalog/import?agency=" + f.city);
        upload(admin, TypedWorkbook.of(sheets));
        assertThat(admin.locator("main [role=alert]").innerText()).as("a typo in the code, and so a fee without basis")
                .contains("工作表“依据”第 2 行（SF" + f.tag + "）：事项编码“SF" + f.tag + "”不在工作表“收费项目”中",
                        "工作表“收费项目”第 2 行（SF-" + f.tag + "）：依据");
        sheets.get("依据").set(1, List.of("收费项目", "SF-" + f.tag, "中华人民共和国特种设备安全法", "第五十二条",
                "特种设备检验、检测机构及其检验、检测人员应当客观、公正、及时地出具检验、检测报告……"));
        admin.setViewportSize(390, 900);
        upload(admin, TypedWorkbook.of(sheets));
        assertThat(admin.locator("main [role=status]").innerText()).contains("新增 1 个事项");
        assertThat(admin.locator("main table.import-items").innerText()).contains("工作表“收费项目”第 2 行", "新增草稿");
        Browser.assertAccessible(admin);
        Browser.assertFitsTheScreen(admin);
    }

    private static void upload(Page page, byte[] workbook) {
        page.setInputFiles("#file", new FilePayload("清单.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook));
        page.locator("main form[enctype] button[type=submit]").click();
    }

    private static void band(Page page, int row, String kind, String min, String max) {
        page.selectOption("#b" + row + "-kind", kind);
        page.fill("#b" + row + "-min", min);
        page.fill("#b" + row + "-max", max);
    }
}
