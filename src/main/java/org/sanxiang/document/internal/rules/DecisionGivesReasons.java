package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 国办发〔2018〕118号 and seeds 000/001 (说理式执法文书): a decision explains, each in its own part, why it accepts its evidence,
 * why it applies the provision it applies and why it chose the penalty.
 */
@Component
public class DecisionGivesReasons extends LegalRule<DocumentIssue> {

    public DecisionGivesReasons() {
        super("decision-gives-reasons", "国办发〔2018〕118号 三（一）；seed 000、001（说理式执法文书）", UNPROCESSABLE,
                "决定书写明证据采信理由、依据选择理由和裁量理由",
                "A decision gives its reasons for the evidence, the legal basis and the discretion",
                DocumentIssue.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentIssue facts) {
        if (!facts.decision()) {
            return allowed();
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        missing(facts, "evidenceReasons", "证据采信理由", "evidence", zh, en);
        missing(facts, "basisReasons", "依据选择理由", "legal basis", zh, en);
        missing(facts, "discretionReasons", "裁量理由", "discretion", zh, en);
        return zh.isEmpty() ? allowed() : refuse("决定书缺少说理：" + zh, "The decision lacks its reasons for: " + en);
    }

    private static void missing(DocumentIssue facts, String field, String zh, String en, StringBuilder zhs,
            StringBuilder ens) {
        if (!facts.has(field)) {
            zhs.append(zhs.isEmpty() ? "" : "、").append(zh);
            ens.append(ens.isEmpty() ? "" : ", ").append(en);
        }
    }
}
