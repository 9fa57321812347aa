package org.sanxiang.ledger.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanxiang.ledger.*}. No time limit here comes from law: the intervals only bound how fresh the
 * public tree and checkpoint are (the issue asks for integration "within a second or two").
 *
 * @param origin             the checkpoint origin line and note key name (C2SP tlog-checkpoint), fixed at creation
 * @param algorithm          hash and signature of a NEW ledger; an existing ledger keeps the ones it was created with
 * @param keyFile            the private signing key; empty = {@code ${sanxiang.data-dir}/ledger/ledger-signing.key}
 * @param sequencerInterval  how often committed entries are integrated into the tree
 * @param batchSize          at most this many entries per sequencer transaction
 * @param checkpointInterval how often a checkpoint is signed when the tree has grown
 */
@ConfigurationProperties("sanxiang.ledger")
public record LedgerProperties(String origin, LedgerAlgorithm algorithm, Path keyFile, Duration sequencerInterval,
        Integer batchSize, Duration checkpointInterval) {

    public LedgerProperties {
        origin = origin == null || origin.isBlank() ? "sanxiang.local/ledger" : origin;
        algorithm = algorithm == null ? LedgerAlgorithm.SHA256_ED25519 : algorithm;
        sequencerInterval = sequencerInterval == null ? Duration.ofMillis(200) : sequencerInterval;
        batchSize = batchSize == null ? 20_000 : batchSize;
        checkpointInterval = checkpointInterval == null ? Duration.ofSeconds(60) : checkpointInterval;
    }
}
