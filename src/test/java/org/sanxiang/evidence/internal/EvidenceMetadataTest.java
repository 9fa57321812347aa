package org.sanxiang.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.sanxiang.evidence.EvidenceKind;

class EvidenceMetadataTest {

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tusMetadataIsDecodedAndALocalCaptureTimeIsChinaTime() {
        EvidenceMetadata m = EvidenceMetadata.fromTus("kind " + b64("video") + ",filename " + b64("执法记录仪.mp4")
                + ",capturedAt " + b64("2026-11-20T09:30") + ",deviceSerial " + b64("ZFJLY-0042"));

        assertThat(m.kind()).isEqualTo(EvidenceKind.VIDEO);
        assertThat(m.fileName()).isEqualTo("执法记录仪.mp4");
        assertThat(m.capturedAt()).isEqualTo(Instant.parse("2026-11-20T01:30:00Z"));
        assertThat(m.facts()).containsEntry("deviceSerial", "ZFJLY-0042").doesNotContainKey("place");
    }

    @Test
    void aNewUploadNamesKindAndRecordAndDefaultsTheOfficerAndTheCaptureTimeToWhoSignedInAndNow() {
        Instant now = Instant.parse("2026-12-01T08:00:00.123456Z");
        EvidenceMetadata m = EvidenceMetadata.fromUpload("kind " + b64("photo") + ",caseRef " + b64("衡市监检〔2026〕7号"),
                "李勇", now);

        assertThat(m.officer()).isEqualTo("李勇");
        assertThat(m.capturedAt()).isEqualTo(now);
        assertThat(EvidenceMetadata.fromTus(m.toTus())).isEqualTo(m);
        assertThat(EvidenceMetadata.fromUpload("kind " + b64("photo") + ",caseRef " + b64("X") + ",officer "
                + b64("张三") + ",capturedAt " + b64("2026-11-20T09:30"), "李勇", now).officer()).isEqualTo("张三");
        assertThatThrownBy(() -> EvidenceMetadata.fromUpload("filename " + b64("a.jpg"), "李勇", now))
                .isInstanceOfSatisfying(EvidenceMetadata.InvalidMetadata.class,
                        e -> assertThat(e.fields()).containsExactly("kind", "caseRef"));
    }

    @Test
    void anUploadMustSayWhatKindOfEvidenceItIs() {
        assertThatThrownBy(() -> EvidenceMetadata.fromTus("filename " + b64("a.mp4")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("kind");
        assertThatThrownBy(() -> EvidenceMetadata.fromTus("kind " + b64("hologram")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvidenceMetadata.fromTus("kind " + b64("video") + ",capturedAt " + b64("yesterday")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("capturedAt");
    }
}
