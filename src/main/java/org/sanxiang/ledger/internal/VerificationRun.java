package org.sanxiang.ledger.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.LedgerVocabulary;
import org.sanxiang.platform.VisibleAgencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduled verification (tree and tables): its outcome is a ledger entry naming every finding, so that a
 * drifted record found at night is on record and on the ledger page the next morning, and an error in the log.
 */
@Component
class VerificationRun {

    static final String ENTRY_TYPE = "ledger.verified";
    static final String MODULE = "ledger";
    static final String SUBJECT_TYPE = "ledger-verification";
    /** The entry names this many findings and counts the rest (a restored backup may drift every row). */
    private static final int NAMED_FINDINGS = 1000;
    private static final Logger log = LoggerFactory.getLogger(VerificationRun.class);

    /** The latest scheduled verification as the page shows it. */
    record Outcome(Instant at, boolean ok, long findingsTotal, List<String> findings) {
    }

    private final LedgerVerifier verifier;
    private final Ledger ledger;
    private final EntryStore entries;
    private final TransactionTemplate transaction;

    VerificationRun(LedgerVerifier verifier, Ledger ledger, EntryStore entries, TransactionTemplate transaction) {
        this.verifier = verifier;
        this.ledger = ledger;
        this.entries = entries;
        this.transaction = transaction;
    }

    LedgerVerifier.Report run() {
        LedgerVerifier.Report report = verifier.verify();
        report.findings().forEach(f -> log.error("ledger verification: {}", f.en()));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("ok", report.ok());
        facts.put("entriesChecked", report.entriesChecked());
        facts.put("checkpointsChecked", report.checkpointsChecked());
        facts.put("recordsChecked", report.recordsChecked());
        facts.put("findingsTotal", report.findings().size());
        facts.put("findings", report.findings().stream().limit(NAMED_FINDINGS).map(VerificationRun::facts).toList());
        transaction.executeWithoutResult(status -> ledger.append(MODULE, ENTRY_TYPE,
                new Ledger.SubjectRef(SUBJECT_TYPE, Long.toString(report.entriesChecked()), null), facts));
        return report;
    }

    /** The latest scheduled verification, if any ran. */
    Optional<Outcome> latest() {
        return entries.list(VisibleAgencies.all(), EntryStore.Query.of(MODULE, SUBJECT_TYPE, null), 0, 1).stream().findFirst().map(row -> {
            JsonNode facts = JsonMapper.shared().readTree(row.payload());
            List<String> named = facts.path("findings").valueStream().map(f -> f.path("zh").asString()).toList();
            return new Outcome(row.createdAt(), facts.path("ok").asBoolean(), facts.path("findingsTotal").asLong(),
                    named);
        });
    }

    /** The ledger's own entries, named in its bundle. */
    @Bean
    static LedgerVocabulary ledgerVocabulary() {
        return new LedgerVocabulary(MODULE, Set.of(SUBJECT_TYPE));
    }

    private static Map<String, Object> facts(Finding finding) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", finding.kind().name());
        facts.put("index", finding.index());
        if (finding.record() != null) {
            facts.put("recordType", finding.record().type());
            facts.put("recordId", finding.record().id());
            facts.put("fields", finding.record().fields());
        }
        facts.put("zh", finding.zh());
        facts.put("en", finding.en());
        return facts;
    }
}
