package org.sanxiang.evidence.internal.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.sanxiang.evidence.internal.ContentDigest;
import org.sanxiang.evidence.internal.ContentHashes;
import org.sanxiang.evidence.internal.EvidenceService;
import org.sanxiang.evidence.internal.store.BlobStore;
import org.sanxiang.evidence.EvidenceEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.SanxiangException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-hashes every stored object and compares it with the address and size its evidence records give: a changed
 * byte, a truncated file or a vanished object is reported. One run at a time, in the background; the outcome is
 * a ledger entry, so a report cannot be quietly dropped either.
 */
@Service
public class IntegrityCheck {

    private static final Logger log = LoggerFactory.getLogger(IntegrityCheck.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    /** Enough to act on; a store with more broken files than this has one problem, not many. */
    private static final int MAX_ALERTS = 200;

    private final IntegrityRepository runs;
    private final BlobStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final AgencyScope scope;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "evidence-integrity"));

    IntegrityCheck(IntegrityRepository runs, BlobStore store, ApplicationEventPublisher events,
            TransactionTemplate transaction, AgencyScope scope) {
        this.runs = runs;
        this.scope = scope;
        this.store = store;
        this.events = events;
        this.transaction = transaction;
    }

    /** Starts a run in the background and returns its id. */
    public long start(String startedBy) {
        if (!running.compareAndSet(false, true)) {
            throw new AlreadyRunning();
        }
        try {
            long runId = runs.start(store.describe(), clock.instant(), startedBy);
            worker.submit(() -> {
                try {
                    check(runId);
                } finally {
                    running.set(false);
                }
            });
            return runId;
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    public boolean isRunning() {
        return running.get();
    }

    public java.util.Optional<IntegrityRun> latest() {
        return runs.latest();
    }

    /**
     * The evidence within the user's scope (the registry's: her agency and those below it; all for a platform
     * administrator) whose content the check found wrong and has not since found intact, newest first.
     */
    public List<IntegrityAlert> openAlerts(CurrentUser user) {
        return runs.openAlerts(scope.visibleTo(user), MAX_ALERTS);
    }

    /** What the integrity check last found wrong with this content and has not since found intact. */
    public java.util.Optional<IntegrityWarning> warning(String sha256) {
        return runs.warning(sha256);
    }

    private void check(long runId) {
        Tally tally = new Tally();
        String failure = null;
        try {
            runs.forEachObject(object -> {
                IntegrityRun.Finding finding = verify(object);
                tally.count(object.size(), finding);
                if (finding != null) {
                    runs.finding(runId, finding, clock.instant(), "system");
                }
                if (tally.progressDue(clock.instant())) {
                    runs.progress(runId, tally.objects, tally.bytes, clock.instant());
                }
            });
        } catch (RuntimeException e) {
            log.error("integrity run {} failed", runId, e);
            failure = e.toString();
        }
        String failed = failure;
        transaction.executeWithoutResult(tx -> {
            runs.finish(runId, tally.objects, tally.bytes, tally.mismatches, tally.missing, failed, clock.instant());
            events.publishEvent(new EvidenceEvent.IntegrityChecked(runId, tally.facts(store, failed)));
        });
        log.info("integrity run {}: {} objects, {} mismatches, {} missing", runId, tally.objects, tally.mismatches,
                tally.missing);
    }

    /** @return what is wrong with the object, or null if it still hashes to its address */
    private IntegrityRun.Finding verify(IntegrityRepository.StoredObject object) {
        ContentHashes expected = object.hashes();
        try (InputStream in = store.open(expected.sha256(), 0, Long.MAX_VALUE)) {
            ContentDigest digest = new ContentDigest(expected.sm3() != null).consume(in, Long.MAX_VALUE);
            ContentHashes actual = digest.finish();
            if (actual.matches(expected) && digest.length() == object.size()) {
                return null;
            }
            return new IntegrityRun.Finding(expected.sha256(), "MISMATCH", actual.sha256(), digest.length());
        } catch (NoSuchFileException e) {
            return new IntegrityRun.Finding(expected.sha256(), "MISSING", null, null);
        } catch (IOException e) {
            log.warn("evidence object {} unreadable", expected.sha256(), e);
            return new IntegrityRun.Finding(expected.sha256(), "UNREADABLE", null, null);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** 409: a second run would only compete with the first for the disk. */
    static final class AlreadyRunning extends SanxiangException {
        AlreadyRunning() {
            super(409, java.net.URI.create("about:blank"), "完整性校验正在进行中，请等待其完成",
                    "an integrity check is already running");
        }
    }

    /** Running totals of a run. */
    private static final class Tally {
        long objects;
        long bytes;
        int mismatches;
        int missing;
        final List<Map<String, Object>> findings = new ArrayList<>();
        private Instant lastProgress = Instant.EPOCH;

        void count(long size, IntegrityRun.Finding finding) {
            objects++;
            bytes += size;
            if (finding == null) {
                return;
            }
            if (finding.problem().equals("MISSING")) {
                missing++;
            } else {
                mismatches++;
            }
            if (findings.size() < 1000) {  // the ledger entry names the first thousand; the table has them all
                findings.add(Map.of("sha256", finding.sha256(), "problem", finding.problem()));
            }
        }

        boolean progressDue(Instant now) {
            if (Duration.between(lastProgress, now).compareTo(PROGRESS_EVERY) < 0) {
                return false;
            }
            lastProgress = now;
            return true;
        }

        Map<String, Object> facts(BlobStore store, String failure) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("store", store.describe());
            facts.put("objectsChecked", objects);
            facts.put("bytesChecked", bytes);
            facts.put("mismatches", mismatches);
            facts.put("missing", missing);
            facts.put("findings", findings);
            if (failure != null) {
                facts.put("failure", failure);
            }
            return facts;
        }
    }
}
