package org.sanxiang.evidence.internal.integrity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.sanxiang.evidence.internal.ContentHashes;
import org.sanxiang.evidence.internal.EvidenceRepository;
import org.sanxiang.platform.VisibleAgencies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class IntegrityRepository {

    /** A distinct stored object as the evidence records describe it. */
    record StoredObject(ContentHashes hashes, long size) {
    }

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    IntegrityRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** Every distinct object, streamed in address order (never all in memory). */
    void forEachObject(Consumer<StoredObject> action) {
        jdbcTemplate.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("select sha256, max(sm3) as sm3, max(size_bytes) as size "
                    + "from evidence group by sha256 order by sha256", ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(500);
            return ps;
        }, rs -> {
            action.accept(new StoredObject(new ContentHashes(rs.getString("sha256"), rs.getString("sm3")),
                    rs.getLong("size")));
        });
    }

    long start(String store, Instant now, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into evidence_integrity_run (store, started_at, created_at, created_by, updated_at, updated_by) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(store, EvidenceRepository.timestamp(now), EvidenceRepository.timestamp(now), by,
                        EvidenceRepository.timestamp(now), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void progress(long runId, long objects, long bytes, Instant now) {
        jdbc.sql("update evidence_integrity_run set objects_checked = ?, bytes_checked = ?, updated_at = ? where id = ?")
                .params(objects, bytes, EvidenceRepository.timestamp(now), runId).update();
    }

    void finding(long runId, IntegrityRun.Finding f, Instant now, String by) {
        jdbc.sql("insert into evidence_integrity_finding (run_id, sha256, problem, actual_sha256, actual_size, "
                        + "created_at, created_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(runId, f.sha256(), f.problem(), f.actualSha256(), f.actualSize(),
                        EvidenceRepository.timestamp(now), by)
                .update();
    }

    void finish(long runId, long objects, long bytes, int mismatches, int missing, String failure, Instant now) {
        jdbc.sql("update evidence_integrity_run set objects_checked = ?, bytes_checked = ?, mismatches = ?, "
                        + "missing = ?, failure = ?, finished_at = ?, updated_at = ? where id = ?")
                .params(objects, bytes, mismatches, missing, failure, EvidenceRepository.timestamp(now),
                        EvidenceRepository.timestamp(now), runId)
                .update();
    }

    /**
     * The newest finding about the object, unless a run that began after it finished without failing (it re-hashed
     * the object and found it intact, e.g. once restored from a backup).
     */
    Optional<IntegrityWarning> warning(String sha256) {
        return jdbc.sql("select f.problem, f.run_id, f.created_at from evidence_integrity_finding f where f.sha256 = ? "
                        + "and not exists (select 1 from evidence_integrity_run r where r.id > f.run_id "
                        + "and r.finished_at is not null and r.failure is null) "
                        + "order by f.id desc fetch first 1 rows only")
                .param(sha256)
                .query((rs, row) -> new IntegrityWarning(rs.getString("problem"), rs.getLong("run_id"),
                        EvidenceRepository.instant(rs, "created_at")))
                .optional();
    }

    /**
     * The open alerts among the visible agencies' evidence, the newest check first: each evidence whose content's
     * newest finding no later complete run has superseded (as {@link #warning}).
     */
    List<IntegrityAlert> openAlerts(VisibleAgencies agencies, int limit) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        String scope = agencies.isAll() ? ""
                : " and e.agency_id in (" + String.join(", ", Collections.nCopies(agencies.ids().size(), "?")) + ")";
        return jdbc.sql("select e.id, e.case_ref, e.created_by, e.file_name, f.problem, f.run_id, f.created_at "
                        + "from evidence_integrity_finding f join evidence e on e.sha256 = f.sha256 "
                        + "where not exists (select 1 from evidence_integrity_finding g where g.sha256 = f.sha256 "
                        + "and g.id > f.id) "
                        + "and not exists (select 1 from evidence_integrity_run r where r.id > f.run_id "
                        + "and r.finished_at is not null and r.failure is null)" + scope
                        + " order by f.id desc, e.id fetch first " + limit + " rows only")
                .params(agencies.isAll() ? List.of() : List.copyOf(agencies.ids()))
                .query((rs, row) -> new IntegrityAlert(rs.getLong("id"), rs.getString("case_ref"),
                        rs.getString("created_by"), rs.getString("file_name"), rs.getString("problem"),
                        rs.getLong("run_id"), EvidenceRepository.instant(rs, "created_at")))
                .list();
    }

    Optional<IntegrityRun> find(long runId) {
        return runs("where id = ?", runId).stream().findFirst();
    }

    Optional<IntegrityRun> latest() {
        return runs("order by id desc fetch first 1 rows only").stream().findFirst();
    }

    private List<IntegrityRun> runs(String where, Object... args) {
        return jdbc.sql("select * from evidence_integrity_run " + where).params(args)
                .query((rs, row) -> new IntegrityRun(rs.getLong("id"), rs.getString("store"),
                        EvidenceRepository.instant(rs, "started_at"), EvidenceRepository.instant(rs, "finished_at"),
                        rs.getLong("objects_checked"), rs.getLong("bytes_checked"), rs.getInt("mismatches"),
                        rs.getInt("missing"), rs.getString("failure"), rs.getString("created_by"),
                        findings(rs.getLong("id"))))
                .list();
    }

    private List<IntegrityRun.Finding> findings(long runId) {
        return jdbc.sql("select sha256, problem, actual_sha256, actual_size from evidence_integrity_finding "
                        + "where run_id = ? order by id")
                .param(runId)
                .query((rs, row) -> new IntegrityRun.Finding(rs.getString("sha256"), rs.getString("problem"),
                        rs.getString("actual_sha256"), rs.getObject("actual_size", Long.class)))
                .list();
    }
}
