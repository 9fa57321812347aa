package org.sanxiang.catalog.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.sanxiang.ledger.LedgerVocabulary;
import org.sanxiang.ledger.SubjectPages;
import org.sanxiang.ledger.SubjectPages.Subject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the ledger page names the catalog's entries (words in i18n/catalog) and links their list items. */
@Configuration(proxyBeanMethods = false)
class CatalogLedgerNames {

    @Bean
    static LedgerVocabulary catalogVocabulary() {
        return new LedgerVocabulary("catalog", Set.of("catalog-version"), Map.of());
    }

    @Bean
    static SubjectPages catalogVersionSubjects(CatalogVersionRepository versions) {
        return SubjectPages.of("catalog-version", (ids, reader) -> versions.findAllById(SubjectPages.numbers(ids))
                .stream().collect(Collectors.toMap(v -> v.getId().toString(),
                        v -> new Subject(v.getCode() + " " + v.getName(), "/workbench/catalog/versions/" + v.getId()))));
    }
}
