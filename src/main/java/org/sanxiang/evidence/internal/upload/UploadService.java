package org.sanxiang.evidence.internal.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.evidence.EvidenceUpload;
import org.sanxiang.evidence.internal.ContentDigest;
import org.sanxiang.evidence.internal.ContentHashes;
import org.sanxiang.evidence.internal.Evidence;
import org.sanxiang.evidence.internal.EvidenceMetadata;
import org.sanxiang.evidence.internal.EvidencePaths;
import org.sanxiang.evidence.internal.EvidenceProperties;
import org.sanxiang.evidence.internal.EvidenceService;
import org.sanxiang.evidence.internal.MediaTypeSniffer;
import org.sanxiang.evidence.internal.rules.EvidenceRules;
import org.sanxiang.evidence.internal.rules.UploadedContent;
import org.sanxiang.evidence.internal.store.BlobStore;
import org.sanxiang.platform.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resumable uploads: created with their length and metadata, filled chunk by chunk, and turned into evidence when the
 * last byte is in. An offset is persisted only after its bytes are on disk, and a chunk is acknowledged only after its
 * offset is persisted, so whatever the client was told survives a crash; during a long chunk the offset is persisted
 * each time its bytes so far are on disk, so a crash mid-chunk keeps them too (tus: the offset is what is stored).
 */
@Service
class UploadService implements EvidenceUpload {

    private static final Logger log = LoggerFactory.getLogger(UploadService.class);

    private final UploadRepository uploads;
    private final StagingArea staging;
    private final StagedDigests digests;
    private final BlobStore store;
    private final EvidenceService evidence;
    private final TransactionTemplate transaction;
    private final long maxBytes;
    private final MessageSource messages;
    private final EvidenceRules rules;
    private final Clock clock = Clock.systemUTC();
    /** Uploads receiving a chunk right now: tus allows one writer per upload at a time. */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();

    UploadService(UploadRepository uploads, BlobStore store, EvidenceService evidence, TransactionTemplate transaction,
                  EvidenceProperties properties, EvidencePaths paths, MessageSource messages, EvidenceRules rules)
            throws IOException {
        this.uploads = uploads;
        this.messages = messages;
        this.rules = rules;
        this.staging = new StagingArea(paths.staging());
        // SM3 too where the ledger is a 国密 one (asked late: the ledger is created on first use), or where configured
        this.digests = new StagedDigests(staging, () -> properties.sm3() || evidence.ledgerHashesWithSm3());
        this.store = store;
        this.evidence = evidence;
        this.transaction = transaction;
        this.maxBytes = properties.maxUploadBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    Upload create(long length, String metadataHeader, CurrentUser who) throws IOException {
        if (length <= 0) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "文件为空或长度无效", "Upload-Length must be positive");
        }
        if (length > maxBytes) {
            throw new UploadException(HttpStatus.PAYLOAD_TOO_LARGE, "文件超过允许的最大长度",
                    "Upload-Length exceeds Tus-Max-Size " + maxBytes);
        }
        EvidenceMetadata metadata;
        try {
            metadata = EvidenceMetadata.fromUpload(metadataHeader, evidence.capturingOfficer(who), clock.instant());
        } catch (EvidenceMetadata.InvalidMetadata e) {
            throw new MetadataRefused(e.fields(), messages);
        }
        Upload upload = new Upload(UUID.randomUUID().toString(), length, 0, metadata.toTus(), who.agencyId(), null,
                who.username(), false, false);
        staging.create(upload.id());
        uploads.insert(upload, clock.instant());
        return upload;
    }

    @Override
    public long upload(CurrentUser uploader, String metadata, byte[] content) throws IOException {
        Upload created = create(content.length, metadata, uploader);
        return append(created.id(), 0, new ByteArrayInputStream(content), content.length, uploader)
                .evidenceId();
    }

    /**
     * Applies the upload's rules once its first bytes are in (all of it, if shorter): the signature tells what the
     * content is, so a PDF declared as video is refused after its first chunk, not after the last.
     */
    private void requireContentFits(Upload upload) throws IOException {
        if (upload.offset() < Math.min(MediaTypeSniffer.HEAD_BYTES, upload.length())) {
            return;
        }
        rules.upload().require(new UploadedContent(EvidenceMetadata.fromTus(upload.metadata()).kind(),
                MediaTypeSniffer.sniff(staging.head(upload.id()))));
    }

    /** The upload's state; one whose bytes are all in but which crashed before becoming evidence is finished now. */
    Upload status(String id, CurrentUser who) throws IOException {
        Upload upload = owned(id, who);
        if (upload.allReceived() && upload.evidenceId() == null) {
            return exclusively(id, () -> finish(owned(id, who)));
        }
        return upload;
    }

    /**
     * Appends a chunk at {@code offset}. A broken connection keeps what arrived, so the client's next HEAD sees the
     * new offset and it continues from there.
     */
    Upload append(String id, long offset, InputStream body, long contentLength, CurrentUser who) throws IOException {
        return exclusively(id, () -> {
            Upload upload = owned(id, who);
            if (upload.evidenceId() != null || offset != upload.offset()) {
                throw new UploadException(HttpStatus.CONFLICT, "上传偏移量不符，请先查询当前进度",
                        "Upload-Offset " + offset + " does not match the upload's offset " + upload.offset());
            }
            if (contentLength > upload.length() - offset) {
                throw overflow(upload);
            }
            requireContentFits(upload);
            if (!staging.holds(id)) {
                throw new UploadException(HttpStatus.CONFLICT,
                        "此上传已收到的部分不在处理本次请求的服务器上：多台服务器须共享暂存目录（SANXIANG_EVIDENCE_STAGING）",
                        "the part received so far is not on the server that took this request: several servers must "
                                + "share the staging directory (SANXIANG_EVIDENCE_STAGING)");
            }
            ContentDigest digest = digests.at(id, offset);
            // what a crash mid-chunk keeps: the offset recorded after the last flush (HEAD reports it after restart)
            long[] recorded = {offset};
            StagingArea.Received received = staging.append(id, offset, body, upload.length() - offset, digest,
                    durable -> recorded[0] = advance(id, recorded[0], offset + durable, who));
            if (received.overflow()) {
                advance(id, recorded[0], offset, who); // nothing of a chunk that is too long is kept
                throw overflow(upload);
            }
            Upload advanced = upload.at(offset + received.bytes());
            advance(id, recorded[0], advanced.offset(), who);
            digests.keep(id, digest);
            if (received.broken() != null) {
                log.info("upload {} broke off at {} of {} bytes: {}", id, advanced.offset(), advanced.length(),
                        received.broken().toString());
                return advanced;
            }
            requireContentFits(advanced);
            return advanced.allReceived() ? finish(advanced) : advanced;
        });
    }

    /** Records the upload's offset as {@code to}; it must still be {@code from}, or another request moved it. */
    private long advance(String id, long from, long to, CurrentUser who) {
        if (from != to && !uploads.advance(id, from, to, clock.instant(), who.username())) {
            throw new UploadException(HttpStatus.CONFLICT, "上传已被其他请求更新", "the upload moved on meanwhile");
        }
        return to;
    }

    /** tus 1.0: the server must not accept more than the upload's length (413, as tusd answers). */
    private static UploadException overflow(Upload upload) {
        return new UploadException(HttpStatus.PAYLOAD_TOO_LARGE, "本次发送的数据超出文件长度（Upload-Length），未保存",
                "the chunk goes beyond the upload's Upload-Length " + upload.length() + "; nothing of it was stored");
    }

    /**
     * Stores the complete file (once per content) and records it as evidence with its ledger entry; content the
     * agency already holds links the existing evidence instead of becoming a second record of the same file.
     */
    private Upload finish(Upload upload) throws IOException {
        if (upload.evidenceId() != null) {
            return upload;
        }
        requireContentFits(upload); // also when a HEAD finishes an upload whose last chunk a crash interrupted
        ContentHashes hashes = digests.at(upload.id(), upload.length()).finish();
        String mediaType = MediaTypeSniffer.sniff(staging.head(upload.id()));
        store.putIfAbsent(hashes.sha256(), staging.path(upload.id()));
        EvidenceMetadata metadata = EvidenceMetadata.fromTus(upload.metadata());
        Upload done = transaction.execute(tx -> {
            Optional<Evidence> existing = evidence.linkExisting(hashes, metadata, upload.agencyId(), upload.id(),
                    upload.createdBy());
            long id = existing.map(Evidence::id).orElseGet(() -> evidence.record(hashes, upload.length(), mediaType,
                    metadata, upload.agencyId(), upload.createdBy()).id());
            uploads.completed(upload.id(), id, existing.isPresent(), clock.instant(), upload.createdBy());
            return upload.became(id, existing.isPresent());
        });
        staging.discard(upload.id());
        return done;
    }

    /**
     * Only the officer who started an upload may continue it; others are told it does not exist. An expired one is
     * gone (410), as tus's expiration extension says.
     */
    private Upload owned(String id, CurrentUser who) {
        Upload upload = uploads.find(id).filter(u -> u.createdBy().equals(who.username()))
                .orElseThrow(UploadException::notFound);
        if (upload.expired()) {
            throw new UploadException(HttpStatus.GONE, "该上传长期未完成，已过期，请重新上传",
                    "the upload was left unfinished and has expired; start a new one");
        }
        return upload;
    }

    /**
     * Expires the uploads nobody has added to since {@code cutoff}, each with a ledger entry, and removes their partial
     * files from this node's staging area. Returns how many expired.
     */
    int expireIdleSince(Instant cutoff) throws IOException {
        int expired = 0;
        for (Upload upload : uploads.idleSince(cutoff)) {
            Boolean done = transaction.execute(tx -> {
                if (!uploads.expire(upload.id(), clock.instant())) {
                    return false; // finished or expired meanwhile (another node)
                }
                evidence.recordExpiredUpload(upload.id(), upload.agencyId(), upload.offset(), upload.length(),
                        upload.createdBy());
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                expired++;
            }
        }
        for (String id : staging.ids()) {
            if (uploads.find(id).map(Upload::expired).orElse(false)) {
                staging.discard(id);
            }
        }
        return expired;
    }

    private Upload exclusively(String id, UploadStep step) throws IOException {
        if (!busy.add(id)) {
            throw new UploadException(HttpStatus.LOCKED, "该上传正在接收数据，请稍后重试",
                    "another request is writing to this upload");
        }
        try {
            return step.run();
        } finally {
            busy.remove(id);
        }
    }

    @FunctionalInterface
    private interface UploadStep {
        Upload run() throws IOException;
    }
}
