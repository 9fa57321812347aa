package org.sanxiang.platform.internal;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.sanxiang.platform.AccountRecords;
import org.springframework.stereotype.Component;

/** The accounts streamed from JPA, each detached once its facts are taken, so none accumulate. */
@Component
class AccountRecordStream implements AccountRecords {

    private final EntityManager em;

    AccountRecordStream(EntityManager em) {
        this.em = em;
    }

    @Override
    public void forEach(BiConsumer<String, Map<String, Object>> action) {
        try (Stream<UserAccount> accounts = em.createQuery("select a from UserAccount a order by a.id", UserAccount.class)
                .setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            accounts.forEach(account -> {
                action.accept(account.getUsername(), account.facts());
                em.detach(account);
            });
        }
    }
}
