package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;

/** {@link DocumentAtItsStep}, after its sentence of the law. */
class DocumentAtItsStepTest {

    @Test
    void aDocumentIsMadeOnlyOnceTheCaseReachedItsStep() {
        assertThat(new DocumentAtItsStep().check(Issues.decision().inCase(CaseSteps.step("decide")
                .in("NOTIFIED")).build())).isPresent();
        assertThat(new DocumentAtItsStep().check(Issues.decision().inCase(CaseSteps.step("serve-decision")
                .in("DECIDED").taken("decide", CaseSteps.TODAY, "outcome", "PENALTY").fact("outcome", "PENALTY"))
                .build())).isEmpty();
        assertThat(new DocumentAtItsStep().check(Issues.decision().inCase(CaseSteps.step("serve-decision")
                .in("DECIDED").taken("decide", CaseSteps.TODAY, "outcome", "NO_PENALTY").fact("outcome", "NO_PENALTY"))
                .build())).isPresent();
    }
}
