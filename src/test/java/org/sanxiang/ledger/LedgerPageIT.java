package org.sanxiang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.Browser;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The workbench ledger page in a real browser: an administrator lists entries, signs a checkpoint and verifies. */
@IntegrationTest
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
    void anAdministratorSeesTheEntriesSignsACheckpointAndVerifiesTheLedger() {
        try {
            users.create("ledger-page-admin", PASSWORD, "账本管理员", null, Set.of(Role.ADMIN));
        } catch (InvalidInputException alreadyThere) {
            // created by an earlier run in the same application context
        }
        transaction.executeWithoutResult(s -> ledger.append("test", "case.opened",
                new Ledger.SubjectRef("case", "page-1", null), Map.of("案由", "无照经营")));

        try (Browser browser = Browser.launch()) {
            Page page = browser.page(390);
            Browser.logIn(page, "http://localhost:" + port, "ledger-page-admin", PASSWORD);

            page.navigate("http://localhost:" + port + "/workbench/ledger?subjectId=page-1");
            assertThat(page.locator("h1").textContent()).isEqualTo("全过程记录账本");
            assertThat(page.locator("tbody").textContent()).contains("case.opened", "无照经营");
            Browser.assertAccessible(page);

            page.click("text=立即签发检查点");
            assertThat(page.locator("[role=status]").textContent()).contains("已签发大小为");
            page.click("text=核验账本");
            assertThat(page.locator("[role=status]").textContent()).contains("账本完整，未被篡改");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "ledger-verified");
        }
    }
}
