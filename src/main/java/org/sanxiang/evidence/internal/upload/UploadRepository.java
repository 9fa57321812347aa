package org.sanxiang.evidence.internal.upload;

import java.time.Instant;
import java.util.Optional;

import org.sanxiang.evidence.internal.EvidenceRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UploadRepository {

    private final JdbcClient jdbc;

    UploadRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    void insert(Upload upload, Instant now) {
        jdbc.sql("insert into evidence_upload (id, upload_length, upload_offset, metadata, agency_id, created_at, "
                        + "created_by, updated_at, updated_by) values (?, ?, 0, ?, ?, ?, ?, ?, ?)")
                .params(upload.id(), upload.length(), upload.metadata(), upload.agencyId(),
                        EvidenceRepository.timestamp(now), upload.createdBy(), EvidenceRepository.timestamp(now),
                        upload.createdBy())
                .update();
    }

    Optional<Upload> find(String id) {
        return jdbc.sql("select id, upload_length, upload_offset, metadata, agency_id, evidence_id, created_by "
                        + "from evidence_upload where id = ?")
                .param(id)
                .query((rs, row) -> new Upload(rs.getString("id"), rs.getLong("upload_length"),
                        rs.getLong("upload_offset"), rs.getString("metadata"), rs.getObject("agency_id", Long.class),
                        rs.getObject("evidence_id", Long.class), rs.getString("created_by")))
                .optional();
    }

    /** Moves the offset forward only from where the caller saw it, so two writers can never both succeed. */
    boolean advance(String id, long from, long to, Instant now, String by) {
        return jdbc.sql("update evidence_upload set upload_offset = ?, updated_at = ?, updated_by = ?, "
                        + "version = version + 1 where id = ? and upload_offset = ? and evidence_id is null")
                .params(to, EvidenceRepository.timestamp(now), by, id, from)
                .update() == 1;
    }

    void completed(String id, long evidenceId, Instant now, String by) {
        jdbc.sql("update evidence_upload set evidence_id = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                        + "where id = ?")
                .params(evidenceId, EvidenceRepository.timestamp(now), by, id)
                .update();
    }
}
