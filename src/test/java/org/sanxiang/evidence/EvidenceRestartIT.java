package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.SanxiangApplication;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Crash safety across restarts: each "server" is a new application context on the same data directory and the same
 * database, as after killing and restarting the process.
 */
@DatabaseBehaviour
class EvidenceRestartIT {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dataDir;

    private String databaseUrl() throws Exception {
        if ("postgresql".equals(System.getProperty("sanxiang.test.database"))) {
            String name = "restart_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
                 Statement s = c.createStatement()) {
                s.execute("create database " + name);
            }
            return TestDatabase.server().getJdbcUrl("postgres", name);
        }
        return "jdbc:h2:file:" + dataDir.resolve("db/sanxiang") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"; // as application.yml: commits reach the file at once
    }

    private ConfigurableApplicationContext start(String databaseUrl) {
        return new SpringApplicationBuilder(SanxiangApplication.class)
                .profiles("test")
                // As arguments: they must win over the test profile's random data directory and database.
                .run("--server.port=0", "--sanxiang.data-dir=" + dataDir, "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + (databaseUrl.startsWith("jdbc:h2") ? "sa" : "postgres"),
                        "--sanxiang.scheduling.enabled=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void anUploadCutOffByARestartResumesAndTheFinishedEvidenceSurvivesTheNextRestart() throws Exception {
        byte[] content = EvidenceUploadIT.video(3 * MIB + 99, 11);
        String database = databaseUrl();
        String upload;
        String officer;
        try (ConfigurableApplicationContext first = start(database)) {
            officer = TusClient.user(first.getBean(UserAccounts.class), "officer", 1L, Role.OFFICER);
            TusClient client = new TusClient(port(first), officer);
            upload = client.start(content.length, Map.of("kind", "video", "caseRef", "RESTART"));
            client.patch(upload, 0, content, 0, MIB);
        }
        // The process died after writing bytes it never acknowledged: they must not count.
        String uploadId = upload.substring(upload.lastIndexOf('/') + 1);
        Files.write(dataDir.resolve("evidence/staging").resolve(uploadId), new byte[4096], StandardOpenOption.APPEND);

        long evidenceId;
        try (ConfigurableApplicationContext second = start(database)) {
            TusClient client = new TusClient(port(second), officer);
            assertThat(client.offset(client.here(upload))).isEqualTo(MIB);
            var last = client.resume(client.here(upload), content, MIB);
            evidenceId = Long.parseLong(last.headers().firstValue("Sanxiang-Evidence-Id").orElseThrow());
        }

        try (ConfigurableApplicationContext third = start(database)) {
            TusClient client = new TusClient(port(third), officer);
            var stored = client.send(client.request("/api/v1/evidence/" + evidenceId + "/content").GET().build());
            assertThat(stored.statusCode()).isEqualTo(200);
            assertThat(stored.body()).isEqualTo(content);
            var record = new String(client.send(client.request("/api/v1/evidence/" + evidenceId).GET().build()).body());
            assertThat(record).contains(EvidenceUploadIT.sha256(content));
        }
    }
}
