package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 国市监法发〔2021〕42号 (文书的适用环节): each document belongs to a point of the procedure (a decision after the
 * decision is made, a record of the step it records); it is made only in a case that has reached it.
 */
@Component
public class DocumentAtItsStep extends LegalRule<DocumentIssue> {

    public DocumentAtItsStep() {
        super("document-at-its-step", "《市场监督管理行政处罚文书格式范本（2021年修订版）》 使用说明", CONFLICT,
                "文书在其所属的办案环节制作", "A document is made at the point of the procedure it belongs to",
                DocumentIssue.DRAFT, DocumentIssue.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentIssue facts) {
        return facts.template().availableFor(facts.kase().procedure(), facts.kase().facts()) ? allowed()
                : refuse("本案尚未到制作《" + facts.template().title().zh() + "》的环节",
                        "The case has not reached the point of a " + facts.template().title().en());
    }
}
