package org.sanxiang.evidence.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.evidence.EvidenceKind;

class EvidenceContentMatchesKindTest {

    final EvidenceContentMatchesKind rule = new EvidenceContentMatchesKind();

    @Test
    void aPdfFiledAsTheFootageOfAnInspectionIsRefused() {
        assertThat(rule.check(new UploadedContent(EvidenceKind.VIDEO, "application/pdf"))).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.messages().zh()).startsWith("文件内容是 application/pdf，与所填类别“录像”不符")
                    .endsWith("；规则 evidence-content-matches-kind）");
        });
        assertThat(rule.check(new UploadedContent(EvidenceKind.PHOTO, "video/mp4"))).isPresent();
        assertThat(rule.check(new UploadedContent(EvidenceKind.AUDIO, "image/jpeg"))).isPresent();
    }

    @Test
    void aProgramIsNeverEvidenceWhateverKindItClaims() {
        for (EvidenceKind kind : EvidenceKind.values()) {
            assertThat(rule.check(new UploadedContent(kind, "application/vnd.microsoft.portable-executable")))
                    .as(kind.name()).hasValueSatisfying(r -> assertThat(r.messages().zh()).contains("可执行程序"));
        }
    }

    @Test
    void contentOfItsKindIsAcceptedAndAScanMayBeAPdfAnImageOrAnOfficeFile() {
        assertThat(rule.check(new UploadedContent(EvidenceKind.VIDEO, "video/mp4"))).isEmpty();
        assertThat(rule.check(new UploadedContent(EvidenceKind.AUDIO, "audio/amr"))).isEmpty();
        assertThat(rule.check(new UploadedContent(EvidenceKind.PHOTO, "image/heic"))).isEmpty();
        for (String scan : new String[] {"application/pdf", "image/tiff", "application/zip"}) {
            assertThat(rule.check(new UploadedContent(EvidenceKind.DOCUMENT, scan))).as(scan).isEmpty();
        }
    }

    /** A body camera's own container (e.g. .dav) is no known signature; refusing it would lose the recording. */
    @Test
    void contentNoSignatureRecognisesIsAcceptedAsAVendorsOwnFormat() {
        for (EvidenceKind kind : EvidenceKind.values()) {
            assertThat(rule.check(new UploadedContent(kind, "application/octet-stream"))).as(kind.name()).isEmpty();
        }
    }
}
