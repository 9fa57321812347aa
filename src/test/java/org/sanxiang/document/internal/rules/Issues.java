package org.sanxiang.document.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.casework.CaseFile;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.PartyKind;
import org.sanxiang.document.internal.template.DocumentTemplate.Signer;
import org.sanxiang.document.internal.template.DocumentTemplates;

/**
 * A document asked to be issued, for the document rules' tests: unless changed, a 行政处罚决定书 with every part
 * written, in a case whose steps are those {@link #kase} takes.
 */
final class Issues {

    private final String template;
    private final Map<String, String> fields = new HashMap<>();
    private CaseSteps kase = CaseSteps.step("serve-decision").in("DECIDED");
    private final List<Signer> signed = new ArrayList<>();
    private long officers;

    private Issues(String template) {
        this.template = template;
    }

    /** A 行政处罚决定书 with all its parts. */
    static Issues decision() {
        Issues issue = new Issues("penalty-decision");
        issue.fields.putAll(Map.of("partyName", "张三", "partyNumber", "430405199001011234", "partyAddress", "衡阳市",
                "course", "2026年3月1日立案。", "facts", "销售过期食品。", "evidence", "现场笔录。",
                "evidenceReasons", "现场笔录经当事人签名确认。", "violatedProvision", "《食品安全法》第三十四条第十项",
                "basisReasons", "当事人销售超过保质期的食品。", "discretionReasons", "初次违法，从轻。"));
        issue.fields.putAll(Map.of("penaltyProvision", "《食品安全法》第一百二十四条", "penalty", "罚款",
                "fine", "5000", "payment", "至衡阳市财政非税收入专户缴纳。", "reviewBody", "衡阳市人民政府",
                "court", "衡阳市石鼓区人民法院", "publication", "本决定将依法公示。", "benchmark", "一般档次"));
        return issue;
    }

    static Issues of(String template) {
        return new Issues(template);
    }

    Issues field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    Issues without(String name) {
        fields.remove(name);
        return this;
    }

    Issues inCase(CaseSteps kase) {
        this.kase = kase;
        return this;
    }

    Issues signedBy(Signer role) {
        signed.add(role);
        if (role == Signer.OFFICERS) {
            officers++;
        }
        return this;
    }

    DocumentIssue build() {
        var facts = kase.build().kase();
        CaseFile file = new CaseFile(1, "衡市监立〔2026〕1号", kase.build().procedure(), "DECIDED", 7, "衡阳市市场监督管理局",
                "market", "销售过期食品", CaseSteps.TODAY, facts, Map.of(), new CaseFile.Party(1L,
                        PartyKind.NATURAL_PERSON, "张三", "430405199001011234", null, "衡阳市", null, null, null, false,
                        null), List.of());
        return new DocumentIssue(DocumentTemplates.of(template).orElseThrow(), Map.copyOf(fields), file,
                List.copyOf(signed), officers);
    }
}
