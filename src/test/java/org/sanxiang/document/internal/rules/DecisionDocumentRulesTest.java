package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.document.internal.template.DocumentTemplate.Signer;
import org.sanxiang.platform.rule.Refusal;

/** The rules a decision document and a signed record are issued under, each after its sentence of the law. */
class DecisionDocumentRulesTest {

    @Test
    void aDecisionWithEveryPartIsIssued() {
        DocumentIssue issue = Issues.decision().build();
        assertThat(new DocumentFieldsComplete().check(issue)).isEmpty();
        assertThat(new DecisionGivesReasons().check(issue)).isEmpty();
        assertThat(new DecisionAnswersDefence().check(issue)).isEmpty();
        assertThat(new DecisionNamesRemedies().check(issue)).isEmpty();
        assertThat(new DecisionStatesPayment().check(issue)).isEmpty();
        assertThat(new DecisionNotesPublication().check(issue)).isEmpty();
        assertThat(new DecisionCitesBenchmark().check(issue)).isEmpty();
    }

    @Test
    void aDecisionExplainsWhyItAcceptsTheEvidenceChoosesTheBasisAndThePenalty() {
        Optional<Refusal> refused = new DecisionGivesReasons().check(Issues.decision().without("evidenceReasons")
                .field("discretionReasons", "  ").build());
        assertThat(refused).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo("decision-gives-reasons");
            assertThat(r.messages().zh()).contains("证据采信理由", "裁量理由").doesNotContain("依据选择理由");
        });
    }

    @Test
    void afterAStatementTheDecisionAnswersEachOfItsPoints() {
        CaseSteps stated = CaseSteps.step("serve-decision").in("DECIDED")
                .fact("statement", "一、过期食品是供应商送错的。\n二、已经全部下架。");
        assertThat(new DecisionAnswersDefence().check(Issues.decision().inCase(stated).build()))
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("decision-answers-defence"));
        assertThat(new DecisionAnswersDefence().check(Issues.decision().inCase(stated)
                .field("defenceAnswers", "对第一点，进货查验是当事人的义务，不予采纳。").build()))
                .hasValueSatisfying(r -> assertThat(r.messages().zh()).contains("2 点"));
        assertThat(new DecisionAnswersDefence().check(Issues.decision().inCase(stated)
                .field("defenceAnswers", "对第一点，不予采纳。\n对第二点，已作为从轻情节考虑。").build())).isEmpty();
    }

    @Test
    void afterAHearingTheDecisionAnswersTheHearing() {
        CaseSteps heard = CaseSteps.step("serve-decision").in("DECIDED")
                .taken("hold-hearing", CaseSteps.TODAY, "record", "听证", "report", "报告");
        assertThat(new DecisionAnswersDefence().check(Issues.decision().inCase(heard).build())).isPresent();
    }

    @Test
    void aDecisionNamesTheReviewBodyAndTheCourt() {
        assertThat(new DecisionNamesRemedies().check(Issues.decision().without("court").build()))
                .hasValueSatisfying(r -> assertThat(r.legalBasis()).contains("第五十九条"));
    }

    @Test
    void aFineDecisionSaysHowTheFineIsPaid() {
        assertThat(new DecisionStatesPayment().check(Issues.decision().without("payment").build())).isPresent();
        assertThat(new DecisionStatesPayment().check(Issues.decision().without("payment").without("fine")
                .field("penalty", "警告").build())).isEmpty();
    }

    @Test
    void aPenaltyDecisionTellsThePartyItWillBePublished() {
        assertThat(new DecisionNotesPublication().check(Issues.decision().without("publication").build()))
                .hasValueSatisfying(r -> assertThat(r.legalBasis()).contains("行政处罚信息公示规定"));
    }

    @Test
    void aDecisionInACaseOfABenchmarkViolationNamesTheBandApplied() {
        CaseSteps named = CaseSteps.step("serve-decision").in("DECIDED").fact("violation", "SC-001");
        assertThat(new DecisionCitesBenchmark().check(Issues.decision().inCase(named).without("benchmark").build()))
                .isPresent();
        assertThat(new DecisionCitesBenchmark().check(Issues.decision().without("benchmark").build())).isEmpty();
    }

    @Test
    void anEmptyRequiredItemIsNamed() {
        assertThat(new DocumentFieldsComplete().check(Issues.decision().without("facts").build()))
                .hasValueSatisfying(r -> assertThat(r.messages().zh()).contains("违法事实"));
    }

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
