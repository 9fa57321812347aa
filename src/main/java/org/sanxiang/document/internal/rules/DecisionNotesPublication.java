package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** 《市场监督管理行政处罚信息公示规定》（2021）第八条: the decision document tells the party that the penalty will be made public. */
@Component
public class DecisionNotesPublication extends LegalRule<DocumentIssue> {

    public DecisionNotesPublication() {
        super("decision-notes-publication", "《市场监督管理行政处罚信息公示规定》 第八条", UNPROCESSABLE, "行政处罚决定书载明处罚决定将依法向社会公示",
                "A penalty decision tells the party it will be published", DocumentIssue.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentIssue facts) {
        return !facts.is("penalty-decision") || facts.has("publication") ? allowed()
                : refuse("请在决定书中告知当事人行政处罚信息将依法公示", "Tell the party the penalty will be published");
    }
}
