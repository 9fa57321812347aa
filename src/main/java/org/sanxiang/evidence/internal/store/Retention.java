package org.sanxiang.evidence.internal.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * What the object store itself does to keep an object from deletion. Behind an interface because support varies:
 * AWS S3 and MinIO enforce object lock on buckets created with it, s3proxy answers 501, others ignore it.
 */
public interface Retention {

    PutObjectRequest.Builder apply(PutObjectRequest.Builder request);

    CreateMultipartUploadRequest.Builder apply(CreateMultipartUploadRequest.Builder request);

    /** The application's write-once guarantee only; the store may delete if someone with credentials asks. */
    static Retention none() {
        return new Retention() {
            @Override
            public PutObjectRequest.Builder apply(PutObjectRequest.Builder request) {
                return request;
            }

            @Override
            public CreateMultipartUploadRequest.Builder apply(CreateMultipartUploadRequest.Builder request) {
                return request;
            }
        };
    }

    /**
     * S3 Object Lock in COMPLIANCE mode: not even the bucket owner can delete or shorten it before the date.
     */
    static Retention objectLock(int days, Clock clock) {
        return new Retention() {
            private Instant until() {
                return clock.instant().plus(Duration.ofDays(days));
            }

            @Override
            public PutObjectRequest.Builder apply(PutObjectRequest.Builder request) {
                return request.objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(until());
            }

            @Override
            public CreateMultipartUploadRequest.Builder apply(CreateMultipartUploadRequest.Builder request) {
                return request.objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(until());
            }
        };
    }
}
