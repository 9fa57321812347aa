package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DocumentFieldsComplete}, after its sentence of the law. */
class DocumentFieldsCompleteTest {

    @Test
    void anEmptyRequiredItemIsNamed() {
        assertThat(new DocumentFieldsComplete().check(Issues.decision().without("facts").build()))
                .hasValueSatisfying(r -> assertThat(r.messages().zh()).contains("违法事实"));
    }
}
