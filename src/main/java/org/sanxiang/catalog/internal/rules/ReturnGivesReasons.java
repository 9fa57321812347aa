package org.sanxiang.catalog.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** 存在问题的书面审核意见: a reviewer who returns a version says in writing what is wrong with it. */
@Component
public class ReturnGivesReasons extends LegalRule<VersionStep> {

    public ReturnGivesReasons() {
        super("return-gives-reasons", "许昌市商务局实施方案（seed 002）三（三）3：提出存在问题的书面审核意见",
                UNPROCESSABLE, "退回修改须写明存在的问题", "A version is returned with the problems written down",
                VersionStep.RETURN);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        return facts.hasReason() ? allowed() : refuse("请写明退回的理由", "Write down why it is returned");
    }
}
