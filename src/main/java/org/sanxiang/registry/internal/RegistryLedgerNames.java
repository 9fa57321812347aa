package org.sanxiang.registry.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.ledger.LedgerVocabulary;
import org.sanxiang.ledger.SubjectPages;
import org.sanxiang.ledger.SubjectPages.Subject;
import org.sanxiang.registry.internal.agency.AgencyRepository;
import org.sanxiang.registry.internal.officer.OfficerRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry's ledger entries as supervisors read them: named in the registry's bundle (a credential's status
 * change by the status it changed to: 执法证暂扣), about agencies and officers linked to their pages.
 */
@Configuration
class RegistryLedgerNames {

    @Bean
    static LedgerVocabulary registryVocabulary() {
        return new LedgerVocabulary("registry", Set.of("agency", "officer"),
                Map.of("credential.status-changed", "status"));
    }

    @Bean
    static SubjectPages agencySubjects(AgencyRepository agencies) {
        return SubjectPages.of("agency", (ids, reader) -> agencies.findAllById(SubjectPages.numbers(ids)).stream()
                .collect(Collectors.toMap(a -> a.getId().toString(),
                        a -> new Subject(a.getName(), "/workbench/registry/agencies/" + a.getId()))));
    }

    @Bean
    static SubjectPages officerSubjects(OfficerRepository officers) {
        return SubjectPages.of("officer", (ids, reader) -> officers.findAllById(SubjectPages.numbers(ids)).stream()
                .collect(Collectors.toMap(o -> o.getId().toString(),
                        o -> new Subject(o.getName(), "/workbench/registry/officers/" + o.getId()))));
    }
}
