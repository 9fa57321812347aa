package org.sanxiang.catalog.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sanxiang.catalog.internal.item.Citation;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * What an agency does, it does on a published basis (行政处罚法 第三十九条: 实施机关、立案依据…应当公示): every item
 * cites at least one provision in each of its basis fields, each with its law, article and text, so a citizen
 * reads what the law says.
 */
@Component
public class LegalBasisCited extends LegalRule<VersionStep> {

    public LegalBasisCited() {
        super("legal-basis-cited", "行政处罚法 第三十九条；国办发〔2018〕118号（事前公开执法依据）", UNPROCESSABLE,
                "每个清单事项须列明法律依据：法律名称、条款和条文内容",
                "Every list item cites its legal basis: the law, the article and its text", VersionStep.EDIT,
                VersionStep.SUBMIT);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        List<String> missing = new ArrayList<>();
        for (String field : facts.content().list().basisFields()) {
            List<Citation> citations = facts.content().citations(field);
            if (citations.isEmpty() || citations.stream().anyMatch(c -> c.law() == null || c.article() == null
                    || c.text() == null)) {
                missing.add(field);
            }
        }
        return missing.isEmpty() ? allowed()
                : refuse("依据（" + String.join("、", missing) + "）须列明法律名称、条款和条文内容",
                        "The basis (" + String.join(", ", missing) + ") needs the law, the article and its text");
    }
}
