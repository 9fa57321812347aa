package org.sanxiang.catalog.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * The lists follow the law as it changes (动态调整): an item the law no longer supports is repealed, and the
 * public is told why (a law repealed, a power transferred).
 */
@Component
public class RepealGivesReason extends LegalRule<VersionStep> {

    public RepealGivesReason() {
        super("repeal-gives-reason", "衡阳县实施方案（seed 003）二（一）2：根据法律、法规、规章的修改动态调整", UNPROCESSABLE,
                "废止清单事项须写明理由", "A list item is repealed with its reason", VersionStep.REPEAL);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        return facts.hasReason() ? allowed() : refuse("请写明废止的理由", "Write down why it is repealed");
    }
}
