package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 国办发〔2018〕118号 (执法全过程记录: 可回溯、防删改): an issued document is never changed; a mistake in it is corrected by
 * a new version with its reason, and both stay on record.
 */
@Component
public class IssuedDocumentUnchanged extends LegalRule<DocumentChange> {

    public IssuedDocumentUnchanged() {
        super("issued-document-unchanged", "国办发〔2018〕118号 三（二）", CONFLICT,
                "已签发的文书不得修改，只能以新版本更正并说明理由",
                "An issued document never changes; it is corrected by a new version with its reason",
                DocumentChange.EDIT);
    }

    @Override
    public Optional<Refusal> check(DocumentChange facts) {
        return facts.draft() ? allowed() : refuse("文书已签发，不能修改；如有错误请更正（生成新版本）",
                "The document is issued: correct it with a new version instead");
    }
}
