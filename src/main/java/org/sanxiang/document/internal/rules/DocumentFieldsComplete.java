package org.sanxiang.document.internal.rules;

import java.util.List;
import java.util.Optional;

import org.sanxiang.document.internal.template.DocField;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 国市监法发〔2021〕42号 (文书格式范本) and seed 003 (统一执法文书): a document is issued only with every item its standard
 * form requires filled in.
 */
@Component
public class DocumentFieldsComplete extends LegalRule<DocumentIssue> {

    public DocumentFieldsComplete() {
        super("document-fields-complete", "《市场监督管理行政处罚文书格式范本（2021年修订版）》", UNPROCESSABLE,
                "文书按格式范本的必填项填写完整后方可签发", "A document is issued only with every required item filled in",
                DocumentIssue.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentIssue facts) {
        List<String> missing = facts.template().fields().stream().filter(DocField::required)
                .filter(f -> !facts.has(f.name())).map(f -> f.label().zh()).toList();
        List<String> missingEn = facts.template().fields().stream().filter(DocField::required)
                .filter(f -> !facts.has(f.name())).map(f -> f.label().en()).toList();
        return missing.isEmpty() ? allowed()
                : refuse("请填写：" + String.join("、", missing), "Fill in: " + String.join(", ", missingEn));
    }
}
