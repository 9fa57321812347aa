package org.sanxiang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.ChinaDay;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workbench ledger page in a real browser: an administrator lists entries page by page, signs a checkpoint and
 * verifies; a supervisor reads what an agency's administrator did in plain language and narrows it down.
 */
@IntegrationTest
@BrowserTest
class LedgerPageIT {

    private static final String PASSWORD = "ledger-page-passphrase-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    Ledger ledger;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anAdministratorPagesThroughTheEntriesSignsACheckpointAndVerifiesTheLedger(Browser browser) {
        try {
            users.create("ledger-page-admin", PASSWORD, "账本管理员", null, Set.of(Role.ADMIN));
        } catch (InvalidInputException alreadyThere) {
            // created by an earlier run in the same application context
        }
        String subject = "page-" + RegistryFixture.uniqueNumber();
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < 51; i++) {
                ledger.append("test", "test.entry", new Ledger.SubjectRef("case", subject, null), Map.of("案由", "无照经营"));
            }
        });

        Page page = browser.page(390);
        Browser.logIn(page, base(), "ledger-page-admin", PASSWORD);

        page.navigate(base() + "/workbench/ledger?subjectId=" + subject);
        assertThat(page.locator("h1").textContent()).isEqualTo("全过程记录账本");
        assertThat(page.locator("tbody").textContent()).contains("test.entry", "无照经营", "系统");
        assertThat(rows(page).count()).isEqualTo(50);
        page.click("a[rel=next]");
        assertThat(page.url()).contains("subjectId=" + subject, "page=1");
        assertThat(rows(page).count()).isEqualTo(1);
        Browser.assertAccessible(page);

        page.click("text=立即签发检查点");
        assertThat(page.locator("[role=status]").textContent()).contains("已签发大小为");
        page.click("text=核验账本");
        assertThat(page.locator("[role=status]").textContent()).contains("账本完整，未被篡改");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "ledger-verified");
    }

    @Test
    void aSupervisorReadsWhoDidWhatToWhichRecordAndNarrowsItDown(Browser browser) {
        RegistryFixture f = new RegistryFixture(port);
        String wang = f.tag + "-wang";
        users.create(wang, PASSWORD, "王芳", f.city, Set.of(Role.ADMIN));
        String supervisor = f.tag + "-supervisor";
        users.create(supervisor, PASSWORD, "监督员", f.justice, Set.of(Role.SUPERVISOR));
        String otherBranch = f.user("ADMIN", f.commerce);
        ApiClient cityAdmin = f.admin.as(wang, PASSWORD);
        long officer = RegistryFixture.created(cityAdmin.post("/api/v1/registry/agencies/" + f.city + "/officers",
                Map.of("name", "王伟", "idNumber", RegistryFixture.idNumber(), "domains", List.of("market"))));
        long credential = RegistryFixture.created(cityAdmin.post("/api/v1/registry/officers/" + officer + "/credentials",
                Map.of("number", RegistryFixture.uniqueNumber(), "issuer", "湖南省人民政府", "issuedOn", "2026-01-05",
                        "validUntil", "2030-01-05", "domains", List.of("market"))));
        assertThat(cityAdmin.post("/api/v1/registry/credentials/" + credential + "/status",
                Map.of("status", "SUSPENDED", "reason", "涉嫌违规执法")).status()).isEqualTo(200);
        String today = ChinaDay.today().toString();
        String tomorrow = ChinaDay.today().plusDays(1).toString();

        Page page = browser.page(390);
        Browser.logIn(page, base(), supervisor, PASSWORD);
        page.navigate(base() + "/workbench/ledger?subjectType=officer&subjectId=" + officer);
        assertThat(names(page)).containsExactly("执法证暂扣", "执法证登记", "执法人员登记");
        Locator first = rows(page).first();
        assertThat(first.locator(".entry-actor").textContent()).contains("王芳", f.tag + "市场监督管理局")
                .doesNotContain(wang);
        assertThat(first.locator(".entry-subject").textContent()).contains("执法人员").doesNotContain("officer");
        first.locator("summary").click();
        assertThat(first.locator("pre").textContent()).contains("\"$entry\":", "\"reason\":\"涉嫌违规执法\"");
        Browser.assertFitsTheScreen(page);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "ledger-supervisor");

        // what she sees in the selects, not the codes: 证据 has none of these, the registry all three
        page.locator("#module").selectOption(new SelectOption().setLabel("证据"));
        page.waitForNavigation(() -> page.click("form[role=search] button"));
        assertThat(rows(page).first().textContent()).contains("没有记录");
        page.locator("#module").selectOption(new SelectOption().setLabel("执法主体与人员名录"));
        page.waitForNavigation(() -> page.click("form[role=search] button"));
        assertThat(names(page)).hasSize(3);

        page.navigate(base() + "/workbench/ledger?actor=王芳&from=" + today + "&to=" + today);
        assertThat(names(page)).containsExactly("执法证暂扣", "执法证登记", "执法人员登记");
        assertThat(page.locator(".entry-actor a").allTextContents()).containsOnly("王芳");
        page.navigate(base() + "/workbench/ledger?actor=" + wang + "&from=" + tomorrow);
        assertThat(rows(page).first().textContent()).contains("没有记录");
        page.navigate(base() + "/workbench/ledger?actor=" + wang + "&to=" + LocalDate.parse(today).minusDays(1));
        assertThat(rows(page).first().textContent()).contains("没有记录");
        page.navigate(base() + "/workbench/ledger?actor=监督员");
        assertThat(page.locator(".entry-actor a").allTextContents()).doesNotContain("王芳");

        page.navigate(base() + "/workbench/ledger?from=" + tomorrow + "&to=" + today);
        assertThat(page.locator("#error-from").textContent()).isEqualTo("起始日期不能晚于截止日期");
        assertThat(page.locator("#from").getAttribute("aria-describedby")).isEqualTo("error-from");
        Browser.assertAccessible(page);

        page.navigate(base() + "/workbench/ledger?subjectType=officer&subjectId=" + officer + "&lang=en");
        assertThat(names(page)).containsExactly("Credential suspended", "Credential registered", "Officer registered");
        page.navigate(base() + "/workbench/ledger?subjectType=officer&subjectId=" + officer + "&lang=zh-CN");

        rows(page).first().locator(".entry-subject a").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("王伟");

        // an administrator of another branch finds none of it
        Page outsider = browser.page(1280);
        Browser.logIn(outsider, base(), otherBranch, RegistryFixture.PASSWORD);
        outsider.navigate(base() + "/workbench/ledger?subjectType=officer&subjectId=" + officer + "&actor=王芳");
        assertThat(rows(outsider).first().textContent()).contains("没有记录");
    }

    private static Locator rows(Page page) {
        return page.locator("section[aria-labelledby=entries-heading] tbody tr");
    }

    private static List<String> names(Page page) {
        return page.locator(".entry-name").allTextContents();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
