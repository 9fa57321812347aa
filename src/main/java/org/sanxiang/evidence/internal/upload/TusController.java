package org.sanxiang.evidence.internal.upload;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

import org.sanxiang.evidence.internal.EvidenceService;
import org.sanxiang.platform.CurrentUser;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tus 1.0.0 resumable upload protocol (core + creation extension, https://tus.io/protocols/resumable-upload):
 * {@code POST} creates an upload, {@code HEAD} tells how much arrived, {@code PATCH} appends at that offset.
 * Implemented here rather than with tus-java-server because acknowledging a chunk must wait for fsync and the
 * database, and the finished upload must become evidence and a ledger entry in one transaction.
 */
@RestController
@RequestMapping("/api/v1/evidence/uploads")
@Tag(name = "evidence uploads", description = "tus 1.0.0 resumable uploads of evidence files")
class TusController {

    static final String VERSION = "1.0.0";
    static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";
    /** The evidence a finished upload became (our addition; tus itself stops at the bytes). */
    static final String EVIDENCE_ID = "Sanxiang-Evidence-Id";
    /**
     * {@code true} when the content was already stored in the agency: the upload linked that evidence
     * ({@link #EVIDENCE_ID}) instead of adding a second record (our addition too).
     */
    static final String ALREADY_STORED = "Sanxiang-Evidence-Already-Stored";

    private final UploadService uploads;

    TusController(UploadService uploads) {
        this.uploads = uploads;
    }

    @RequestMapping(method = RequestMethod.OPTIONS)
    @Operation(summary = "tus capabilities")
    ResponseEntity<Void> options() {
        return ResponseEntity.noContent()
                .header("Tus-Resumable", VERSION)
                .header("Tus-Version", VERSION)
                .header("Tus-Extension", "creation")
                .header("Tus-Max-Size", Long.toString(uploads.maxBytes()))
                .build();
    }

    @RequestMapping(method = RequestMethod.POST)
    @Operation(summary = "Create an upload (Upload-Length, Upload-Metadata: kind, caseRef, officer and capturedAt "
            + "required, officer defaulting to the signed-in officer and capturedAt to now; deviceSerial, place, "
            + "filename, stepRef, partyRef). Only officers and unit heads capture evidence (403 for others); "
            + "missing or invalid fields answer 400 with errors [{field, message}]; content that is not its kind "
            + "is refused (422, urn:sanxiang:rule:evidence-content-matches-kind). The finished upload's last PATCH "
            + "names its evidence in Sanxiang-Evidence-Id; with Sanxiang-Evidence-Already-Stored: true that is the "
            + "agency's existing evidence of the same content, linked instead of stored twice")
    ResponseEntity<Void> create(CurrentUser user,
            @RequestHeader(value = "Tus-Resumable", required = false) String version,
                                @RequestHeader(value = "Upload-Length", required = false) Long length,
                                @RequestHeader(value = "Upload-Metadata", required = false) String metadata)
            throws IOException {
        checkVersion(version);
        requireUploader(user);
        if (length == null) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "缺少文件长度（Upload-Length）",
                    "Upload-Length is required (Upload-Defer-Length is not supported)");
        }
        Upload upload = uploads.create(length, metadata, user);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(upload.id()).toUri();
        return ResponseEntity.created(location).header("Tus-Resumable", VERSION).build();
    }

    @RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
    @Operation(summary = "How many bytes of the upload the server has")
    ResponseEntity<Void> head(CurrentUser user,
            @RequestHeader(value = "Tus-Resumable", required = false) String version,
                              @PathVariable String id) throws IOException {
        checkVersion(version);
        requireUploader(user);
        Upload upload = uploads.status(id, user);
        return state(ResponseEntity.ok(), upload).header("Upload-Length", Long.toString(upload.length()))
                .header("Upload-Metadata", upload.metadata())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @RequestMapping(path = "/{id}", method = RequestMethod.PATCH, consumes = OFFSET_OCTET_STREAM)
    @Operation(summary = "Append a chunk at Upload-Offset (body: application/offset+octet-stream)")
    ResponseEntity<Void> patch(CurrentUser user,
            @RequestHeader(value = "Tus-Resumable", required = false) String version,
                               @RequestHeader("Upload-Offset") long offset,
                               @PathVariable String id, HttpServletRequest request) throws IOException {
        checkVersion(version);
        requireUploader(user);
        Upload upload = uploads.append(id, offset, request.getInputStream(), request.getContentLengthLong(), user);
        return state(ResponseEntity.noContent(), upload).build();
    }

    private static ResponseEntity.HeadersBuilder<?> state(ResponseEntity.HeadersBuilder<?> response, Upload upload) {
        response.header("Tus-Resumable", VERSION).header("Upload-Offset", Long.toString(upload.offset()));
        if (upload.evidenceId() != null) {
            response.header(EVIDENCE_ID, upload.evidenceId().toString())
                    .header(ALREADY_STORED, Boolean.toString(upload.alreadyStored()));
        }
        return response;
    }

    /** Problem details with every refused field, beside the bilingual message. */
    @ExceptionHandler(MetadataRefused.class)
    ResponseEntity<ProblemDetail> refusedMetadata(MetadataRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.en());
        problem.setProperty("messages", Map.of("zh", e.zh(), "en", e.en()));
        problem.setProperty("errors", e.errors());
        return ResponseEntity.status(e.status()).header("Tus-Resumable", VERSION).body(problem);
    }

    /** 403 saying who may: evidence is uploaded by whoever captured it ({@link EvidenceService#UPLOADERS}). */
    private static void requireUploader(CurrentUser user) {
        if (!EvidenceService.mayUpload(user)) {
            throw new UploadException(HttpStatus.FORBIDDEN,
                    "证据由采集它的执法人员上传：只有“执法人员”“承办机构负责人”角色可以上传",
                    "Evidence is uploaded by the officer who captured it: only the roles OFFICER and UNIT_HEAD may "
                            + "upload");
        }
    }

    private static void checkVersion(String version) {
        if (!VERSION.equals(version)) {
            throw new UploadException(HttpStatus.PRECONDITION_FAILED, "不支持的 tus 协议版本",
                    "Tus-Resumable " + VERSION + " required");
        }
    }
}
