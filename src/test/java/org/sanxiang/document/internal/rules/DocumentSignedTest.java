package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.document.internal.template.DocumentTemplate.Signer;
import org.sanxiang.platform.rule.Refusal;

/** {@link DocumentSigned}, after its sentence of the law. */
class DocumentSignedTest {

    @Test
    void aRecordIsSignedByThePartyOrItsRefusalWitnessedAndByTwoOfficers() {
        DocumentSigned rule = new DocumentSigned();
        assertThat(rule.check(Issues.of("on-site-record").signedBy(Signer.OFFICERS).signedBy(Signer.OFFICERS).build()))
                .hasValueSatisfying(r -> assertThat(r.messages().zh()).contains("当事人"));
        assertThat(rule.check(Issues.of("on-site-record").signedBy(Signer.PARTY).signedBy(Signer.OFFICERS).build()))
                .hasValueSatisfying(r -> assertThat(r.messages().zh()).contains("两名"));
        assertThat(rule.check(Issues.of("on-site-record").signedBy(Signer.PARTY).signedBy(Signer.OFFICERS)
                .signedBy(Signer.OFFICERS).build())).isEmpty();
        assertThat(rule.check(Issues.decision().build())).isEmpty();
    }
}
