package org.sanxiang.evidence.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence files in an S3-compatible bucket under keys {@code sha256/<hex>}. Files larger than one part go up as a
 * multipart upload so no request carries more than {@code partSize} bytes and a failed part can be retried alone.
 */
public final class S3BlobStore implements BlobStore {

    private static final String PREFIX = "sha256/";

    private final S3Client s3;
    private final String bucket;
    private final long partSize;
    private final Retention retention;

    public S3BlobStore(S3Client s3, String bucket, long partSize, Retention retention) {
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
        this.retention = retention;
    }

    @Override
    public boolean putIfAbsent(String sha256, Path file) throws IOException {
        if (exists(sha256)) {
            return false;
        }
        long size = Files.size(file);
        try {
            if (size <= partSize) {
                s3.putObject(retention.apply(PutObjectRequest.builder().bucket(bucket).key(key(sha256))).build(),
                        RequestBody.fromFile(file));
            } else {
                putMultipart(sha256, file, size);
            }
            return true;
        } catch (SdkException e) {
            throw new IOException("S3 upload of " + sha256 + " failed", e);
        }
    }

    private void putMultipart(String sha256, Path file, long size) {
        String uploadId = s3.createMultipartUpload(retention.apply(
                CreateMultipartUploadRequest.builder().bucket(bucket).key(key(sha256))).build()).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (long offset = 0; offset < size; offset += partSize) {
                int number = parts.size() + 1;
                long length = Math.min(partSize, size - offset);
                long from = offset;
                // A stream per attempt: the SDK re-opens it when it retries the part.
                RequestBody body = RequestBody.fromContentProvider(() -> slice(file, from, length), length,
                        "application/octet-stream");
                String etag = s3.uploadPart(p -> p.bucket(bucket).key(key(sha256)).uploadId(uploadId)
                        .partNumber(number).contentLength(length), body).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
            s3.completeMultipartUpload(c -> c.bucket(bucket).key(key(sha256)).uploadId(uploadId)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
        } catch (RuntimeException e) {
            // An unfinished multipart upload is not an object; aborting frees its parts (it deletes no evidence).
            try {
                s3.abortMultipartUpload(AbortMultipartUploadRequest.builder().bucket(bucket).key(key(sha256))
                        .uploadId(uploadId).build());
            } catch (RuntimeException abortFailed) {
                e.addSuppressed(abortFailed);
            }
            throw e;
        }
    }

    private static InputStream slice(Path file, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new LimitedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String sha256) throws IOException {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key(sha256)).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("S3 HEAD of " + sha256 + " failed", e);
        }
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key(sha256));
        if (offset > 0 || length != Long.MAX_VALUE) {
            request.range("bytes=" + offset + "-" + (length == Long.MAX_VALUE ? "" : offset + length - 1));
        }
        try {
            return s3.getObject(request.build());
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key(sha256));
        } catch (SdkException e) {
            throw new IOException("S3 GET of " + sha256 + " failed", e);
        }
    }

    @Override
    public String describe() {
        return "s3:" + bucket;
    }

    private static String key(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return PREFIX + sha256;
    }
}
