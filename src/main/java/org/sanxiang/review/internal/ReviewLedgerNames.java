package org.sanxiang.review.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.ledger.LedgerVocabulary;
import org.sanxiang.ledger.SubjectPages;
import org.sanxiang.ledger.SubjectPages.Subject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the ledger page names the review's entries (words in i18n/review) and links their rounds. */
@Configuration(proxyBeanMethods = false)
class ReviewLedgerNames {

    @Bean
    static LedgerVocabulary reviewVocabulary() {
        return new LedgerVocabulary("review", Set.of("legal-review"), Map.of("review.answered", "opinion"));
    }

    @Bean
    static SubjectPages reviewSubjects(LegalReviewRepository reviews) {
        return SubjectPages.of("legal-review", (ids, reader) -> reviews.findAllById(SubjectPages.numbers(ids))
                .stream().collect(Collectors.toMap(r -> r.getId().toString(),
                        r -> new Subject(r.getCaseNumber() + " 第" + r.getRound() + "轮", "/workbench/reviews/"
                                + r.getId()))));
    }
}
