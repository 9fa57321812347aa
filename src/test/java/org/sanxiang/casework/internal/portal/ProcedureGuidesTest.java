package org.sanxiang.casework.internal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.RuleCatalogue;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What the public reads of a procedure is the state machine with the rules the catalogue applies to its steps. */
class ProcedureGuidesTest {

    /** A rule another module plugs into the decision step by naming it (as the legal review does). */
    static final class ReviewedBeforeDecision extends LegalRule<CaseStep> {
        ReviewedBeforeDecision() {
            super("reviewed-before-decision", "行政处罚法 第五十八条", CONFLICT, "未经法制审核不得作出决定",
                    "No decision before the legal review", CaseStep.command("decide"));
        }

        @Override
        public Optional<Refusal> check(CaseStep facts) {
            return allowed();
        }
    }

    static ProcedureGuides guides() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/casework", "i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        return new ProcedureGuides(new org.sanxiang.casework.internal.rules.CaseRules(new RuleCatalogue(
                List.of(new ReviewedBeforeDecision()))), messages);
    }

    @Test
    void aRuleNamingAStepIsListedWithThatStepOnThePortalAndInTheFlowchart() {
        ProcedureGuides guides = guides();
        ProcedureGuide guide = guides.guide(Procedure.GENERAL_PENALTY);
        ProcedureGuide.Step decide = guide.transitions().stream().filter(s -> s.name().equals("decide")).findFirst()
                .orElseThrow();
        assertThat(decide.rules()).extracting(ProcedureGuide.Guard::name).containsExactly("reviewed-before-decision");
        assertThat(decide.rules().get(0).legalBasis()).isEqualTo("行政处罚法 第五十八条");
        assertThat(guide.transitions()).filteredOn(s -> !s.name().equals("decide"))
                .allSatisfy(s -> assertThat(s.rules()).isEmpty());
        assertThat(guides.flowchart(Procedure.GENERAL_PENALTY)).contains("规则：reviewed-before-decision");
    }

    @Test
    void eachStepIsListedFromTheStatesItMayBeTakenInInTheOrderOfTheLawWithItsNumberInTheFlowchart() {
        ProcedureGuide guide = guides().guide(Procedure.GENERAL_PENALTY);
        ProcedureGuide.Step recusal = guide.transitions().stream().filter(s -> s.name().equals("declare-recusal"))
                .findFirst().orElseThrow();
        assertThat(recusal.from()).containsExactly("FILING_PROPOSED", "INVESTIGATION", "INVESTIGATED", "NOTIFIED",
                "HEARING_REQUESTED");
        assertThat(recusal.stays()).isTrue();
        assertThat(recusal.to()).isNull();
        assertThat(recusal.number()).isEqualTo(Procedures.of(Procedure.GENERAL_PENALTY).transitions().stream()
                .map(t -> t.name()).toList().indexOf("declare-recusal") + 1);
    }

    @Test
    void theLawCitedForAStepIsThatOfAStepTheProcedureHas() {
        // StepLaw refuses, when it loads, to cite the law of a step its procedure does not have
        assertThat(StepLaw.of(Procedure.GENERAL_PENALTY, "register-preservation")).get()
                .satisfies(law -> assertThat(law.basis()).contains("第五十六条"))
                .satisfies(law -> assertThat(law.limit().zh()).contains("七个工作日"));
        assertThat(StepLaw.of(Procedure.SUMMARY_PENALTY, "register-preservation")).isEmpty();
    }
}
