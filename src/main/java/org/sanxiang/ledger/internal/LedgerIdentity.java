package org.sanxiang.ledger.internal;

import java.nio.file.Path;
import java.security.KeyPair;

import org.sanxiang.ledger.internal.merkle.TreeHasher;
import org.sanxiang.ledger.internal.note.Checkpoint;
import org.sanxiang.ledger.internal.note.NoteVerifierKey;
import org.sanxiang.ledger.internal.note.SignedNote;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a ledger is, fixed at its creation: origin, algorithms and signing key. Created on first start (key file,
 * meta row and the checkpoint of the empty tree); afterwards loaded and checked against the stored key.
 */
@Component
public class LedgerIdentity {

    /** The loaded identity. The private key stays in here: nothing hands it out. */
    public record Identity(String origin, LedgerAlgorithm algorithm, TreeHasher hasher, NoteVerifierKey verifierKey,
            KeyPair keyPair) {

        /** A C2SP tlog-checkpoint of the given tree, as a signed note. */
        public String signCheckpoint(long size, byte[] root) {
            return SignedNote.sign(new Checkpoint(origin, size, root).text(), verifierKey, keyPair.getPrivate()).encoded();
        }
    }

    private final TreeStore trees;
    private final LedgerProperties properties;
    private final Path keyFile;
    private final TransactionTemplate transaction;
    private volatile Identity identity;

    LedgerIdentity(TreeStore trees, LedgerProperties properties, TransactionTemplate transaction,
            @Value("${sanxiang.data-dir:./data}") Path dataDir) {
        this.trees = trees;
        this.properties = properties;
        this.transaction = transaction;
        this.keyFile = properties.keyFile() != null ? properties.keyFile() : dataDir.resolve("ledger/ledger-signing.key");
    }

    /** Where the private key lives (never its content). */
    public Path keyFile() {
        return keyFile;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createOnFirstStart() {
        get();
    }

    public Identity get() {
        Identity loaded = identity;
        if (loaded == null) {
            synchronized (this) {
                if (identity == null) {
                    identity = transaction.execute(status -> loadOrCreate());
                }
                loaded = identity;
            }
        }
        return loaded;
    }

    private Identity loadOrCreate() {
        return trees.meta().map(this::load).orElseGet(this::create);
    }

    private Identity load(TreeStore.Meta meta) {
        KeyPair pair = SigningKeyFile.loadOrCreate(keyFile, meta.algorithm().signature());
        NoteVerifierKey key = new NoteVerifierKey(meta.origin(), meta.algorithm().signature(), pair.getPublic());
        if (!key.encoded().equals(meta.verifierKey())) {
            throw new IllegalStateException("账本签名密钥文件 " + keyFile + " 与账本公钥不符 / the ledger signing key file "
                    + keyFile + " does not match the ledger's public key " + meta.verifierKey());
        }
        return new Identity(meta.origin(), meta.algorithm(), new TreeHasher(meta.algorithm().hash()), key, pair);
    }

    private Identity create() {
        LedgerAlgorithm algorithm = properties.algorithm();
        KeyPair pair = SigningKeyFile.loadOrCreate(keyFile, algorithm.signature());
        NoteVerifierKey key = new NoteVerifierKey(properties.origin(), algorithm.signature(), pair.getPublic());
        Identity created = new Identity(properties.origin(), algorithm, new TreeHasher(algorithm.hash()), key, pair);
        byte[] emptyRoot = created.hasher().emptyRoot();
        trees.createMeta(created.origin(), algorithm, key.encoded(), emptyRoot);
        trees.insertCheckpoint(0, emptyRoot, created.signCheckpoint(0, emptyRoot), "system");
        return created;
    }
}
