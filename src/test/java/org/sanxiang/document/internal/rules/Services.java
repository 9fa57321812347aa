package org.sanxiang.document.internal.rules;

import java.time.LocalDate;

import org.sanxiang.document.internal.ServiceMethod;

/**
 * A service asked of a document issued on {@link #ISSUED}, today being {@link #TODAY}, for the service rules' tests.
 */
final class Services {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private Services() {
    }

    static DocumentServe serve(ServiceMethod method, LocalDate on, String receiver, String witness, boolean receipt,
            boolean consent) {
        return new DocumentServe(true, method, ISSUED, on, TODAY, receiver, witness, receipt, consent);
    }
}
