package org.sanxiang.evidence.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sanxiang.evidence.*}.
 *
 * @param store         where stored files live: {@code filesystem} (embedded default) or {@code s3}
 * @param directory     root of the filesystem store; empty = {@code ${sanxiang.data-dir}/evidence}
 * @param stagingDirectory where partial uploads are kept until complete; empty = {@code <directory>/staging}
 * @param sm3           also hash with SM3 (GB/T 32905) on a SHA-256 ledger (a 国密 ledger always has it)
 * @param maxUploadBytes largest single file accepted; body cameras record tens of GiB per shift
 * @param uploadExpiry  an upload nobody adds to for this long expires and its partial file is removed; long enough
 *                      for an officer back from days in the field (no law sets it)
 * @param s3            the S3-compatible store
 * @param integrity     the re-hashing job
 */
@ConfigurationProperties("sanxiang.evidence")
public record EvidenceProperties(
        @DefaultValue("filesystem") String store,
        String directory,
        String stagingDirectory,
        @DefaultValue("false") boolean sm3,
        @DefaultValue("107374182400") long maxUploadBytes,
        @DefaultValue("30d") Duration uploadExpiry,
        @DefaultValue S3 s3,
        @DefaultValue Integrity integrity) {

    /**
     * @param objectLockDays retention in COMPLIANCE mode for each new object; 0 = none, because not every store
     *                       implements object lock (s3proxy answers 501) and a bucket must be created with it
     * @param partSize       multipart upload part size (S3 requires at least 5 MiB per part except the last)
     */
    public record S3(String endpoint,
                     @DefaultValue("us-east-1") String region,
                     @DefaultValue("sanxiang-evidence") String bucket,
                     String accessKey,
                     String secretKey,
                     @DefaultValue("0") int objectLockDays,
                     @DefaultValue("67108864") long partSize) {
    }

    /**
     * @param cron when the full re-hash runs. No law sets an interval; daily (03:00 China time, outside office
     *             hours) means a changed or lost file is found within a day of it happening.
     */
    public record Integrity(@DefaultValue("0 0 3 * * *") String cron) {
    }

    Path root(String dataDir) {
        return Path.of(directory == null || directory.isBlank() ? dataDir + "/evidence" : directory);
    }

    Path staging(String dataDir) {
        return stagingDirectory == null || stagingDirectory.isBlank()
                ? root(dataDir).resolve("staging") : Path.of(stagingDirectory);
    }
}
