package org.sanxiang.casework.internal.rules;

import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第三十四条: discretion follows the published benchmark. The investigation report names a violation of
 * the agency's 违法行为与行政处罚裁量基准 in force, and one of its circumstance bands.
 */
@Component
public class ViolationInBenchmarkList extends LegalRule<CaseStep> {

    public ViolationInBenchmarkList() {
        super("violation-in-benchmark-list", "行政处罚法 第三十四条", UNPROCESSABLE,
                "调查终结报告适用本机关公布施行的裁量基准中的违法行为及其情节档次",
                "The report names a violation of the agency's published benchmark list and one of its bands",
                CaseCommands.of("conclude-investigation"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        String code = facts.input().text("violation").orElse("");
        if (code.isEmpty()) {
            return allowed(); // the record's schema asks for it
        }
        if (!facts.input().has("violationName")) {
            return refuse("本机关公布施行的裁量基准中没有编码为“" + code + "”的违法行为",
                    "The agency's benchmark list in force has no violation " + code);
        }
        return facts.input().has("bandText") ? allowed()
                : refuse("违法行为“" + facts.input().text("violationName").orElse(code) + "”的裁量基准没有所选情节档次，"
                        + "或未填写计算倍数所需的货值金额、违法所得", "The violation has no such band, or its base amount is missing");
    }
}
