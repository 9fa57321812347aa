package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.BrowserSession;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Password guessing is slowed per account and source: counted exactly under parallel requests, never a server
 * error, never a switch with which a stranger locks the owner out, and the same answer for a made-up username.
 */
@IntegrationTest
@DatabaseBehaviour
class LoginThrottleIT {

    /** sanxiang.security defaults: failures from one source before each attempt must wait, and the lock. */
    static final int FREE_FAILURES = 3;
    static final int LOCK_FAILURES = 10;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sixteenParallelWrongPasswordsAreEachCountedNoneAnswers500AndTheRightPasswordMustThenWait() throws Exception {
        accounts.create("raced", "correct-password", "并发", null, Set.of(Role.ADMIN));
        ApiClient api = ApiClient.anonymous(port);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String guess = "wrong-password-" + i;
            answers.add(clients.submit(() -> {
                start.await();
                return api.as("raced", guess).get("/api/v1/users").status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        clients.shutdown();

        assertThat(statuses).as("wrong password or wait, never a server error").containsOnly(401, 429);
        long checked = statuses.stream().filter(s -> s == 401).count();
        assertThat(checked).as("exactly the free attempts had their password checked").isEqualTo(FREE_FAILURES);
        assertThat(jdbc.queryForObject("select sum(failures) from login_failure where username = 'raced'",
                Integer.class)).as("every checked guess is counted").isEqualTo((int) checked);
        assertThat(api.as("raced", "correct-password").get("/api/v1/users").status())
                .as("even the right password waits its turn").isEqualTo(429);
    }

    @Test
    void anApiClientsParallelRequestsWithTheRightPasswordAreNeverThrottledAndAChangedPasswordIsCheckedAnew()
            throws Exception {
        accounts.create("api-client", "correct-password", "接口客户端", null, Set.of(Role.ADMIN));
        ApiClient client = ApiClient.anonymous(port).as("api-client", "correct-password");
        assertThat(client.get("/api/v1/users").status()).isEqualTo(200);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            answers.add(threads.submit(() -> client.get("/api/v1/users").status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        threads.shutdown();
        assertThat(statuses).as("the client's threads do not count one another as guesses").containsOnly(200);
        assertThat(jdbc.queryForObject("select count(*) from login_failure where username = 'api-client'",
                Integer.class)).isZero();

        assertThat(client.put("/api/v1/account/password", java.util.Map.of("currentPassword", "correct-password",
                "newPassword", "changed-password-2026", "confirmation", "changed-password-2026")).status())
                .isEqualTo(204);
        assertThat(client.get("/api/v1/users").status()).as("the old password no longer signs in").isEqualTo(401);
        assertThat(ApiClient.anonymous(port).as("api-client", "changed-password-2026").get("/api/v1/users").status())
                .isEqualTo(200);
    }

    @Test
    void aSourceLockedOutOfAnAccountLeavesItsOwnerFreeToSignInFromElsewhereUntilAnAdministratorUnlocks() {
        long id = accounts.create("targeted", "correct-password", "被攻击者", null, Set.of(Role.ADMIN));
        failedFrom("targeted", "203.0.113.7", LOCK_FAILURES);

        assertThat(new BrowserSession(port).logIn("targeted", "correct-password", "203.0.113.7")
                .headers().firstValue("Location").orElse("")).as("the guessing source is locked out")
                .endsWith("/login?error");
        assertThat(new BrowserSession(port).logIn("targeted", "correct-password", "198.51.100.2")
                .headers().firstValue("Location").orElse("")).as("the owner at her own desk is not")
                .endsWith("/workbench");

        BrowserSession admin = BrowserSession.signedIn(port, "admin", "admin-password-1");
        String page = admin.get("/workbench/users").body();
        assertThat(page).as("the administrator sees who is targeted, from where, how often")
                .contains("近期登录失败", "targeted", "203.0.113.7", ">" + LOCK_FAILURES + "<");

        assertThat(ApiClient.anonymous(port).as("admin", "admin-password-1")
                .post("/api/v1/users/" + id + "/unlock", java.util.Map.of()).status()).isBetween(200, 204);
        assertThat(new BrowserSession(port).logIn("targeted", "correct-password", "203.0.113.7")
                .headers().firstValue("Location").orElse("")).endsWith("/workbench");
    }

    @Test
    void aRealAccountAndAMadeUpUsernameAnswerAlikeAfterManyFailures() {
        accounts.create("real-person", "correct-password", "真实用户", null, Set.of(Role.ADMIN));
        assertThat(loginPageAfterFailures("real-person")).isEqualTo(loginPageAfterFailures("made-up-person"))
                .contains("登录失败次数过多").doesNotContain("账号已临时锁定");

        ApiClient api = ApiClient.anonymous(port);
        ApiClient.Response real = api.as("real-person", "wrong-password").get("/api/v1/users");
        ApiClient.Response madeUp = api.as("made-up-person", "wrong-password").get("/api/v1/users");
        assertThat(real.status()).isEqualTo(madeUp.status()).isEqualTo(429);
        assertThat(real.json().get("messages").get("zh").asString().replaceAll("\\d+", "N"))
                .isEqualTo(madeUp.json().get("messages").get("zh").asString().replaceAll("\\d+", "N"));
    }

    /** What the login page says after more wrong passwords than a source may try at once. */
    private String loginPageAfterFailures(String username) {
        BrowserSession browser = new BrowserSession(port);
        for (int i = 0; i <= FREE_FAILURES; i++) {
            browser.logIn(username, "wrong-password-" + i);
        }
        HttpResponse<String> page = browser.get("/login?error");
        return page.body().replaceAll("name=\"_csrf\"[^>]*", "");
    }

    /** A source that has just failed this often (as if it had waited between its guesses). */
    private void failedFrom(String username, String source, int failures) {
        jdbc.update("insert into login_failure (username, source, failures, last_failed_at) values (?, ?, ?, ?)",
                username, source, failures, Timestamp.from(Instant.now()));
    }
}
