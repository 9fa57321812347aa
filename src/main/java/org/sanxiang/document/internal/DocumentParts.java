package org.sanxiang.document.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanxiang.document.internal.template.DocumentTemplate.Signer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The parts of a document written once and never changed: its sealed PDF, the signatures captured for it and the
 * record of each service. There is no update or delete here.
 */
@Component
class DocumentParts {

    private final JdbcClient jdbc;

    DocumentParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A signature, or the party's refusal to sign with its witness. */
    record Signature(long id, long documentId, Signer role, String name, Long officerId, boolean refused,
            String witness, byte[] image, String sha256, Instant signedAt, String recordedBy) {
    }

    /**
     * @param handedOn the day it was handed over, left, received by post, sent electronically or the notice
     *                 published
     * @param servedOn the day it counts as served (for a public notice, {@link ServiceMethod#PUBLIC_NOTICE_DAYS}
     *                 later)
     */
    record Service(long id, long documentId, ServiceMethod method, LocalDate handedOn, LocalDate servedOn,
            String receiver, String witness, String note, byte[] receipt, String receiptType, String receiptSha256,
            Instant recordedAt, String recordedBy) {
    }

    void savePdf(long documentId, byte[] pdf) {
        jdbc.sql("insert into document_pdf (document_id, content) values (?, ?)").params(documentId, pdf).update();
    }

    Optional<byte[]> pdf(long documentId) {
        return jdbc.sql("select content from document_pdf where document_id = ?").param(documentId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    long addSignature(Signature s) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into document_signature (document_id, signer_role, signer_name, officer_id, refused, witness, "
                + "image, sha256, signed_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(s.documentId(),
                        s.role().name(), s.name(), s.officerId(), s.refused(), s.witness(), s.image(), s.sha256(),
                        Timestamp.from(s.signedAt()), s.recordedBy()).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Signature> signatures(long documentId) {
        return jdbc.sql("select id, document_id, signer_role, signer_name, officer_id, refused, witness, image, "
                + "sha256, signed_at, recorded_by from document_signature where document_id = ? order by id").param(documentId)
                .query((rs, n) -> new Signature(rs.getLong(1), rs.getLong(2), Signer.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getBoolean(6), rs.getString(7),
                        rs.getBytes(8), rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11))).list();
    }

    long addService(Service s) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into document_service (document_id, method, handed_on, served_on, receiver, witness, note, "
                + "receipt, receipt_type, receipt_sha256, recorded_at, recorded_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(s.documentId(), s.method().name(), s.handedOn(),
                        s.servedOn(), s.receiver(), s.witness(), s.note(), s.receipt(), s.receiptType(),
                        s.receiptSha256(), Timestamp.from(s.recordedAt()), s.recordedBy()).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Service> services(long documentId) {
        return jdbc.sql("select id, document_id, method, handed_on, served_on, receiver, witness, note, receipt, "
                + "receipt_type, receipt_sha256, recorded_at, recorded_by from document_service where document_id = ? "
                + "order by id").param(documentId).query((rs, n) -> new Service(rs.getLong(1), rs.getLong(2),
                        ServiceMethod.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBytes(9), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant(),
                        rs.getString(13))).list();
    }
}
