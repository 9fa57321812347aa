package org.sanxiang.casework.internal.rules;

import java.math.BigDecimal;
import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.StepValues;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第三十四条: the agency's published 裁量基准 binds its discretion. The proposed and the decided fine lie
 * within the range of the circumstance band chosen from the benchmark list (its range in yuan, or its multiple of
 * the goods' value or illegal gains with floor and cap, as the investigation report resolved it), unless a reason
 * for leaving it is recorded.
 */
@Component
public class FineWithinBand extends LegalRule<CaseStep> {

    public FineWithinBand() {
        super("fine-within-band", "行政处罚法 第三十四条；《市场监督管理行政处罚裁量权适用规定》", UNPROCESSABLE,
                "罚款数额在所选裁量档次的幅度内，超出的须记录理由",
                "The fine lies within the chosen benchmark band, or a reason for leaving it is recorded",
                CaseCommands.of("conclude-investigation", "decide"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        StepValues values = facts.facts();
        String amountField = "decide".equals(facts.transition()) ? "fine" : "proposedFine";
        Optional<BigDecimal> fine = facts.input().amount(amountField);
        Optional<BigDecimal> min = values.amount("bandMin");
        Optional<BigDecimal> max = values.amount("bandMax");
        if (fine.isEmpty() || min.isEmpty() || max.isEmpty() || values.has("bandReason")) {
            return allowed();
        }
        return fine.get().compareTo(min.get()) >= 0 && fine.get().compareTo(max.get()) <= 0 ? allowed()
                : refuse("罚款 " + fine.get().toPlainString() + " 元不在所选裁量档次（" + values.text("bandText").orElse("")
                        + "）的幅度 " + min.get().toPlainString() + "–" + max.get().toPlainString()
                        + " 元内；如确需超出，请在调查终结报告中写明理由", "The fine " + fine.get().toPlainString()
                        + " is outside the band " + min.get().toPlainString() + "-" + max.get().toPlainString()
                        + " yuan; record a reason to leave it");
    }
}
