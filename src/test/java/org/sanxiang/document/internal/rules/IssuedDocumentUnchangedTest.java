package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link IssuedDocumentUnchanged}: 国办发〔2018〕118号, a record that is issued is never changed, only corrected. */
class IssuedDocumentUnchangedTest {

    @Test
    void aDraftChangesAndAnIssuedDocumentDoesNot() {
        IssuedDocumentUnchanged rule = new IssuedDocumentUnchanged();
        assertThat(rule.check(new DocumentChange(true))).isEmpty();
        assertThat(rule.check(new DocumentChange(false))).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo("issued-document-unchanged");
            assertThat(r.status()).isEqualTo(409);
        });
    }
}
