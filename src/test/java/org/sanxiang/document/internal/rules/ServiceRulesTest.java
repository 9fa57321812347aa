package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.document.internal.ServiceMethod;

/** The rules a service is recorded under (行政处罚法 第六十一条 and the 民事诉讼法 it refers to). */
class ServiceRulesTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static DocumentServe serve(ServiceMethod method, LocalDate on, String receiver, String witness, boolean receipt,
            boolean consent) {
        return new DocumentServe(true, method, ISSUED, on, TODAY, receiver, witness, receipt, consent);
    }

    @Test
    void onlyAnIssuedDocumentInForceIsServedBetweenItsIssueAndToday() {
        ServedAfterIssue rule = new ServedAfterIssue();
        assertThat(rule.check(new DocumentServe(false, ServiceMethod.DIRECT, ISSUED, TODAY, TODAY, "张三", null, true,
                false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.DIRECT, ISSUED.minusDays(1), "张三", null, true, false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.DIRECT, TODAY.plusDays(1), "张三", null, true, false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.DIRECT, TODAY, "张三", null, true, false))).isEmpty();
    }

    @Test
    void aDocumentLeftAtTheAddressHasAWitnessOrAPhoto() {
        LeftServiceWitnessed rule = new LeftServiceWitnessed();
        assertThat(rule.check(serve(ServiceMethod.LEFT, TODAY, null, null, false, false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.LEFT, TODAY, null, "村委会李四", false, false))).isEmpty();
        assertThat(rule.check(serve(ServiceMethod.LEFT, TODAY, null, null, true, false))).isEmpty();
    }

    @Test
    void serviceInPersonOrByPostKeepsTheSignedReceipt() {
        ServiceReceiptKept rule = new ServiceReceiptKept();
        assertThat(rule.check(serve(ServiceMethod.DIRECT, TODAY, "张三", null, false, false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.POSTAL, TODAY, null, null, true, false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.POSTAL, TODAY, "张三", null, true, false))).isEmpty();
        assertThat(rule.check(serve(ServiceMethod.PUBLIC_NOTICE, TODAY, null, null, false, false))).isEmpty();
    }

    @Test
    void electronicServiceNeedsThePartysWrittenConsent() {
        ElectronicServiceConsented rule = new ElectronicServiceConsented();
        assertThat(rule.check(serve(ServiceMethod.ELECTRONIC, TODAY, null, null, false, false)))
                .hasValueSatisfying(r -> assertThat(r.legalBasis()).contains("第六十一条第二款"));
        assertThat(rule.check(serve(ServiceMethod.ELECTRONIC, TODAY, null, null, false, true))).isEmpty();
    }
}
