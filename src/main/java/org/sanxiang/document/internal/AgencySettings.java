package org.sanxiang.document.internal;

import java.time.Instant;

import org.sanxiang.document.internal.template.AgencySetting;
import org.sanxiang.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an agency's documents say of it, as its administrator set it; until then a placeholder that the decision's
 * rules refuse to issue with, so that no decision goes out naming no court.
 */
@Component
class AgencySettings {

    private final JdbcClient jdbc;

    AgencySettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AgencySetting of(long agencyId) {
        return jdbc.sql("select abbreviation, review_body, court, payment from document_setting where agency_id = ?")
                .param(agencyId).query((rs, n) -> new AgencySetting(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))).optional().orElse(new AgencySetting("", "", "", ""));
    }

    void save(long agencyId, AgencySetting setting, CurrentUser user, Instant at) {
        int updated = jdbc.sql("update document_setting set abbreviation = ?, review_body = ?, court = ?, payment = ?, "
                + "updated_at = ?, updated_by = ? where agency_id = ?").params(setting.abbreviation(),
                        setting.reviewBody(), setting.court(), setting.payment(), java.sql.Timestamp.from(at),
                        user.username(), agencyId).update();
        if (updated == 0) {
            jdbc.sql("insert into document_setting (agency_id, abbreviation, review_body, court, payment, updated_at, "
                    + "updated_by) values (?, ?, ?, ?, ?, ?, ?)").params(agencyId, setting.abbreviation(),
                            setting.reviewBody(), setting.court(), setting.payment(), java.sql.Timestamp.from(at),
                            user.username()).update();
        }
    }
}
