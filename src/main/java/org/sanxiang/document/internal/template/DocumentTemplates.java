package org.sanxiang.document.internal.template;

import static org.sanxiang.casework.Procedure.COERCIVE_MEASURE;
import static org.sanxiang.casework.Procedure.GENERAL_PENALTY;
import static org.sanxiang.casework.Procedure.INSPECTION;
import static org.sanxiang.document.internal.template.DocField.Kind.DATE;
import static org.sanxiang.document.internal.template.DocField.Kind.LONG_TEXT;
import static org.sanxiang.document.internal.template.DocField.Kind.TEXT;
import static org.sanxiang.document.internal.template.DocField.optional;
import static org.sanxiang.document.internal.template.DocField.required;
import static org.sanxiang.document.internal.template.DocumentTemplate.Signer.OFFICERS;
import static org.sanxiang.document.internal.template.DocumentTemplate.Signer.PARTY;
import static org.sanxiang.document.internal.template.DocumentTemplate.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents the casework procedures produce, after the national set (《市场监督管理行政处罚文书格式范本（2021年修订版）》
 * 国市监法发〔2021〕42号; the number after each title is its number in that set). Each one's body is
 * {@code src/main/resources/document/templates/<code>.html}.
 */
public final class DocumentTemplates {

    /** 行政处罚法 第六十一条 and 民事诉讼法 第八十七条: the step's service fields, from the service recorded. */
    private static final Map<String, String> DECISION_SERVICE = Map.of("servedOn", "service.servedOn",
            "method", "service.method", "consentSigned", "service.consent");

    private static final Map<String, DocumentTemplate> ALL = new LinkedHashMap<>();

    static {
        add(template("on-site-record", "现场笔录", "On-site record", 9).in(GENERAL_PENALTY, INSPECTION, COERCIVE_MEASURE)
                .after("record-inspection", "record-findings", "apply-measure", "apply-emergency")
                .signedBy(PARTY, OFFICERS).fields(
                        required("place", TEXT, "检查地点", "Place").from("fact:place"),
                        required("officers", TEXT, "执法人员及执法证号", "Officers and credentials").from("officers"),
                        required("present", TEXT, "当事人或者现场负责人", "Party or person in charge present")
                                .from("party.representative"),
                        required("findings", LONG_TEXT, "现场情况", "What was found").from("fact:findings"),
                        optional("witness", TEXT, "见证人", "Witness").from("fact:witness")));

        // 行政处罚法 第五十九条 (contents), 第六十七条 (payment), 第七十二条 (surcharge); 118号 and the seeds (说理);
        // 《市场监督管理行政处罚信息公示规定》 第八条 (publication notice)
        add(template("penalty-decision", "行政处罚决定书", "Penalty decision", 45).numbered("处罚").in(GENERAL_PENALTY)
                .after("decide").when("outcome", "PENALTY")
                .serves("serve-decision", DECISION_SERVICE).fields(
                        required("partyName", TEXT, "当事人", "Party").from("party.name"),
                        required("partyNumber", TEXT, "统一社会信用代码或身份证件号码", "Credit code or ID number")
                                .from("party.number"),
                        optional("partyRepresentative", TEXT, "法定代表人（负责人、经营者）",
                                "Legal representative").from("party.representative"),
                        required("partyAddress", TEXT, "住所（住址）", "Address").from("party.address"),
                        required("course", LONG_TEXT, "案件来源及调查经过", "Source and course of the investigation")
                                .from("fact:summary"),
                        required("facts", LONG_TEXT, "违法事实", "Facts found").from("fact:findings"),
                        required("evidence", LONG_TEXT, "证据及证明事项", "Evidence and what it proves"),
                        required("evidenceReasons", LONG_TEXT, "证据采信理由", "Why the evidence is accepted"),
                        required("violatedProvision", TEXT, "违反的法律规定", "Provision violated"),
                        required("basisReasons", LONG_TEXT, "依据选择理由", "Why this legal basis"),
                        optional("benchmark", LONG_TEXT, "适用的裁量基准", "Discretion benchmark applied")
                                .from("fact:bandText"),
                        required("discretionReasons", LONG_TEXT, "裁量理由", "Reasons for the discretion")
                                .from("fact:bandReason"),
                        optional("defenceAnswers", LONG_TEXT, "对当事人陈述、申辩（听证）意见的采纳情况及理由",
                                "Answer to each point of the statement, defence or hearing").from("fact:recheck"),
                        required("penaltyProvision", TEXT, "处罚依据", "Legal basis of the penalty"),
                        required("penalty", LONG_TEXT, "处罚内容", "Penalty").from("fact:penalty"),
                        optional("fine", DocField.Kind.AMOUNT, "罚款金额（元）", "Fine (yuan)").from("fact:fine"),
                        optional("correction", LONG_TEXT, "责令改正", "Order to correct"),
                        optional("payment", LONG_TEXT, "缴纳方式和期限", "How and by when to pay")
                                .from("setting.payment"),
                        required("reviewBody", TEXT, "行政复议机关", "Body for administrative review")
                                .from("setting.reviewBody"),
                        required("court", TEXT, "人民法院", "Court").from("setting.court"),
                        required("publication", LONG_TEXT, "公示告知", "Notice of publication").from(
                                "text:本行政处罚决定将依照《市场监督管理行政处罚信息公示规定》第八条的规定，"
                                        + "通过国家企业信用信息公示系统向社会公示。")));

        add(template("service-receipt", "送达回证", "Proof of service", 50).in(GENERAL_PENALTY, COERCIVE_MEASURE)
                .signedBy(PARTY, OFFICERS).fields(
                        required("documents", LONG_TEXT, "送达文书名称及文号", "Documents served, with their numbers"),
                        required("receiver", TEXT, "受送达人", "Person served").from("party.serviceRecipient"),
                        required("address", TEXT, "送达地点", "Where served").from("party.serviceAddress"),
                        required("method", TEXT, "送达方式", "Method").from("text:直接送达"),
                        optional("note", LONG_TEXT, "备注", "Note")));
    }

    private DocumentTemplates() {
    }

    private static void add(DocumentTemplate.Builder template) {
        DocumentTemplate built = template.build();
        ALL.put(built.code(), built);
    }

    public static List<DocumentTemplate> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<DocumentTemplate> of(String code) {
        return Optional.ofNullable(ALL.get(code));
    }
}
