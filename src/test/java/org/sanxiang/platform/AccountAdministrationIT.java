package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator changes roles, disables accounts and sets new passwords; a user changes her own password;
 * every such change is a ledger entry.
 */
@IntegrationTest
@BrowserTest
class AccountAdministrationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Any endpoint an officer may read once signed in. */
    static final String SIGNED_IN_ONLY = "/api/v1/registry/agencies";

    ApiClient admin() {
        return ApiClient.anonymous(port).as("admin", "admin-password-1");
    }

    long createUser(String username, long agency) {
        ApiClient.Response r = admin().post("/api/v1/users", Map.of("username", username, "displayName", "王测试",
                "password", "first-password-1", "agencyId", agency, "roles", List.of("OFFICER")));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void anAdministratorChangesRolesAndADisabledUserCannotLogIn() {
        RegistryFixture f = new RegistryFixture(port);
        long id = createUser("roles-" + RegistryFixture.uniqueNumber(), f.city);
        String username = admin().get("/api/v1/users/" + id).json().get("username").asString();

        ApiClient.Response changed = admin().put("/api/v1/users/" + id,
                Map.of("displayName", "王审核", "roles", List.of("OFFICER", "LEGAL_REVIEWER"), "enabled", true));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("roles").toString()).contains("LEGAL_REVIEWER");

        assertThat(admin().put("/api/v1/users/" + id, Map.of("roles", List.of("OFFICER"), "enabled", false))
                .status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).as(username, "first-password-1").get(SIGNED_IN_ONLY).status())
                .isEqualTo(401);

        assertThat(entryTypes(username)).containsExactly("account.created", "account.updated", "account.updated");
    }

    @Test
    void theUserListIsPagedAndFilteredByTextAndRole() {
        RegistryFixture f = new RegistryFixture(port);
        String reviewer = f.user("LEGAL_REVIEWER", f.city);
        f.user("OFFICER", f.city);
        f.user("OFFICER", f.county);

        ApiClient.Response reviewers = admin().get("/api/v1/users?q=" + f.tag + "&role=LEGAL_REVIEWER");
        assertThat(reviewers.json().get("total").asInt()).isEqualTo(1);
        assertThat(reviewers.json().get("items").get(0).get("username").asString()).isEqualTo(reviewer);

        ApiClient.Response firstPage = admin().get("/api/v1/users?q=" + f.tag + "&size=2");
        assertThat(firstPage.json().get("total").asInt()).isEqualTo(3);
        assertThat(firstPage.json().get("totalPages").asInt()).isEqualTo(2);
        assertThat(firstPage.json().get("items").size()).isEqualTo(2);
        assertThat(admin().get("/api/v1/users?q=" + f.tag + "&size=2&page=1").json().get("items").size()).isEqualTo(1);

        String exported = admin().get("/api/v1/users/export?format=csv&q=" + f.tag + "&role=LEGAL_REVIEWER").text();
        assertThat(exported.lines().toList()).containsExactly("\uFEFF用户名,姓名,所属执法主体,角色,状态",
                reviewer + "," + reviewer + "," + f.tag + "市场监督管理局,法制审核人员,启用");
    }

    @Test
    void aNewPasswordSetByTheAdministratorReplacesTheOldOne() {
        RegistryFixture f = new RegistryFixture(port);
        long id = createUser("reset-" + RegistryFixture.uniqueNumber(), f.city);
        String username = admin().get("/api/v1/users/" + id).json().get("username").asString();

        ApiClient.Response weak = admin().put("/api/v1/users/" + id + "/password", Map.of("password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(admin().put("/api/v1/users/" + id + "/password", Map.of("password", "second-password-2"))
                .status()).isEqualTo(204);

        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.as(username, "first-password-1").get(SIGNED_IN_ONLY).status()).isEqualTo(401);
        assertThat(anonymous.as(username, "second-password-2").get(SIGNED_IN_ONLY).status()).isEqualTo(200);
        assertThat(entryTypes(username)).contains("account.password-changed");
        String payloads = jdbc.queryForList("select payload from ledger_entry where subject_id = ?", byte[].class,
                username).stream().map(String::new).reduce("", String::concat);
        assertThat(payloads).doesNotContain("second-password-2").doesNotContain("argon2");
    }

    @Test
    void aUserChangesHerOwnPasswordOnlyWithTheCurrentOne() {
        RegistryFixture f = new RegistryFixture(port);
        long id = createUser("self-" + RegistryFixture.uniqueNumber(), f.city);
        String username = admin().get("/api/v1/users/" + id).json().get("username").asString();
        ApiClient user = ApiClient.anonymous(port).as(username, "first-password-1");

        ApiClient.Response wrong = user.put("/api/v1/account/password",
                Map.of("currentPassword", "not-my-password", "newPassword", "my-own-password-3"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("messages").get("zh").asString()).isEqualTo("当前密码不正确");

        assertThat(user.put("/api/v1/account/password",
                Map.of("currentPassword", "first-password-1", "newPassword", "my-own-password-3")).status())
                .isEqualTo(204);
        assertThat(ApiClient.anonymous(port).as(username, "my-own-password-3").get(SIGNED_IN_ONLY)
                .status()).isEqualTo(200);
    }

    @Test
    void administratorsCannotLockThemselvesOutNorReachUsersOfAnotherBranch() {
        long self = admin().get("/api/v1/users?q=admin&role=ADMIN").json().get("items").valueStream()
                .filter(u -> u.get("username").asString().equals("admin")).findFirst().orElseThrow().get("id").asLong();
        ApiClient.Response disableSelf = admin().put("/api/v1/users/" + self,
                Map.of("roles", List.of("ADMIN"), "enabled", false));
        assertThat(disableSelf.status()).isEqualTo(400);
        assertThat(disableSelf.json().get("messages").get("zh").asString()).contains("不能停用自己的账号");

        RegistryFixture f = new RegistryFixture(port);
        long outsider = createUser("other-" + RegistryFixture.uniqueNumber(), f.commerce);
        ApiClient cityAdmin = f.as(f.user("ADMIN", f.city));
        assertThat(cityAdmin.get("/api/v1/users/" + outsider).status()).isEqualTo(404);
        assertThat(cityAdmin.put("/api/v1/users/" + outsider, Map.of("roles", List.of("ADMIN"), "enabled", true))
                .status()).isEqualTo(404);
        assertThat(cityAdmin.put("/api/v1/users/" + outsider + "/password", Map.of("password", "taken-over-123"))
                .status()).isEqualTo(404);
    }

    @Test
    void onTheUserPageAnAdministratorDisablesAnAccountAndAUserChangesHerPassword(Browser browser) {
        RegistryFixture f = new RegistryFixture(port);
        long id = createUser("page-" + RegistryFixture.uniqueNumber(), f.city);
        String username = admin().get("/api/v1/users/" + id).json().get("username").asString();
        String base = "http://localhost:" + port;
        Page page = browser.page(1280);
        Browser.logIn(page, base, "admin", "admin-password-1");
        page.navigate(base + "/workbench/users");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(username)).click();
        page.getByLabel("法制审核人员").check();
        page.getByLabel("账号启用（不勾选则该用户不能登录）").uncheck();
        page.locator("form:has(#displayName) button").click();
        assertThat(page.locator("[role=status]").innerText()).contains("已保存");
        assertThat(page.locator("main dl").innerText()).contains("停用");
        Browser.assertAccessible(page);

        page.getByLabel("账号启用（不勾选则该用户不能登录）").check();
        page.locator("form:has(#displayName) button").click();
        page.getByLabel("新密码（至少 10 位）").fill("short");
        page.evaluate("document.getElementById('password').removeAttribute('minlength')");
        page.locator("form:has(#password) button").click();
        assertThat(page.locator("[role=alert]").innerText()).contains("密码至少 10 位");
        Browser.screenshot(page, "workbench-user-refused");

        Page user = browser.page(390);
        Browser.logIn(user, base, username, "first-password-1");
        user.navigate(base + "/workbench/account");
        user.getByLabel("当前密码").fill("first-password-1");
        user.getByLabel("新密码（至少 10 位）").fill("chosen-by-me-4");
        user.getByLabel("再次输入新密码").fill("chosen-by-me-4");
        user.locator("form:has(#currentPassword) button").click();
        assertThat(user.locator("[role=status]").innerText()).contains("密码已修改");
        Browser.assertAccessible(user);
        Browser.screenshot(user, "workbench-account-phone");
        assertThat(admin().get("/api/v1/users/" + id).json().get("roles").toString()).contains("LEGAL_REVIEWER");
        assertThat(ApiClient.anonymous(port).as(username, "chosen-by-me-4").get(SIGNED_IN_ONLY).status())
                .isEqualTo(200);
    }

    private List<String> entryTypes(String username) {
        return jdbc.queryForList("select entry_type from ledger_entry where module = 'platform' and subject_type = "
                + "'user' and subject_id = ? order by seq", String.class, username);
    }
}
