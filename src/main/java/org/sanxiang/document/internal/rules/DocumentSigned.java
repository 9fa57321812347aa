package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.document.internal.template.DocumentTemplate.Signer;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 《市场监督管理行政处罚程序规定》 第二十五条、第二十八条 (records signed by the party; a refusal noted, with a witness) and 行政处罚法 第四十二条 (two
 * officers or more).
 */
@Component
public class DocumentSigned extends LegalRule<DocumentIssue> {

    public DocumentSigned() {
        super("document-signed", "行政处罚法 第四十二条、第五十五条；《市场监督管理行政处罚程序规定》 第二十五条、第二十八条", CONFLICT,
                "笔录由当事人签名（拒绝签名的由执法人员注明并由见证人签名），并由两名以上执法人员签名",
                "A record is signed by the party (or her refusal noted with a witness) and by two or more officers",
                DocumentIssue.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentIssue facts) {
        var signers = facts.template().signers();
        if (signers.contains(Signer.PARTY)
                && !facts.signed().contains(Signer.PARTY)) {
            return refuse("当事人尚未签名，或未记录其拒绝签名及见证人", "The party has not signed, nor a refusal been witnessed");
        }
        return signers.contains(Signer.OFFICERS)
                && facts.officerSignatures() < 2 ? refuse("须有两名以上执法人员签名，现有 " + facts.officerSignatures() + " 名",
                        "Two or more officers sign; " + facts.officerSignatures() + " have") : allowed();
    }
}
