package org.sanxiang.document.internal.pdf;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The seal keys in table {@code seal_key} (V130_2__seal_key.sql). */
@Component
class JdbcSealKeyStore implements SealKeyStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    JdbcSealKeyStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<StoredSealKey> find(long agencyId) {
        return jdbc.sql("select agency_id, certificate, private_key_cipher, created_at from seal_key where agency_id = ?")
                .param(agencyId)
                .query((rs, n) -> new StoredSealKey(rs.getLong(1), rs.getBytes(2), rs.getBytes(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /**
     * In a transaction of its own, committed at once: the key is the agency's for good, also if the document that
     * needed it is rolled back, and a collision with another node does not spoil the caller's transaction.
     */
    @Override
    public boolean insertIfAbsent(StoredSealKey key) {
        Boolean inserted = own.execute(s -> {
            try {
                jdbc.sql("insert into seal_key (agency_id, certificate, private_key_cipher, created_at) "
                        + "values (?, ?, ?, ?)")
                        .params(key.agencyId(), key.certificate(), key.privateKeyCipher(),
                                Timestamp.from(key.createdAt()))
                        .update();
                return true;
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                s.setRollbackOnly();
                return false;
            }
        });
        return Boolean.TRUE.equals(inserted);
    }
}
