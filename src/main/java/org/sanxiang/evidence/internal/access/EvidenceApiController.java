package org.sanxiang.evidence.internal.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.evidence.internal.Evidence;
import org.sanxiang.evidence.internal.EvidenceExport;
import org.sanxiang.evidence.internal.EvidenceFilter;
import org.sanxiang.evidence.internal.EvidenceService;
import org.sanxiang.evidence.internal.integrity.IntegrityCheck;
import org.sanxiang.platform.PageResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Evidence as JSON, and its content with HTTP range requests (RFC 9110 §14) so players can seek. */
@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "evidence", description = "write-once evidence files: metadata, playback and download")
class EvidenceApiController {

    /** Names what the integrity check found wrong with the content served, and when (see {@link #content}). */
    static final String INTEGRITY_HEADER = "Sanxiang-Integrity";

    private final EvidenceService evidence;
    private final EvidenceExport export;
    private final IntegrityCheck integrity;

    EvidenceApiController(EvidenceService evidence, EvidenceExport export, IntegrityCheck integrity) {
        this.evidence = evidence;
        this.export = export;
        this.integrity = integrity;
    }

    @GetMapping
    @Operation(summary = "Evidence within the caller's scope, newest first; filter by record, kind, officer and "
            + "capture day (Beijing time, both ends inclusive)")
    PageResult<EvidenceView> list(CurrentUser user, @RequestParam(required = false) String caseRef,
            @RequestParam(required = false) EvidenceKind kind, @RequestParam(required = false) String officer,
            @RequestParam(required = false) LocalDate capturedFrom, @RequestParam(required = false) LocalDate capturedTo,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        EvidenceFilter filter = new EvidenceFilter(caseRef, kind, officer, capturedFrom, capturedTo);
        return PageResult.of(evidence.search(filter, user, PageResult.request(page, size)),
                EvidenceView::of);
    }

    @GetMapping("/export")
    @Operation(summary = "The same list as .xlsx or CSV (format=xlsx|csv), up to 100 000 records")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam(required = false) String caseRef,
            @RequestParam(required = false) EvidenceKind kind, @RequestParam(required = false) String officer,
            @RequestParam(required = false) LocalDate capturedFrom, @RequestParam(required = false) LocalDate capturedTo,
            @RequestParam(defaultValue = "csv") String format) {
        return export.export(new EvidenceFilter(caseRef, kind, officer, capturedFrom, capturedTo),
                user, format);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One evidence record")
    EvidenceView one(CurrentUser user, @PathVariable long id) {
        return EvidenceView.of(evidence.visible(id, user));
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "The file (Range: bytes=a-b answers 206); each view or download is a ledger entry. Content "
            + "the integrity check found changed or lost comes with a Sanxiang-Integrity header naming the finding, "
            + "its run and the time of the failed check, and without an ETag")
    void content(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
                 @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
                 HttpServletResponse response) throws IOException {
        Evidence e = evidence.visible(id, user);
        ByteRange bytes = ByteRange.of(range, e.size());
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        if (bytes == null) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + e.size());
            response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
            return;
        }
        response.setStatus(bytes.partial() ? HttpStatus.PARTIAL_CONTENT.value() : HttpStatus.OK.value());
        if (bytes.partial()) {
            response.setHeader(HttpHeaders.CONTENT_RANGE,
                    "bytes " + bytes.start() + "-" + bytes.end() + "/" + e.size());
        }
        response.setContentType(e.mediaType());
        response.setContentLengthLong(bytes.length());
        // Content the integrity check found changed is still served, with the finding: refusing would hide the only
        // copy from those who must look into it (reviewers, the party, a court), and the access is recorded as
        // every other. Its hash no longer names these bytes, so it is no ETag then.
        integrity.warning(e.hashes().sha256()).ifPresentOrElse(
                warning -> response.setHeader(INTEGRITY_HEADER, warning.header()),
                () -> response.setHeader(HttpHeaders.ETAG, "\"" + e.hashes().sha256() + "\""));
        // Never from a cache: each access must reach us to be recorded.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(e, download));
        try (InputStream in = evidence.open(e, download, bytes.start(), bytes.length());
             OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static String disposition(Evidence e, boolean download) {
        String name = e.metadata().fileName() != null ? e.metadata().fileName() : "evidence-" + e.id();
        return (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(name, StandardCharsets.UTF_8).build().toString();
    }

    /** A single byte range of a file of {@code size} bytes; several ranges are answered with the whole file. */
    record ByteRange(long start, long end, boolean partial) {

        long length() {
            return end - start + 1;
        }

        /** @return the range, or null if it cannot be satisfied */
        static ByteRange of(String header, long size) {
            if (header == null) {
                return new ByteRange(0, size - 1, false);
            }
            List<HttpRange> ranges;
            try {
                ranges = HttpRange.parseRanges(header);
            } catch (IllegalArgumentException malformed) {
                return new ByteRange(0, size - 1, false);  // RFC 9110: an invalid Range header is ignored
            }
            if (ranges.size() != 1) {
                return new ByteRange(0, size - 1, false);
            }
            try {
                long start = ranges.get(0).getRangeStart(size);
                return start < size ? new ByteRange(start, ranges.get(0).getRangeEnd(size), true) : null;
            } catch (IllegalArgumentException beyondTheEnd) {
                return null;
            }
        }
    }

    record EvidenceView(long id, String sha256, String sm3, long size, String mediaType, EvidenceKind kind,
                        String deviceSerial, String officer, Instant capturedAt, String place, String fileName,
                        String caseRef, String stepRef, String partyRef, Instant storedAt, String storedBy,
                        String contentUrl) {

        static EvidenceView of(Evidence e) {
            var m = e.metadata();
            return new EvidenceView(e.id(), e.hashes().sha256(), e.hashes().sm3(), e.size(), e.mediaType(), m.kind(),
                    m.deviceSerial(), m.officer(), m.capturedAt(), m.place(), m.fileName(), m.caseRef(), m.stepRef(),
                    m.partyRef(), e.createdAt(), e.createdBy(), "/api/v1/evidence/" + e.id() + "/content");
        }
    }
}
