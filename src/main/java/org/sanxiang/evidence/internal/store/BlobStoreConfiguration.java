package org.sanxiang.evidence.internal.store;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;

import org.sanxiang.evidence.internal.EvidencePaths;
import org.sanxiang.evidence.internal.EvidenceProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Chooses the store by {@code sanxiang.evidence.store}: {@code filesystem} (default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "sanxiang.evidence.store", havingValue = "filesystem", matchIfMissing = true)
    BlobStore filesystemBlobStore(EvidencePaths paths) throws IOException {
        return new FilesystemBlobStore(paths.root());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "sanxiang.evidence.store", havingValue = "s3")
    S3Client evidenceS3Client(EvidenceProperties properties) {
        EvidenceProperties.S3 config = properties.s3();
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(config.region()))
                // Path-style addressing: most self-hosted S3-compatible stores have no wildcard DNS for buckets.
                .forcePathStyle(true)
                .credentialsProvider(config.accessKey() == null || config.accessKey().isBlank()
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(config.accessKey(), config.secretKey())));
        if (config.endpoint() != null && !config.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(config.endpoint()));
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnProperty(name = "sanxiang.evidence.store", havingValue = "s3")
    BlobStore s3BlobStore(S3Client evidenceS3Client, EvidenceProperties properties) {
        EvidenceProperties.S3 config = properties.s3();
        ensureBucket(evidenceS3Client, config);
        Retention retention = config.objectLockDays() > 0
                ? Retention.objectLock(config.objectLockDays(), Clock.systemUTC())
                : Retention.none();
        return new S3BlobStore(evidenceS3Client, config.bucket(), config.partSize(), retention);
    }

    /** Creates the bucket on first start (with object lock when retention is asked for: it cannot be added later). */
    private static void ensureBucket(S3Client s3, EvidenceProperties.S3 config) {
        try {
            s3.headBucket(b -> b.bucket(config.bucket()));
        } catch (S3Exception e) {
            if (!(e instanceof NoSuchBucketException) && e.statusCode() != 404) {
                throw e;
            }
            // Only send the lock header when asked for: stores without object lock reject it (s3proxy: 501).
            s3.createBucket(b -> b.bucket(config.bucket())
                    .objectLockEnabledForBucket(config.objectLockDays() > 0 ? Boolean.TRUE : null));
        }
    }
}
