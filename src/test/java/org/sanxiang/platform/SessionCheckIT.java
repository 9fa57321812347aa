package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.BrowserSession;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser session follows its account: disabling the account or setting a new password ends it at once, new roles
 * apply from the next click, and a user who changes her own password stays signed in here but nowhere else.
 */
@IntegrationTest
class SessionCheckIT {

    private static final String PASSWORD = "first-password-1";

    @LocalServerPort
    int port;

    ApiClient admin() {
        return ApiClient.anonymous(port).as("admin", "admin-password-1");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtOnceForPagesAndForTheApi() throws Exception {
        User user = createUser(List.of("OFFICER"));
        BrowserSession pages = signIn(user.name(), PASSWORD);
        BrowserSession api = signIn(user.name(), PASSWORD); // its own session: the page request must not end it first
        assertThat(pages.get("/workbench").statusCode()).isEqualTo(200);
        assertThat(api.get(AccountAdministrationIT.SIGNED_IN_ONLY).statusCode()).isEqualTo(200);

        assertThat(admin().put("/api/v1/users/" + user.id(), Map.of("roles", List.of("OFFICER"), "enabled", false))
                .status()).isEqualTo(200);

        HttpResponse<String> page = pages.get("/workbench");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(pages.get("/login").body()).as("the login page says why").contains("您的登录已失效");
        assertThat(api.get(AccountAdministrationIT.SIGNED_IN_ONLY).statusCode()).isEqualTo(401);
    }

    @Test
    void aPasswordSetByAnAdministratorEndsTheOpenSession() throws Exception {
        User user = createUser(List.of("OFFICER"));
        BrowserSession browser = signIn(user.name(), PASSWORD);

        assertThat(admin().put("/api/v1/users/" + user.id() + "/password", Map.of("password", "second-password-2"))
                .status()).isBetween(200, 204);

        assertThat(browser.get("/workbench").statusCode()).isEqualTo(302);
    }

    @Test
    void rolesTakenAwayOrGivenApplyFromTheNextRequestWithoutSigningInAgain() throws Exception {
        User user = createUser(List.of("OFFICER", "ADMIN"));
        BrowserSession browser = signIn(user.name(), PASSWORD);
        assertThat(browser.get("/workbench/users").statusCode()).isEqualTo(200);

        assertThat(admin().put("/api/v1/users/" + user.id(), Map.of("roles", List.of("OFFICER"), "enabled", true))
                .status()).isEqualTo(200);

        assertThat(browser.get("/workbench/users").statusCode()).as("no longer an administrator").isEqualTo(403);
        assertThat(browser.get("/workbench").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void changingTheOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        User user = createUser(List.of("OFFICER"));
        BrowserSession here = signIn(user.name(), PASSWORD);
        BrowserSession elsewhere = signIn(user.name(), PASSWORD);
        String before = here.sessionId();

        HttpResponse<String> changed = here.send(HttpRequest.newBuilder(here.uri("/api/v1/account/password"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", here.pageToken("/workbench"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + PASSWORD
                        + "\",\"newPassword\":\"second-password-2\"}")));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertThat(here.get("/workbench").statusCode()).isEqualTo(200);
        assertThat(here.sessionId()).as("a new session id: whoever held the old one is out").isNotEqualTo(before);
        assertThat(elsewhere.get("/workbench").statusCode()).isEqualTo(302);
    }

    private User createUser(List<String> roles) {
        String username = "session-" + RegistryFixture.uniqueNumber();
        long agency = new RegistryFixture(port).city;
        ApiClient.Response r = admin().post("/api/v1/users", Map.of("username", username, "displayName", "赵会话",
                "password", PASSWORD, "agencyId", agency, "roles", roles));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return new User(r.json().get("id").asLong(), username);
    }

    private BrowserSession signIn(String username, String password) {
        return BrowserSession.signedIn(port, username, password);
    }

    private record User(long id, String name) {
    }
}
