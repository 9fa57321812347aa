package org.sanxiang.evidence.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.ledger.LedgerVocabulary;
import org.sanxiang.ledger.SubjectPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evidence module's ledger entries as supervisors read them: named in its bundle, each piece of evidence by its
 * file name, linked to its page (player, hashes, integrity).
 */
@Configuration
class EvidenceLedgerNames {

    @Bean
    static LedgerVocabulary evidenceVocabulary() {
        return new LedgerVocabulary("evidence", Set.of("evidence", "upload", "evidence-integrity-run"));
    }

    @Bean
    static SubjectPages evidenceSubjects(EvidenceRepository evidence) {
        return SubjectPages.of("evidence", (ids, reader) -> evidence.fileNames(SubjectPages.numbers(ids)).entrySet()
                .stream().collect(Collectors.toMap(e -> e.getKey().toString(),
                        e -> new SubjectPages.Subject(e.getValue() != null ? e.getValue() : "#" + e.getKey(),
                                "/workbench/evidence/" + e.getKey()))));
    }
}
