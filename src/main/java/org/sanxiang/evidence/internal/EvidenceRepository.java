package org.sanxiang.evidence.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.platform.VisibleAgencies;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence rows: inserted once, never updated or deleted (append-only, so plain JDBC rather than JPA). */
@Repository
public class EvidenceRepository {

    private static final String COLUMNS = "id, sha256, sm3, size_bytes, media_type, kind, device_serial, officer, "
            + "captured_at, place, file_name, case_ref, step_ref, party_ref, agency_id, created_at, created_by";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    EvidenceRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    long insert(ContentHashes hashes, long size, String mediaType, EvidenceMetadata m, Long agencyId,
                Instant createdAt, String createdBy) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into evidence (sha256, sm3, size_bytes, media_type, kind, device_serial, officer, captured_at, "
                        + "place, file_name, case_ref, step_ref, party_ref, agency_id, created_at, created_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(hashes.sha256(), hashes.sm3(), size, mediaType, m.kind().name(), m.deviceSerial(), m.officer(),
                        timestamp(m.capturedAt()), m.place(), m.fileName(), m.caseRef(), m.stepRef(), m.partyRef(),
                        agencyId, timestamp(createdAt), createdBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Every evidence record in id order, streamed (never all in memory). Call inside a transaction. */
    void forEach(Consumer<Evidence> action) {
        jdbcTemplate.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("select " + COLUMNS + " from evidence order by id",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(500);
            return ps;
        }, rs -> {
            action.accept(map(rs, 0));
        });
    }

    public Optional<Evidence> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from evidence where id = ?").param(id).query(this::map).optional();
    }

    /** The file names of these evidence records, by id; an id with no record is absent. */
    Map<Long, String> fileNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, file_name from evidence where id in ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")").params(List.copyOf(ids))
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** The agency's first evidence with this content, if it holds it already. */
    public Optional<Evidence> firstWithContent(String sha256, Long agencyId) {
        var query = jdbc.sql("select " + COLUMNS + " from evidence where sha256 = ? and "
                + (agencyId == null ? "agency_id is null" : "agency_id = ?") + " order by id fetch first 1 rows only");
        return (agencyId == null ? query.params(sha256) : query.params(sha256, agencyId)).query(this::map).optional();
    }

    /**
     * The evidence matching the filter among the visible agencies' (all: evidence without an agency included),
     * newest first.
     */
    public Page<Evidence> search(EvidenceFilter filter, VisibleAgencies agencies, Pageable page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (agencies.isEmpty()) {
            return Page.empty(page);
        }
        if (!agencies.isAll()) {
            where.append(" and agency_id in (")
                    .append(String.join(", ", Collections.nCopies(agencies.ids().size(), "?"))).append(")");
            params.addAll(agencies.ids());
        }
        condition(where, params, "case_ref = ?", filter.caseRef());
        condition(where, params, "kind = ?", filter.kind() == null ? null : filter.kind().name());
        condition(where, params, "officer like ? escape '\\'",
                filter.officer() == null ? null : "%" + likeLiteral(filter.officer()) + "%");
        condition(where, params, "captured_at >= ?", timestamp(filter.capturedFromInstant()));
        condition(where, params, "captured_at < ?", timestamp(filter.capturedBeforeInstant()));
        long total = jdbc.sql("select count(*) from evidence" + where).params(params).query(Long.class).single();
        List<Evidence> found = jdbc.sql("select " + COLUMNS + " from evidence" + where
                        + " order by id desc limit " + page.getPageSize() + " offset " + page.getOffset())
                .params(params).query(this::map).list();
        return new PageImpl<>(found, page, total);
    }

    /** The text as a LIKE pattern matching only itself: % and _ in a name are characters, not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.add(value);
        }
    }

    private Evidence map(ResultSet rs, int row) throws SQLException {
        return new Evidence(
                rs.getLong("id"),
                new ContentHashes(rs.getString("sha256"), rs.getString("sm3")),
                rs.getLong("size_bytes"),
                rs.getString("media_type"),
                new EvidenceMetadata(
                        EvidenceKind.valueOf(rs.getString("kind")),
                        rs.getString("device_serial"),
                        rs.getString("officer"),
                        instant(rs, "captured_at"),
                        rs.getString("place"),
                        rs.getString("file_name"),
                        rs.getString("case_ref"),
                        rs.getString("step_ref"),
                        rs.getString("party_ref")),
                (Long) rs.getObject("agency_id", Long.class),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    /** {@code timestamp with time zone} via OffsetDateTime, so the JVM's time zone never shifts an instant. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
