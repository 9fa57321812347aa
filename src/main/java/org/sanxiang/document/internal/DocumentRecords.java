package org.sanxiang.document.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.sanxiang.ledger.ReconciledRecords;
import org.springframework.stereotype.Component;

/**
 * Issued documents as the ledger proves them: every row against its latest issue or end entry, the SHA-256 of the
 * stored PDF bytes included, so that a PDF or a status changed behind the application's back is named. Drafts are
 * not on the ledger until issued.
 */
@Component
class DocumentRecords implements ReconciledRecords {

    private final EntityManager em;
    private final DocumentParts parts;

    DocumentRecords(EntityManager em, DocumentParts parts) {
        this.em = em;
        this.parts = parts;
    }

    @Override
    public String recordType() {
        return "document";
    }

    @Override
    public String nameZh() {
        return "执法文书";
    }

    @Override
    public Set<String> entryTypes() {
        // a signature's or a service's entry is about a part written once, not the document's row (a draft's
        // signatures come before the row is on the ledger at all)
        return Set.of("document.issued", "document.ended");
    }

    @Override
    public Set<String> changeFacts() {
        return Set.of("reason", "correctedBy");
    }

    @Override
    public void forEachRow(Consumer<Row> action) {
        ReconciledRecords.forEachEntity(em, "select d from Document d where d.status <> "
                + "org.sanxiang.document.internal.DocumentStatus.DRAFT order by d.id",
                Document.class, this::row, action);
    }

    private Row row(Document d) {
        Map<String, Object> facts = new LinkedHashMap<>(d.facts());
        // the bytes served are what the hash on the ledger is of: a changed file shows as a different hash
        String stored = parts.pdf(d.getId()).map(Sha256::hex).orElse(null);
        if (stored == null || !stored.equals(d.getSha256())) {
            facts.put("sha256", stored == null ? "(no PDF stored)" : stored);
        }
        return new Row(Long.toString(d.getId()), facts);
    }
}
