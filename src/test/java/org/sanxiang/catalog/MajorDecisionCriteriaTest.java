package org.sanxiang.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.MajorDecisionCriteria.Criterion;
import org.sanxiang.catalog.MajorDecisionCriteria.Draft;

/** Each seed's kind of 重大执法决定 criterion, as the review applies it to a draft decision. */
class MajorDecisionCriteriaTest {

    private static Criterion criterion(Set<String> procedures, Set<String> outcomes, Set<String> penalties,
            String person, String organisation, boolean hearing, Set<String> flags) {
        return new Criterion("ZD", "标准", 1, "行政处罚法 第五十八条", procedures, outcomes, penalties,
                person == null ? null : new BigDecimal(person), organisation == null ? null : new BigDecimal(organisation),
                hearing, Set.of(), flags, "政策法规科");
    }

    private static Draft draft(String procedure, String outcome, String penalty, String amount, boolean person,
            boolean hearing, Set<String> flags) {
        return new Draft(procedure, outcome, penalty, amount == null ? null : new BigDecimal(amount), person, hearing,
                "市场监管", flags);
    }

    @Test
    void everyPenaltyCaseIsReviewedWhereTheListSaysSo() { // 002 许昌: 原则上行政处罚案件要每件必审
        Criterion every = criterion(Set.of(), Set.of("PENALTY"), Set.of(), null, null, false, Set.of());
        assertThat(every.metBy(draft("GENERAL_PENALTY", "PENALTY", "WARNING", null, true, false, Set.of()))).isTrue();
        assertThat(every.metBy(draft("GENERAL_PENALTY", "NO_PENALTY", null, null, true, false, Set.of()))).isFalse();
    }

    @Test
    void everyDecisionOutsideTheSummaryProcedureIsReviewed() { // 003 衡阳县
        Criterion outside = criterion(Set.of("GENERAL_PENALTY", "COERCIVE_MEASURE"), Set.of(), Set.of(), null, null,
                false, Set.of());
        assertThat(outside.metBy(draft("COERCIVE_MEASURE", "MEASURE", null, null, false, false, Set.of()))).isTrue();
        assertThat(outside.metBy(draft("SUMMARY_PENALTY", "PENALTY", "FINE", "200", true, false, Set.of()))).isFalse();
    }

    @Test
    void aLargeFineIsMajorFromTheThresholdOfThePartysKind() { // 004 邵阳, 001 泉州
        Criterion large = criterion(Set.of(), Set.of(), Set.of("FINE", "CONFISCATION"), "10000", "100000", false,
                Set.of());
        assertThat(large.metBy(draft("GENERAL_PENALTY", "PENALTY", "FINE", "10000", true, false, Set.of()))).isTrue();
        assertThat(large.metBy(draft("GENERAL_PENALTY", "PENALTY", "FINE", "10000", false, false, Set.of()))).isFalse();
        assertThat(large.metBy(draft("GENERAL_PENALTY", "PENALTY", "FINE", "100000", false, false, Set.of()))).isTrue();
        assertThat(large.metBy(draft("GENERAL_PENALTY", "PENALTY", "WARNING", "0", true, false, Set.of()))).isFalse();
    }

    @Test
    void aPenaltyAfterAHearingOrOfMajorImpactIsReviewed() { // 行政处罚法 第五十八条第一款（一）（二）（三）
        Criterion heard = criterion(Set.of(), Set.of("PENALTY"), Set.of(), null, null, true, Set.of());
        Criterion impact = criterion(Set.of(), Set.of(), Set.of(), null, null, false,
                Set.of("PUBLIC_INTEREST", "COMPLEX"));
        assertThat(heard.metBy(draft("GENERAL_PENALTY", "PENALTY", "FINE", "500", true, true, Set.of()))).isTrue();
        assertThat(heard.metBy(draft("GENERAL_PENALTY", "PENALTY", "FINE", "500", true, false, Set.of()))).isFalse();
        assertThat(impact.metBy(draft("GENERAL_PENALTY", "PENALTY", "FINE", "500", true, false, Set.of("COMPLEX"))))
                .isTrue();
        assertThat(impact.metBy(draft("GENERAL_PENALTY", "PENALTY", "FINE", "500", true, false, Set.of()))).isFalse();
    }

    @Test
    void eachDecisionTypeNamesItsOwnReviewUnit() { // 000 衡阳: 许可由行政审批科、其余由政策法规科审核
        Criterion licence = new Criterion("ZD-1", "吊销许可证件", 1, "", Set.of(), Set.of(), Set.of("LICENCE"), null,
                null, false, Set.of(), Set.of(), "行政审批科");
        Criterion rest = new Criterion("ZD-2", "其他处罚", 1, "", Set.of(), Set.of("PENALTY"), Set.of(), null, null,
                false, Set.of(), Set.of(), "政策法规科");
        MajorDecisionCriteria list = (agency, day) -> java.util.List.of(licence, rest);
        assertThat(list.matching(1, null, draft("GENERAL_PENALTY", "PENALTY", "LICENCE", null, false, false,
                Set.of()))).map(Criterion::reviewUnit).contains("行政审批科");
        assertThat(list.matching(1, null, draft("GENERAL_PENALTY", "PENALTY", "FINE", "10", false, false,
                Set.of()))).map(Criterion::reviewUnit).contains("政策法规科");
    }
}
