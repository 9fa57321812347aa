package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Machine clients (the supervision platform, an approval system) call the API with named tokens instead of a
 * password: created once, used as Bearer, refused at once when revoked or expired, never kept in clear.
 */
@IntegrationTest
@BrowserTest
@ExtendWith(OutputCaptureExtension.class)
@DatabaseBehaviour
class ApiTokenIT {

    /** Any endpoint an officer may read once signed in. */
    static final String SIGNED_IN_ONLY = "/api/v1/registry/agencies";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenCreatedOverTheApiWorksAsBearerAndIsRefusedOnceRevoked(CapturedOutput output) {
        RegistryFixture f = new RegistryFixture(port);
        String officer = f.user("OFFICER", f.city);

        ApiClient.Response created = f.as(officer).post("/api/v1/account/tokens", Map.of("name", "审批系统"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String token = created.json().get("token").asString();
        ApiClient bearer = ApiClient.anonymous(port).bearer(token);
        assertThat(bearer.get(SIGNED_IN_ONLY).status()).isEqualTo(200);

        ApiClient.Response listed = f.as(officer).get("/api/v1/account/tokens");
        assertThat(listed.json().get(0).get("name").asString()).isEqualTo("审批系统");
        assertThat(listed.json().get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(listed.json().get(0).get("lastUsedAt").isNull()).isFalse();
        assertThat(listed.text()).doesNotContain(token);

        assertThat(f.as(officer).delete("/api/v1/account/tokens/" + id).status()).isEqualTo(204);
        ApiClient.Response refused = bearer.get(SIGNED_IN_ONLY);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("messages").get("zh").asString()).contains("令牌");

        assertThat(entryTypes(officer)).containsSubsequence("account.token-created", "account.token-revoked");
        assertTheSecretIsNowhere(token, output);
    }

    @Test
    void anExpiredTokenIsRefused() {
        RegistryFixture f = new RegistryFixture(port);
        String officer = f.user("OFFICER", f.city);
        ApiClient.Response created = f.as(officer).post("/api/v1/account/tokens",
                Map.of("name", "压测", "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        ApiClient bearer = ApiClient.anonymous(port).bearer(created.json().get("token").asString());
        assertThat(bearer.get(SIGNED_IN_ONLY).status()).isEqualTo(200);

        jdbc.update("update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), created.json().get("id").asLong());

        assertThat(bearer.get(SIGNED_IN_ONLY).status()).isEqualTo(401);
        assertThat(f.as(officer).post("/api/v1/account/tokens",
                Map.of("name", "过去", "expiresAt", "2020-01-01T00:00:00Z")).status()).isEqualTo(400);
    }

    @Test
    void aTokenNarrowedToSomeOfHerRolesActsWithThoseOnly() {
        RegistryFixture f = new RegistryFixture(port);
        String username = f.tag + "-admin-supervisor";
        RegistryFixture.created(f.admin.post("/api/v1/users", Map.of("username", username, "password",
                RegistryFixture.PASSWORD, "agencyId", f.justice, "roles", List.of("ADMIN", "SUPERVISOR"))));

        String narrowed = f.as(username).post("/api/v1/account/tokens",
                Map.of("name", "监督平台", "roles", List.of("SUPERVISOR"))).json().get("token").asString();
        ApiClient supervisor = ApiClient.anonymous(port).bearer(narrowed);
        assertThat(supervisor.get("/api/v1/ledger/entries").status()).isEqualTo(200);
        assertThat(supervisor.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(f.as(username).get("/api/v1/users").status()).isEqualTo(200);

        assertThat(supervisor.post("/api/v1/account/tokens", Map.of("name", "更宽", "roles", List.of("ADMIN")))
                .status()).isEqualTo(400);
        assertThat(f.as(username).post("/api/v1/account/tokens", Map.of("name", "她没有", "roles",
                List.of("OFFICER"))).status()).isEqualTo(400);
    }

    @Test
    void anAdministratorGivesASystemAccountTokensAndRevokesTokensWithinHerScopeOnly() {
        RegistryFixture f = new RegistryFixture(port);
        String system = f.tag + "-approval-system";
        long systemId = RegistryFixture.created(f.admin.post("/api/v1/users", Map.of("username", system,
                "agencyId", f.city, "roles", List.of("OFFICER"), "systemAccount", true)));
        assertThat(ApiClient.anonymous(port).as(system, "").get(SIGNED_IN_ONLY).status()).isEqualTo(401);

        ApiClient cityAdmin = f.as(f.user("ADMIN", f.city));
        ApiClient.Response created = cityAdmin.post("/api/v1/users/" + systemId + "/tokens", Map.of("name", "审批"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        ApiClient bearer = ApiClient.anonymous(port).bearer(created.json().get("token").asString());
        assertThat(bearer.get(SIGNED_IN_ONLY).status()).isEqualTo(200);

        long personId = f.admin.get("/api/v1/users?q=" + f.tag + "-admin-" + f.city).json().get("items").get(0)
                .get("id").asLong();
        assertThat(cityAdmin.post("/api/v1/users/" + personId + "/tokens", Map.of("name", "替她")).status())
                .isEqualTo(400);

        String tokenPath = "/api/v1/users/" + systemId + "/tokens/" + created.json().get("id").asLong();
        assertThat(f.as(f.user("ADMIN", f.commerce)).delete(tokenPath).status()).isEqualTo(404);
        assertThat(bearer.get(SIGNED_IN_ONLY).status()).isEqualTo(200);
        assertThat(cityAdmin.delete(tokenPath).status()).isEqualTo(204);
        assertThat(bearer.get(SIGNED_IN_ONLY).status()).isEqualTo(401);
    }

    @Test
    void onHerAccountPageAUserCreatesATokenSeesItOnceAndRevokesIt(Browser browser) {
        RegistryFixture f = new RegistryFixture(port);
        String officer = f.user("OFFICER", f.city);
        String base = "http://localhost:" + port;
        Page page = browser.page(1280);
        Browser.logIn(page, base, officer, RegistryFixture.PASSWORD);
        page.navigate(base + "/workbench/account");
        assertThat(page.locator("#tokens").innerText()).isEqualTo("API 令牌");
        page.getByLabel("名称").fill("上级监督平台");
        page.locator("form:has(#token-name) button").click();
        String token = page.locator("#new-token").inputValue();
        assertThat(page.locator("[role=status]").innerText()).contains("请立即复制");
        assertThat(ApiClient.anonymous(port).bearer(token).get(SIGNED_IN_ONLY).status()).isEqualTo(200);
        Browser.assertAccessible(page);

        page.navigate(base + "/workbench/account");
        assertThat(page.locator("#new-token").count()).isZero();
        assertThat(page.content()).contains("上级监督平台").doesNotContain(token);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤销")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("令牌已撤销");
        assertThat(ApiClient.anonymous(port).bearer(token).get(SIGNED_IN_ONLY).status()).isEqualTo(401);
        Browser.screenshot(page, "workbench-account-tokens");
    }

    /** Neither the ledger, nor any row of the accounts' tables, nor the log holds the token in clear. */
    private void assertTheSecretIsNowhere(String token, CapturedOutput output) {
        String payloads = jdbc.queryForList("select payload from ledger_entry", byte[].class).stream()
                .map(String::new).reduce("", String::concat);
        assertThat(payloads).contains("account.token-created").doesNotContain(token);
        for (String table : List.of("api_token", "user_account")) {
            assertThat(jdbc.queryForList("select * from " + table).toString()).doesNotContain(token);
        }
        assertThat(output.getAll()).doesNotContain(token);
    }

    private List<String> entryTypes(String username) {
        return jdbc.queryForList("select entry_type from ledger_entry where module = 'platform' and subject_type = "
                + "'user' and subject_id = ? order by seq", String.class, username);
    }
}
