package org.sanxiang.document.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.ledger.LedgerVocabulary;
import org.sanxiang.ledger.SubjectPages;
import org.sanxiang.ledger.SubjectPages.Subject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the ledger page names the documents' entries (words in i18n/document) and links each to its document. */
@Configuration(proxyBeanMethods = false)
class DocumentLedgerNames {

    @Bean
    static LedgerVocabulary documentVocabulary() {
        return new LedgerVocabulary("document", Set.of("document", "document-form"),
                Map.of("document.ended", "status"));
    }

    @Bean
    static SubjectPages documentSubjects(DocumentRepository documents) {
        return SubjectPages.of("document", (ids, reader) -> documents.findAllById(SubjectPages.numbers(ids)).stream()
                .collect(Collectors.toMap(d -> d.getId().toString(), d -> new Subject(DocumentService.template(
                        d.getTemplateCode()).title().zh() + (d.getNumber() == null ? "" : " " + d.getNumber()),
                        "/workbench/documents/" + d.getId()))));
    }
}
