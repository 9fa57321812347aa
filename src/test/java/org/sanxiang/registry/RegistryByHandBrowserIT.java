package org.sanxiang.registry;

import org.sanxiang.test.ChinaDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's other path of the foundation issue, by hand in the workbench: register an agency (a wrong
 * credit code is refused in Chinese), its unit and legal reviewer, an officer with photo (a wrong ID number is
 * refused), and a credential; the portal shows the officer at once, and a suspension as soon as it is made.
 */
@IntegrationTest
@BrowserTest
class RegistryByHandBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorRegistersAnAgencyAnOfficerAndACredentialByHandAndThePortalShowsThem(Browser browser) throws Exception {
        String base = "http://localhost:" + port;
        String agencyName = "手工登记市场监督管理局" + RegistryFixture.uniqueNumber();
        String number = RegistryFixture.uniqueNumber();
        String idNumber = RegistryFixture.idNumber();
        Page page = browser.page(1280);
        Browser.logIn(page, base, "admin", "admin-password-1");

        page.navigate(base + "/workbench/registry/agencies/new");
        page.fill("#name", agencyName);
        String uscc = RegistryFixture.uscc();
        page.fill("#uscc", uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0'));
        page.locator("#domain").selectOption(new SelectOption().setIndex(1));
        page.fill("#complaintPhone", "12345");
        page.fill("#legalBasis", "《中华人民共和国行政处罚法》");
        page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("main [role=alert]").innerText()).contains("统一社会信用代码");
        assertThat(page.inputValue("#name")).as("what was typed stays").isEqualTo(agencyName);
        Browser.assertAccessible(page);

        page.fill("#uscc", uscc);
        page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("h1").innerText()).isEqualTo(agencyName);
        assertThat(page.locator("[role=status]").first().innerText()).contains("已保存");

        page.fill("#unit-name", "执法稽查大队");
        page.locator("form:has(#unit-name) button").click();
        assertThat(page.locator("#units").innerText()).contains("执法稽查大队");

        page.fill("#s-name", "周审核");
        page.fill("#s-q", "法律职业资格");
        page.fill("#s-no", "A2020430000000");
        page.fill("#s-date", "2020-09-01");
        page.locator("form:has(#s-name) button").click();
        assertThat(page.locator("#staff").innerText()).contains("周审核", "法律职业资格", "在岗");
        Browser.assertAccessible(page);

        // She leaves her post: the record stays, marked 离岗 (RegistryApiIT: she no longer counts in the ratio).
        page.locator("#staff a:has-text('修改')").click();
        assertThat(page.inputValue("#s-date")).as("the date as it was entered").isEqualTo("2020-09-01");
        Browser.assertAccessible(page);
        page.selectOption("#s-active", "false");
        page.waitForNavigation(() -> page.locator("main form button.btn-primary").click());
        assertThat(page.locator("#staff").innerText()).contains("周审核", "离岗");

        page.locator("main a[href*='/officers/new']").click();
        page.fill("#name", "郑手工");
        page.fill("#idNumber", idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0'));
        page.locator("#unitId").selectOption(new SelectOption().setLabel("执法稽查大队"));
        page.fill("#position", "科员");
        page.locator("#dom-0").check();
        page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("main [role=alert]").innerText()).contains("身份证");
        assertThat(page.inputValue("#name")).isEqualTo("郑手工");
        page.fill("#idNumber", idNumber);
        page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("h1").innerText()).isEqualTo("郑手工");
        assertThat(page.locator("main").innerText()).contains("执法稽查大队").doesNotContain(idNumber);

        Path photo = Files.createTempFile("photo", ".png");
        ImageIO.write(new BufferedImage(90, 120, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        page.locator("#photo").setInputFiles(photo);
        page.locator("form:has(#photo) button").click();
        assertThat(page.locator("img.officer-photo").getAttribute("alt")).contains("郑手工");

        page.fill("#c-number", number);
        page.fill("#c-issuer", "湖南省人民政府");
        page.fill("#c-from", ChinaDay.today().minusMonths(1).toString());
        page.fill("#c-to", ChinaDay.today().plusYears(3).toString());
        page.locator("form:has(#c-number) button").click();
        assertThat(page.locator("#credentials").innerText()).contains(number, "有效");
        Browser.assertAccessible(page);

        page.fill("#c-number", number);
        page.fill("#c-issuer", "湖南省人民政府");
        page.fill("#c-from", ChinaDay.today().toString());
        page.fill("#c-to", ChinaDay.today().plusYears(1).toString());
        page.locator("form:has(#c-number) button").click();
        assertThat(page.locator("main [role=alert]").innerText()).as("a number is issued once").contains(number);
        assertThat(page.locator("h1").innerText()).isEqualTo("郑手工");

        page.locator("form:has(button:has-text('查看完整身份证号码')) button").click();
        assertThat(page.locator("main [role=status]").innerText()).contains(idNumber);

        Page visitor = browser.page(390);
        visitor.navigate(base + "/portal/officers/lookup?number=" + number);
        assertThat(visitor.locator("main").innerText()).contains("郑手工", agencyName, "有效")
                .doesNotContain(idNumber);

        page.locator("#credentials select[name=status]").selectOption("SUSPENDED");
        page.locator("#credentials input[name=reason]").fill("涉嫌违纪，暂扣执法证");
        page.locator("#credentials form:has(select[name=status]) button").click();
        // the visitor looks once the administrator's page says it is done, not while her request is on its way
        page.locator("main [role=status]:has-text('已保存')").waitFor();
        visitor.navigate(base + "/portal/officers/lookup?number=" + number);
        assertThat(visitor.locator("main").innerText()).contains("暂扣");
        Browser.assertAccessible(visitor);
        Browser.screenshot(page, "workbench-officer-by-hand");
        Browser.screenshot(visitor, "portal-suspended-phone");
    }
}
