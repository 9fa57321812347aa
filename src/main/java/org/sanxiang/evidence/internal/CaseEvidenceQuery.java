package org.sanxiang.evidence.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.sanxiang.evidence.CaseEvidence;
import org.sanxiang.evidence.EvidenceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class CaseEvidenceQuery implements CaseEvidence {

    private final JdbcClient jdbc;

    CaseEvidenceQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Linked> linkedTo(long agencyId, String caseRef) {
        return jdbc.sql("select id, kind, step_ref, captured_at, sha256, file_name, media_type, officer from evidence "
                + "where agency_id = ? and case_ref = ? order by id").params(agencyId, caseRef)
                .query((rs, row) -> new Linked(rs.getLong("id"), EvidenceKind.valueOf(rs.getString("kind")),
                        rs.getString("step_ref"), instant(rs.getObject("captured_at", OffsetDateTime.class)),
                        rs.getString("sha256"), rs.getString("file_name"), rs.getString("media_type"),
                        rs.getString("officer")))
                .list();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
