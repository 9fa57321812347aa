package org.sanxiang.evidence.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.evidence.TusClient;
import org.sanxiang.evidence.internal.EvidencePaths;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An upload left unfinished past the expiry is gone (410) with its partial file, and the ledger says so; uploads
 * still in progress and finished evidence are untouched.
 */
@IntegrationTest
@DatabaseBehaviour
class UploadExpiryIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    UploadService uploads;
    @Autowired
    EvidencePaths paths;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUploadIdleForMoreThanTheExpiryExpiresAndOneInProgressDoesNot() throws Exception {
        TusClient officer = new TusClient(port, TusClient.user(users, "expiry", 1L, Role.OFFICER));
        Map<String, String> metadata = Map.of("kind", "video", "filename", "abandoned.mp4", "caseRef", "EXPIRY");
        byte[] content = new byte[4096];
        String abandoned = officer.start(content.length, metadata);
        officer.patch(abandoned, 0, content, 0, 1000);
        String active = officer.start(content.length, metadata);
        officer.patch(active, 0, content, 0, 1000);
        String finished = officer.start(content.length, metadata);
        officer.resume(finished, content, 4096);

        String abandonedId = abandoned.substring(abandoned.lastIndexOf('/') + 1);
        jdbc.update("update evidence_upload set updated_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(31))), abandonedId);
        Path partial = paths.staging().resolve(abandonedId);
        assertThat(partial).exists();

        assertThat(uploads.expireIdleSince(Instant.now().minus(Duration.ofDays(30)))).isEqualTo(1);

        assertThat(officer.head(abandoned).statusCode()).isEqualTo(410);
        assertThat(officer.patch(abandoned, 1000, content, 1000, 2000).statusCode()).isEqualTo(410);
        assertThat(Files.exists(partial)).isFalse();
        assertThat(officer.offset(active)).isEqualTo(1000);
        assertThat(officer.head(finished).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("select entry_type from ledger_entry where subject_type = 'upload' "
                + "and subject_id = ?", String.class, abandonedId)).containsExactly("upload.expired");

        assertThat(uploads.expireIdleSince(Instant.now().minus(Duration.ofDays(30)))).as("once only").isZero();
    }
}
