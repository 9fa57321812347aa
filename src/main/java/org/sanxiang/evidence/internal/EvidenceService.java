package org.sanxiang.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.evidence.internal.store.BlobStore;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.Role;
import org.sanxiang.evidence.EvidenceEvent;
import org.sanxiang.registry.AccountOfficer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence records and access to their content. Every record and every access is a ledger entry in the same
 * transaction; there is deliberately no method that changes or removes evidence.
 */
@Service
public class EvidenceService {

    /**
     * Who captures evidence and so may upload it: the officers who record each step (执法人员; 衡阳市方案 (二)1–3,
     * 泉州市鲤城区方案 三、第14–15项), unit heads among them (they hold credentials and handle cases). Supervisors in
     * the superior government, legal reviewers, agency heads, disclosure and system administrators read it, and
     * never author it.
     */
    public static final Set<Role> UPLOADERS = Set.of(Role.OFFICER, Role.UNIT_HEAD);

    private final EvidenceRepository evidence;
    private final BlobStore store;
    private final Ledger ledger;
    private final AgencyScope scope;
    private final ApplicationEventPublisher events;
    private final AccountOfficer officers;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, BlobStore store, Ledger ledger, AgencyScope scope,
            ApplicationEventPublisher events, AccountOfficer officers) {
        this.officers = officers;
        this.evidence = evidence;
        this.store = store;
        this.ledger = ledger;
        this.events = events;
        this.scope = scope;
        this.clock = Clock.systemUTC();
    }

    /**
     * Records stored content as evidence and appends {@code evidence.stored}; runs inside the caller's transaction
     * so the record, the ledger entry and the caller's own bookkeeping commit together or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Evidence record(ContentHashes hashes, long size, String mediaType, EvidenceMetadata metadata, Long agencyId,
                           String uploadedBy) {
        var now = clock.instant();
        long id = evidence.insert(hashes, size, mediaType, metadata, agencyId, now, uploadedBy);
        Evidence stored = new Evidence(id, hashes, size, mediaType, metadata, agencyId, now, uploadedBy);
        events.publishEvent(new EvidenceEvent.EvidenceStored(id, agencyId, hashes.sha256(), stored.facts()));
        return stored;
    }

    /**
     * The agency's evidence with this content, if it holds it already: an upload of it links that record and appends
     * {@code evidence.uploaded-again} with what the new upload declared, instead of a second record of the same file.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Evidence> linkExisting(ContentHashes hashes, EvidenceMetadata declared, Long agencyId,
            String uploadId, String uploadedBy) {
        Optional<Evidence> existing = evidence.firstWithContent(hashes.sha256(), agencyId);
        existing.ifPresent(e -> {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("evidenceId", e.id());
            facts.put("sha256", hashes.sha256());
            facts.put("uploadId", uploadId);
            facts.put("uploadedBy", uploadedBy);
            facts.putAll(declared.facts());
            events.publishEvent(new EvidenceEvent.UploadedAgain(e.id(), agencyId, hashes.sha256(), facts));
        });
        return existing;
    }

    /**
     * Records that an unfinished upload expired: its partial file (never evidence) is about to be removed, and who
     * started it and how far it got stay on record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordExpiredUpload(String uploadId, Long agencyId, long received, long length, String startedBy) {
        events.publishEvent(new EvidenceEvent.UploadExpired(uploadId, agencyId, received, length, startedBy));
    }

    public static boolean mayUpload(CurrentUser user) {
        return UPLOADERS.stream().anyMatch(user::has);
    }

    /**
     * Who captured what she uploads, unless she says otherwise: the officer her account is linked to in the
     * registry (我的执法证), else the name she signs in with.
     */
    public String capturingOfficer(CurrentUser who) {
        return officers.linkedTo(who).map(AccountOfficer.LinkedOfficer::name).orElse(who.displayName());
    }

    /**
     * The evidence if the requester may see it, else not found: the agency's own users, and the supervisors and
     * administrators of the agencies above it (the registry's data scope); nobody in another branch.
     */
    public Evidence visible(long id, CurrentUser who) {
        return evidence.find(id).filter(e -> scope.canSee(who, e.agencyId()))
                .orElseThrow(() -> new NotFoundException("证据 " + id + " 不存在", "no evidence " + id));
    }

    /** The evidence the user may see that matches the filter, newest first. */
    public Page<Evidence> search(EvidenceFilter filter, CurrentUser who, Pageable page) {
        return evidence.search(filter, scope.visibleTo(who), page);
    }

    /** Whether the ledger is a 国密 one, whose evidence is fingerprinted with SM3 as well. */
    public boolean ledgerHashesWithSm3() {
        return ledger.hashesWithSm3();
    }

    /**
     * Opens a byte range of the evidence's content and appends the access record ({@code evidence.viewed} or
     * {@code evidence.downloaded}, with the range) first: no byte leaves without its ledger entry. Every request is
     * recorded, each seek of a player included, so that no way of asking (a range that skips the first byte, say)
     * reads unrecorded.
     */
    @Transactional
    public InputStream open(Evidence e, boolean download, long offset, long length) throws IOException {
        events.publishEvent(new EvidenceEvent.EvidenceAccessed(e.id(), e.agencyId(), e.hashes().sha256(), download,
                offset + "-" + (offset + length - 1)));
        return store.open(e.hashes().sha256(), offset, length);
    }
}
