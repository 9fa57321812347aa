package org.sanxiang.document.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.sanxiang.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An agency's own versions of the national templates (version 0, as shipped, is not stored). */
@Component
class TemplateVersions {

    private final JdbcClient jdbc;

    TemplateVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Version(int number, String body, String reason, Instant at, String by) {
    }

    Optional<Version> latest(long agencyId, String code) {
        return all(agencyId, code).stream().reduce((a, b) -> b);
    }

    Optional<Version> of(long agencyId, String code, int number) {
        return all(agencyId, code).stream().filter(v -> v.number() == number).findFirst();
    }

    /** Oldest first. */
    List<Version> all(long agencyId, String code) {
        return jdbc.sql("select version_no, body, reason, created_at, created_by from document_template_version "
                + "where agency_id = ? and template_code = ? order by version_no").params(agencyId, code)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5))).list();
    }

    /** @return the new version's number */
    int add(long agencyId, String code, String body, String reason, CurrentUser user, Instant at) {
        int next = latest(agencyId, code).map(Version::number).orElse(0) + 1;
        jdbc.sql("insert into document_template_version (agency_id, template_code, version_no, body, reason, "
                + "created_at, created_by) values (?, ?, ?, ?, ?, ?, ?)").params(agencyId, code, next, body, reason,
                        Timestamp.from(at), user.username()).update();
        return next;
    }
}
