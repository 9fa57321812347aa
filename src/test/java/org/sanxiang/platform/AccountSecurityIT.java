package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
@DatabaseBehaviour
class AccountSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    List<CliCommand> commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void passwordsAreStoredAsArgon2HashesNeverInClear() {
        accounts.create("hashed", "a-secret-password", "哈希", null, Set.of(Role.ADMIN));
        String stored = jdbc.queryForObject("select password_hash from user_account where username = 'hashed'",
                String.class);
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain("a-secret-password");
    }

    @Test
    void aWeakPasswordIsRefused() {
        ApiClient.Response r = ApiClient.anonymous(port).as("admin", "admin-password-1").post("/api/v1/users",
                java.util.Map.of("username", "weak", "password", "short", "roles", List.of("ADMIN")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("messages").get("zh").asString()).contains("密码至少 10 位");
    }

    @Test
    void theAdminCommandCreatesAnAdministratorWithThePasswordFromStandardInput() {
        CliCommand admin = commands.stream().filter(c -> c.name().equals("admin")).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("cli-created-password\n".getBytes(StandardCharsets.UTF_8)));
            int exit = admin.run(new String[] {"create", "cli-admin"}, new PrintStream(out, true,
                    StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(ApiClient.anonymous(port).as("cli-admin", "cli-created-password").get("/api/v1/users").status())
                .isEqualTo(200);
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefused() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                "username=admin&password=admin-password-1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> page = send("/portal/agencies");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).isPresent();
    }

    @Test
    void theWorkbenchAsksAnonymousVisitorsToLogIn() {
        HttpResponse<String> r = send("/workbench/registry/agencies");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private HttpResponse<String> send(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
