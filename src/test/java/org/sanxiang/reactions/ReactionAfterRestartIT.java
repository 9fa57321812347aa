package org.sanxiang.reactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.SanxiangApplication;
import org.sanxiang.registry.RegistryEvent;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.RegistryFixture;
import org.sanxiang.test.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A reaction of another module to a registry command is not lost when its listener fails: the publication is
 * stored with the command's transaction, stays incomplete after the failure, is shown to the platform
 * administrator, and is delivered again when the application restarts on the same database.
 */
@DatabaseBehaviour
class ReactionAfterRestartIT {

    /** Another module's reaction to a new agency, which fails the first time (a full disk, a down service). */
    static class FailingOnceReaction {

        static final AtomicInteger CALLS = new AtomicInteger();
        static final List<Long> REACTED_TO = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(RegistryEvent.AgencyRegistered registered) {
            if (CALLS.incrementAndGet() == 1) {
                throw new IllegalStateException("the reaction fails once");
            }
            REACTED_TO.add(registered.agencyId());
        }
    }

    @Test
    void aReactionThatFailedIsDeliveredAgainAfterARestart(@TempDir Path dir) throws Exception {
        Map<String, Object> database = database(dir);
        long agency;
        try (ConfigurableApplicationContext first = start(dir, database)) {
            ApiClient admin = ApiClient.anonymous(port(first)).as("admin", "admin-password-1");
            agency = RegistryFixture.created(admin.post("/api/v1/registry/agencies", Map.of("name", "重启测试局",
                    "uscc", RegistryFixture.uscc(), "level", "CITY", "domain", "market", "kind", "STATUTORY")));
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            await(() -> FailingOnceReaction.CALLS.get() == 1 && incomplete(jdbc) == 1);
            assertThat(FailingOnceReaction.REACTED_TO).isEmpty();
            assertThat(admin.get("/api/v1/platform/event-publications").text())
                    .as("the platform administrator sees the reaction waiting")
                    .contains("AgencyRegistered", "FailingOnceReaction");
        }
        try (ConfigurableApplicationContext second = start(dir, database)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await(() -> FailingOnceReaction.REACTED_TO.contains(agency) && incomplete(jdbc) == 0);
            assertThat(FailingOnceReaction.REACTED_TO).containsExactly(agency);
        }
    }

    private static ConfigurableApplicationContext start(Path dir, Map<String, Object> database) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--sanxiang.data-dir=" + dir,
                "--sanxiang.scheduling.enabled=false"));
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        // command-line arguments: above the test profile, which points at an in-memory database
        return new SpringApplicationBuilder(SanxiangApplication.class, FailingOnceReaction.class)
                .profiles("test").run(args.toArray(String[]::new));
    }

    /** The same database for both runs: a file on H2, a database of its own on PostgreSQL. */
    private static Map<String, Object> database(Path dir) throws Exception {
        if (!"postgresql".equals(System.getProperty("sanxiang.test.database"))) {
            return Map.of("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db/sanxiang")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        String name = "restart_" + System.nanoTime();
        try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return Map.of("spring.datasource.url", TestDatabase.server().getJdbcUrl("postgres", name),
                "spring.datasource.username", "postgres", "spring.datasource.password", "");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static long incomplete(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Long.class);
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
