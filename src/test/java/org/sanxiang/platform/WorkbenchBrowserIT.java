package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.ChinaDay;
import org.sanxiang.evidence.TusClient;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every workbench page an administrator or an officer reaches from the side bar, the first record each list links
 * to and the forms it links to, passes axe-core (WCAG 2.1 AA, as GB/T 37668 asks) on a desktop and on a phone,
 * with one main heading, no error and no message missing in Chinese or in English; on a 390 px phone none scrolls
 * sideways and every list shows as cards. New modules' pages are walked as soon as they add a menu item.
 */
@IntegrationTest
@BrowserTest
class WorkbenchBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @Test
    void everyWorkbenchPageAndTheFirstRecordOfEachListIsAccessibleAndFitsAPhone(Browser browser) {
        RegistryFixture f = new RegistryFixture(port);
        long officer = f.officer(f.city, "林工作", List.of("market"));
        f.credential(officer, RegistryFixture.uniqueNumber(), ChinaDay.today().minusYears(1),
                ChinaDay.today().plusYears(2), List.of("market"));
        evidence(f.city);
        String officerUser = f.user("OFFICER", f.city);
        String base = "http://localhost:" + port;
        // Chinese on a desktop, English on a phone: every page in both languages, every message translated;
        // then an officer's own pages on a phone. axe-core's checks answer alike in both languages and widths (the
        // width's part, reflow, is the fits-the-screen check), so they run on the first view of each page only.
        for (String[] view : new String[][] {{"admin", "admin-password-1", "1280", "zh-CN"},
            {"admin", "admin-password-1", "390", "en"}, {officerUser, RegistryFixture.PASSWORD, "390", "zh-CN"}}) {
            int width = Integer.parseInt(view[2]);
            Page page = browser.page(width);
            Browser.logIn(page, base, view[0], view[1]);
            page.navigate(base + "/workbench?lang=" + view[3]);
            if ("admin".equals(view[0]) && "zh-CN".equals(view[3])) {
                assertThat(page.locator("main").innerText()).as("the platform's own administrator")
                        .containsPattern("您的角色：\\s*平台管理员");
            }
            List<String> menu = page.locator("#workbench-nav a").all().stream()
                    .map(a -> a.getAttribute("href")).filter(h -> h.startsWith("/workbench")).toList();
            assertThat(menu).hasSizeGreaterThanOrEqualTo(4);
            Set<String> visited = new LinkedHashSet<>();
            boolean axe = !"en".equals(view[3]);
            List<String> misfits = new ArrayList<>();
            for (String path : menu) {
                check(page, base + path, visited, misfits, axe);
                // The first record a list links to (an agency, an officer, a user, a piece of evidence, ...).
                List<String> records = new ArrayList<>(page.locator("main table a[href^='" + path + "/']").all()
                        .stream().map(a -> a.getAttribute("href")).limit(1).toList());
                for (String record : records) {
                    check(page, base + record, visited, misfits, axe);
                }
                // Forms a record page links to (edit an agency, register an officer, ...).
                for (String form : page.locator("main a[href*='/edit'], main a[href*='/new']").all().stream()
                        .map(a -> a.getAttribute("href")).filter(h -> h.startsWith("/workbench")).limit(3)
                        .toList()) {
                    check(page, base + form, visited, misfits, axe);
                }
            }
            assertThat(visited).hasSizeGreaterThan(menu.size());
            assertThat(misfits).as("pages that do not fit a " + width + " px screen").isEmpty();
            Browser.screenshot(page, "workbench-last-page-" + width + "-" + view[3]);
        }
    }

    @Test
    void anOfficerShowsHerOwnCredentialOnHerPhoneWithAQrCodeLargeEnoughToScan(Browser browser) {
        RegistryFixture f = new RegistryFixture(port);
        long officer = f.officer(f.city, "林亮证", List.of("market"));
        String number = RegistryFixture.uniqueNumber();
        f.credential(officer, number, ChinaDay.today().minusYears(1), ChinaDay.today().plusYears(2), List.of("market"));
        String username = f.user("OFFICER", f.city);
        String base = "http://localhost:" + port;
        // Her agency's administrator links her record to the account she signs in with.
        Page admin = browser.page(1280);
        Browser.logIn(admin, base, f.user("ADMIN", f.city), RegistryFixture.PASSWORD);
        admin.navigate(base + "/workbench/registry/officers/" + officer);
        admin.fill("#o-account", "no-such-user");
        admin.click("text=关联账号");
        assertThat(admin.locator("[role=alert]").innerText()).contains("本执法主体没有用户名为“no-such-user”的账号");
        admin.fill("#o-account", username);
        admin.click("text=关联账号");
        assertThat(admin.locator("[role=status]").innerText()).contains("已保存");
        admin.navigate(base + "/workbench/users");
        assertThat(admin.locator("#agencyId").inputValue()).as("a new user joins the administrator's agency")
                .isEqualTo(String.valueOf(f.city));

        Page phone = browser.page(390);
        Browser.logIn(phone, base, username, RegistryFixture.PASSWORD);
        assertThat(phone.locator("#workbench-nav a[href='/workbench/my-credential']").textContent()).isEqualTo("我的执法证");
        phone.navigate(base + "/workbench/my-credential");
        String card = phone.locator("main").innerText();
        assertThat(card).contains("林亮证", f.tag + "市场监督管理局", number, "有效", "市场监管",
                ChinaDay.today().plusYears(2).toString());
        assertThat(phone.locator("main img.officer-photo, main img.credential-qr").count()).isPositive();
        double qr = ((Number) phone.evaluate("() => document.querySelector('img.credential-qr').getBoundingClientRect().width")).doubleValue();
        assertThat(qr).as("QR code width on a 390 px phone").isGreaterThanOrEqualTo(280);
        assertThat(phone.evaluate("() => document.querySelector('img.credential-qr').naturalWidth")).isNotEqualTo(0);
        assertThat(phone.locator("main a[href='/portal/credentials/" + number + "']").count()).isEqualTo(1);
        Browser.assertAccessible(phone);
        Browser.assertFitsTheScreen(phone);
        Browser.screenshot(phone, "my-credential-390");

        // Her lists are read-only: their titles do not say 管理; a page she may not open leads back.
        assertThat(phone.locator("#workbench-nav").innerText()).doesNotContain("管理");
        phone.navigate(base + "/workbench/registry/officers");
        assertThat(phone.locator("h1").innerText()).isEqualTo("执法人员");
        assertThat(phone.navigate(base + "/workbench/users").status()).isEqualTo(403);
        assertThat(phone.locator("main").innerText()).contains("您无权访问此页面").doesNotContain("状态码")
                .doesNotContain("not allowed");
        assertThat(phone.locator("main a[href='/workbench']").count()).isEqualTo(1);
    }

    @Test
    void aRefusedFormSaysWhatToDoBesideEachFieldAndOnceInTheSummaryInTheReadersLanguage(Browser browser) {
        RegistryFixture f = new RegistryFixture(port);
        String base = "http://localhost:" + port;
        Page page = browser.page(390);
        Browser.logIn(page, base, f.user("ADMIN", f.city), RegistryFixture.PASSWORD);
        page.navigate(base + "/workbench/registry/agencies/new?parentId=" + f.city);
        assertThat(page.locator("#name").getAttribute("required")).as("required from @NotBlank").isNotNull();
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('label[for=uscc]'), '::after').content"))
                .isEqualTo("\" *\"");
        page.fill("#uscc", "123");
        page.click("main button[type=submit]");
        page.locator("#error-uscc").waitFor();

        assertThat(page.locator("#uscc").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#uscc").getAttribute("aria-describedby")).isEqualTo("error-uscc");
        assertThat(page.locator("#error-uscc").innerText()).isEqualTo("应为 18 位");
        assertThat(page.locator("#error-name").innerText()).isEqualTo("请填写此项");
        String summary = page.locator("main [role=alert]").innerText();
        assertThat(summary).contains("统一社会信用代码：应为 18 位", "名称：请填写此项").doesNotContain("个数必须")
                .doesNotContain("不能为空");
        String main = page.locator("main").innerText();
        assertThat(main.split("应为 18 位", -1)).as("beside the field and in the summary, once each").hasSize(3);
        Browser.assertAccessible(page);
        Browser.assertFitsTheScreen(page);
        Browser.screenshot(page, "agency-form-refused-390");

        page.navigate(base + "/workbench/registry/agencies/new?parentId=" + f.city + "&lang=en");
        page.fill("#uscc", "123");
        page.click("main button[type=submit]");
        page.locator("#error-uscc").waitFor();
        assertThat(page.locator("#error-uscc").innerText()).isEqualTo("Must be 18 characters");
        assertThat(page.locator("main [role=alert]").innerText()).doesNotContainPattern("\\p{IsHan}");

        // A refusal by the registry's rules reads in the reader's language only.
        page.navigate(base + "/workbench/registry/agencies/" + f.city + "?lang=zh-CN");
        page.fill("#unit-name", "执法支队");
        page.click("form[action$='/units'] button");
        page.waitForURL("**#units");
        assertThat(page.locator("main [role=alert]").innerText()).contains("该机构已存在")
                .doesNotContain("already exists");
    }

    /** One piece of evidence in the agency, so that the evidence list has a row to lay out. */
    private void evidence(long agency) {
        TusClient uploader = new TusClient(port, TusClient.user(users, "walk-officer", agency, Role.OFFICER));
        Map<String, String> metadata = new HashMap<>();
        metadata.put("kind", "video");
        metadata.put("officer", "林工作");
        metadata.put("capturedAt", "2026-11-20T10:00");
        metadata.put("filename", "执法记录仪-2026-11-20-100000-现场检查-无照经营-一个很长的文件名.mp4");
        metadata.put("caseRef", "衡市监处罚〔2026〕" + System.nanoTime() + "号");
        byte[] content = new byte[1000];
        new java.util.Random().nextBytes(content);
        // A body-camera video: an MP4 ftyp box, then its data.
        System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 0, content, 0, 12);
        uploader.resume(uploader.start(content.length, metadata), content, content.length);
    }

    private static void check(Page page, String url, Set<String> visited, List<String> misfits, boolean axe) {
        if (!visited.add(url)) {
            return;
        }
        com.microsoft.playwright.Response response = page.navigate(url);
        assertThat(response.status()).as(url).isEqualTo(200);
        assertThat(page.locator("h1").count()).as("one main heading on " + url).isEqualTo(1);
        assertThat(page.locator("body").innerText()).as("no untranslated message on " + url).doesNotContain("??");
        if (axe) {
            Browser.assertAccessible(page);
        }
        String misfit = page.viewportSize().width < 576 ? Browser.misfits(page) : "";
        if (!misfit.isEmpty()) {
            misfits.add(url + ": " + misfit);
        }
    }
}
