package org.sanxiang.casework.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.casework.internal.enforcementcase.CaseRepository;
import org.sanxiang.ledger.LedgerVocabulary;
import org.sanxiang.ledger.SubjectPages;
import org.sanxiang.ledger.SubjectPages.Subject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the ledger page names casework's entries (words in i18n/casework; a step's entry by its transition) and links
 * their cases.
 */
@Configuration(proxyBeanMethods = false)
class CaseLedgerNames {

    @Bean
    static LedgerVocabulary caseworkVocabulary() {
        return new LedgerVocabulary("casework", Set.of("case", "party"), Map.of("case.step", "transition"));
    }

    @Bean
    static SubjectPages caseSubjects(CaseRepository cases) {
        return SubjectPages.of("case", (ids, reader) -> cases.findAllById(SubjectPages.numbers(ids)).stream()
                .collect(Collectors.toMap(c -> c.getId().toString(),
                        c -> new Subject(c.getNumber() + " " + c.getTitle(), "/workbench/cases/" + c.getId()))));
    }
}
