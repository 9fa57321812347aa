package org.sanxiang.catalog.internal.rules;

import java.util.List;
import java.util.Optional;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.MajorDecisionTerms;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.Text;
import org.springframework.stereotype.Component;

/**
 * 国办发〔2018〕118号 三（二）: each agency lists its major decisions by kind, amount and impact; a criterion the review
 * cannot apply (an unknown term, a negative amount, no condition at all) would let a major decision pass unreviewed.
 */
@Component
public class MajorDecisionCriterionStated extends LegalRule<VersionStep> {

    public MajorDecisionCriterionStated() {
        super("major-decision-criterion-stated", "国办发〔2018〕118号 三（二）", UNPROCESSABLE,
                "重大执法决定目录的每项标准须以可识别的条件写明（程序、决定类型、处罚种类、数额、听证、领域或情形）",
                "Each major-decision criterion states conditions the review can apply", VersionStep.EDIT,
                VersionStep.SUBMIT);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        if (facts.content().list() != CatalogList.MAJOR_DECISIONS) {
            return allowed();
        }
        List<Text> problems = MajorDecisionTerms.problems(facts.content());
        return problems.isEmpty() ? allowed()
                : refuse(String.join("；", problems.stream().map(Text::zh).toList()),
                        String.join("; ", problems.stream().map(Text::en).toList()));
    }
}
