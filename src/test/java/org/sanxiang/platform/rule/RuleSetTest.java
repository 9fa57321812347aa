package org.sanxiang.platform.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.RuleViolationException;

/** A command applies its rules and is refused with every refusal, not only the first. */
class RuleSetTest {

    record Hearing(int daysSinceNotice, boolean requested) {
    }

    final LegalRule<Hearing> withinFiveDays = new LegalRule<>("hearing-request-within-five-days",
            "行政处罚法 第六十四条", LegalRule.UNPROCESSABLE, "当事人在告知后五日内提出听证要求",
            "A hearing is requested within five days of the notice", "test.hearing") {
        @Override
        public Optional<Refusal> check(Hearing facts) {
            return facts.daysSinceNotice() <= 5 ? allowed() : refuse("已超过听证申请期限", "Too late for a hearing");
        }
    };
    final LegalRule<Hearing> requested = new LegalRule<>("hearing-requested", "行政处罚法 第六十四条",
            LegalRule.CONFLICT, "听证依当事人的要求举行", "A hearing is held at the party's request", "test.hearing") {
        @Override
        public Optional<Refusal> check(Hearing facts) {
            return facts.requested() ? allowed() : refuse("当事人未要求听证", "The party did not request a hearing");
        }
    };
    final RuleSet<Hearing> rules = RuleSet.of(List.of(withinFiveDays, requested));

    @Test
    void aCommandBrokenTwiceIsRefusedWithBothRefusalsTheFirstGivingItsType() {
        assertThatThrownBy(() -> rules.require(new Hearing(9, false)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.refusals()).extracting(Refusal::rule)
                            .containsExactly("hearing-request-within-five-days", "hearing-requested");
                    assertThat(e.type()).hasToString("urn:sanxiang:rule:hearing-request-within-five-days");
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.zh()).isEqualTo("已超过听证申请期限（依据：行政处罚法 第六十四条；规则 hearing-request-within-five-days）；"
                            + "当事人未要求听证（依据：行政处罚法 第六十四条；规则 hearing-requested）");
                });
    }

    @Test
    void whatTheRulesAllowIsNotRefused() {
        assertThat(rules.refusals(new Hearing(2, true))).isEmpty();
        rules.require(new Hearing(2, true));
        assertThat(rules.refusals(new Hearing(2, false))).extracting(Refusal::rule).containsExactly("hearing-requested");
    }

    @Test
    void theCatalogueGivesACommandTheRulesThatNameIt() {
        RuleCatalogue catalogue = new RuleCatalogue(List.of(requested, withinFiveDays));
        assertThat(catalogue.ruleSet("test.hearing", Hearing.class).rules()).containsExactly(withinFiveDays,
                requested);
        assertThat(catalogue.ruleSet("test.other", Hearing.class).rules()).isEmpty();
    }
}
