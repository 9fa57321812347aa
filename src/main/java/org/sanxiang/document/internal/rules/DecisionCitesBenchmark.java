package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第三十四条 (裁量基准 published and applied) and 国市监法规〔2022〕2号: a decision whose case named a violation of the benchmark
 * list says which band it applies.
 */
@Component
public class DecisionCitesBenchmark extends LegalRule<DocumentIssue> {

    public DecisionCitesBenchmark() {
        super("decision-cites-benchmark", "行政处罚法 第三十四条；国市监法规〔2022〕2号", UNPROCESSABLE, "决定书写明所适用的裁量基准",
                "A decision names the discretion benchmark it applies", DocumentIssue.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentIssue facts) {
        boolean named = facts.kase().facts().data().has("violation");
        return !facts.is("penalty-decision") || !named || facts.has("benchmark") ? allowed()
                : refuse("案件已认定违法行为（裁量基准编码），请写明适用的裁量基准及档次",
                        "The case names a benchmark violation: state the benchmark and band applied");
    }
}
