package org.sanxiang.evidence.internal.upload;

import java.time.Instant;
import java.util.List;
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
        return jdbc.sql(SELECT + "where id = ?").param(id).query(UploadRepository::upload).optional();
    }

    /** Unfinished, unexpired uploads nobody has added to since the cutoff. */
    List<Upload> idleSince(Instant cutoff) {
        return jdbc.sql(SELECT + "where evidence_id is null and expired_at is null and updated_at < ? order by updated_at")
                .param(EvidenceRepository.timestamp(cutoff)).query(UploadRepository::upload).list();
    }

    boolean expire(String id, Instant now) {
        return jdbc.sql("update evidence_upload set expired_at = ?, updated_at = ?, updated_by = 'system', "
                        + "version = version + 1 where id = ? and evidence_id is null and expired_at is null")
                .params(EvidenceRepository.timestamp(now), EvidenceRepository.timestamp(now), id)
                .update() == 1;
    }

    private static final String SELECT = "select id, upload_length, upload_offset, metadata, agency_id, evidence_id, "
            + "created_by, expired_at, already_stored from evidence_upload ";

    private static Upload upload(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Upload(rs.getString("id"), rs.getLong("upload_length"), rs.getLong("upload_offset"),
                rs.getString("metadata"), rs.getObject("agency_id", Long.class), rs.getObject("evidence_id", Long.class),
                rs.getString("created_by"), rs.getTimestamp("expired_at") != null, rs.getBoolean("already_stored"));
    }

    /** Moves the offset forward only from where the caller saw it, so two writers can never both succeed. */
    boolean advance(String id, long from, long to, Instant now, String by) {
        return jdbc.sql("update evidence_upload set upload_offset = ?, updated_at = ?, updated_by = ?, "
                        + "version = version + 1 where id = ? and upload_offset = ? and evidence_id is null "
                        + "and expired_at is null")
                .params(to, EvidenceRepository.timestamp(now), by, id, from)
                .update() == 1;
    }

    /** @param alreadyStored whether the evidence existed before (the upload linked it) */
    void completed(String id, long evidenceId, boolean alreadyStored, Instant now, String by) {
        jdbc.sql("update evidence_upload set evidence_id = ?, already_stored = ?, updated_at = ?, updated_by = ?, "
                        + "version = version + 1 where id = ?")
                .params(evidenceId, alreadyStored, EvidenceRepository.timestamp(now), by, id)
                .update();
    }
}
