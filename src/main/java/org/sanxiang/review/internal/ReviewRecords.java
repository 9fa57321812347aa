package org.sanxiang.review.internal;

import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.sanxiang.ledger.ReconciledRecords;
import org.springframework.stereotype.Component;

/** The review's rounds as their entries recorded them ({@link LegalReview#facts()}), for {@code ledger verify}. */
@Component
class ReviewRecords implements ReconciledRecords {

    private final EntityManager em;

    ReviewRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public String recordType() {
        return "legal-review";
    }

    @Override
    public String nameZh() {
        return "法制审核";
    }

    @Override
    public Set<String> entryTypes() {
        return Set.of("review.submitted", "review.assigned", "review.answered", "review.disputed", "review.extended",
                "review.recused");
    }

    @Override
    public void forEachRow(Consumer<Row> action) {
        ReconciledRecords.forEachEntity(em, "select r from LegalReview r order by r.id", LegalReview.class,
                r -> new Row(Long.toString(r.getId()), r.facts()), action);
    }
}
