package org.sanxiang.casework.internal.party;

import java.util.stream.Collectors;

import org.sanxiang.ledger.SubjectPages;
import org.sanxiang.ledger.SubjectPages.Subject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the ledger page names a party its entries are about and links its 一户式 page (the entries' words are
 * casework's vocabulary, in i18n/casework).
 */
@Configuration(proxyBeanMethods = false)
class PartyLedgerNames {

    @Bean
    static SubjectPages partySubjects(PartyRepository parties) {
        return SubjectPages.of("party", (ids, reader) -> parties.findAllById(SubjectPages.numbers(ids)).stream()
                .collect(Collectors.toMap(p -> p.getId().toString(),
                        p -> new Subject(p.getName(), "/workbench/parties/" + p.getId()))));
    }
}
