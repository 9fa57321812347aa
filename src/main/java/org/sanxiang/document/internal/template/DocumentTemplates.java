package org.sanxiang.document.internal.template;

import static org.sanxiang.casework.Procedure.COERCIVE_MEASURE;
import static org.sanxiang.casework.Procedure.GENERAL_PENALTY;
import static org.sanxiang.casework.Procedure.INSPECTION;
import static org.sanxiang.casework.Procedure.SUMMARY_PENALTY;
import static org.sanxiang.document.internal.template.DocField.Kind.AMOUNT;
import static org.sanxiang.document.internal.template.DocField.Kind.LONG_TEXT;
import static org.sanxiang.document.internal.template.DocField.Kind.TEXT;
import static org.sanxiang.document.internal.template.DocField.items;
import static org.sanxiang.document.internal.template.DocField.optional;
import static org.sanxiang.document.internal.template.DocField.required;
import static org.sanxiang.document.internal.template.DocumentTemplate.Signer.OFFICERS;
import static org.sanxiang.document.internal.template.DocumentTemplate.Signer.PARTY;
import static org.sanxiang.document.internal.template.DocumentTemplate.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.platform.rule.Text;

/**
 * The documents the casework procedures produce, after the national set (《市场监督管理行政处罚文书格式范本（2021年修订版）》
 * 国市监法发〔2021〕42号; the number after each title is its number in that set). Each one's body is
 * {@code src/main/resources/document/templates/<code>.html}.
 * <p>
 * Dates are {@code TEXT} fields: a fact's date comes as an official document writes it (2026年3月5日,
 * {@link DocumentContext#date}), which is what the form prints.
 */
public final class DocumentTemplates {

    /** 行政处罚法 第六十一条 and 民事诉讼法 第八十七条: the step's service fields, from the service recorded. */
    private static final Map<String, String> DECISION_SERVICE = Map.of("servedOn", "service.servedOn",
            "method", "service.method", "consentSigned", "service.consent");

    /** The columns of a 场所/设施/财物清单 (form 24) and of the items a notice or decision lists. */
    private static final Text[] ITEM_COLUMNS = {new Text("名称", "Name"), new Text("规格", "Specification"),
        new Text("数量", "Quantity"), new Text("备注", "Note")};

    private static final Map<String, DocumentTemplate> ALL = new LinkedHashMap<>();

    static {
        intake();
        investigation();
        coercion();
        notice();
        decision();
        execution();
        caseFile();
    }

    private DocumentTemplates() {
    }

    // forms 1 and 7: the clue and the decision to file the case or not
    private static void intake() {
        add(template("case-source", "案件来源登记表", "Case source register", 1).in(GENERAL_PENALTY)
                .after("register-clue").fields(
                        required("source", TEXT, "案件来源", "Source").from("fact:source"),
                        required("receivedOn", TEXT, "发现或收到线索日期", "Clue received on")
                                .from("fact:clueReceivedOn"),
                        optional("informant", TEXT, "投诉人、举报人或者移送机关", "Complainant or transferring body"),
                        optional("informantContact", TEXT, "联系方式", "Contact"),
                        optional("partyName", TEXT, "当事人", "Party").from("party.name"),
                        optional("partyAddress", TEXT, "住所（住址）", "Address").from("party.address"),
                        optional("partyPhone", TEXT, "联系电话", "Phone").from("party.phone"),
                        required("summary", LONG_TEXT, "主要内容", "What the clue says").from("fact:summary"),
                        required("registrar", TEXT, "登记人", "Registered by").from("officers"),
                        optional("opinion", LONG_TEXT, "处理意见", "Proposed handling")));

        // 《市场监督管理行政处罚程序规定》 第十九、二十条: filing, and not filing, are each approved on the form
        add(template("filing-approval", "立案审批表", "Filing approval", 7).in(GENERAL_PENALTY)
                .after("approve-filing").fields(
                        required("source", TEXT, "案件来源", "Source").from("fact:source"),
                        required("partyName", TEXT, "当事人", "Party").from("party.name"),
                        required("partyNumber", TEXT, "统一社会信用代码或身份证件号码", "Credit code or ID number")
                                .from("party.number"),
                        optional("partyRepresentative", TEXT, "法定代表人（负责人、经营者）", "Legal representative")
                                .from("party.representative"),
                        required("partyAddress", TEXT, "住所（住址）", "Address").from("party.address"),
                        required("actOn", TEXT, "违法行为发生日", "Day of the act").from("fact:actOn"),
                        required("facts", LONG_TEXT, "涉嫌违法事实", "Suspected facts").from("fact:facts"),
                        required("officers", TEXT, "承办人", "Officers handling it").from("officers"),
                        optional("opinion", LONG_TEXT, "审批意见", "Approval opinion").from("fact:opinion"),
                        required("filedOn", TEXT, "立案日期", "Filed on").from("fact:filedOn")));

        add(template("no-filing-approval", "不予立案审批表", "Decision not to file", 7).in(GENERAL_PENALTY)
                .after("decline-filing").fields(
                        required("source", TEXT, "案件来源", "Source").from("fact:source"),
                        optional("partyName", TEXT, "当事人", "Party").from("party.name"),
                        optional("partyAddress", TEXT, "住所（住址）", "Address").from("party.address"),
                        required("summary", LONG_TEXT, "线索内容", "What the clue says").from("fact:summary"),
                        required("ground", TEXT, "不予立案理由", "Ground").from("fact:ground"),
                        required("reasons", LONG_TEXT, "说明", "Explanation").from("fact:reasons"),
                        required("officers", TEXT, "承办人", "Officers handling it").from("officers")));
    }

    // forms 9–35: records and measures of the investigation, and its report
    private static void investigation() {
        add(template("on-site-record", "现场笔录", "On-site record", 9).in(GENERAL_PENALTY, INSPECTION, COERCIVE_MEASURE)
                .after("record-inspection", "record-findings", "apply-measure", "apply-emergency")
                .signedBy(PARTY, OFFICERS).fields(
                        required("place", TEXT, "检查地点", "Place").from("fact:place"),
                        required("officers", TEXT, "执法人员及执法证号", "Officers and credentials").from("officers"),
                        required("present", TEXT, "当事人或者现场负责人", "Party or person in charge present")
                                .from("party.representative"),
                        required("findings", LONG_TEXT, "现场情况", "What was found").from("fact:findings"),
                        optional("witness", TEXT, "见证人", "Witness").from("fact:witness")));

        // 行政处罚法 第五十五条: officers show their credentials; the inquiry is recorded and signed
        add(template("inquiry-record", "询问笔录", "Inquiry record", 14).in(GENERAL_PENALTY).after("record-inquiry")
                .signedBy(PARTY, OFFICERS).fields(
                        required("person", TEXT, "被询问人", "Person inquired").from("fact:person"),
                        optional("personNumber", TEXT, "身份证件号码", "ID number"),
                        optional("personRole", TEXT, "工作单位及职务（与当事人关系）", "Employer, post, relation to the party"),
                        optional("personPhone", TEXT, "联系电话", "Phone"),
                        required("time", TEXT, "询问时间", "Time").from("today"),
                        required("place", TEXT, "询问地点", "Place"),
                        required("officers", TEXT, "询问人及执法证号", "Officers inquiring").from("officers"),
                        optional("recorder", TEXT, "记录人", "Recorded by"),
                        required("content", LONG_TEXT, "询问内容（问：…… 答：……）", "Questions and answers")
                                .from("fact:content")));

        // 行政处罚法 第五十六条: preserved with the head's approval, decided within seven (working) days
        add(template("preservation-notice", "先行登记保存证据通知书", "Notice of evidence preserved", 19)
                .numbered("先保").in(GENERAL_PENALTY).after("register-preservation")
                .fields(partyFields()).fields(
                        required("facts", LONG_TEXT, "涉嫌违法行为", "Suspected violation").from("fact:facts"),
                        items("items", true, "先行登记保存的物品", "Items preserved", ITEM_COLUMNS).from("fact:items"),
                        required("keptAt", TEXT, "保存地点", "Kept at"),
                        required("keeper", TEXT, "保存方式及保管人", "How and by whom kept"),
                        required("preservedOn", TEXT, "先行登记保存日期", "Preserved on").from("fact:preservedOn")));

        add(template("preservation-release", "解除先行登记保存证据通知书", "Notice of preserved evidence released", 20)
                .numbered("解保").in(GENERAL_PENALTY).after("decide-preservation").when("handling", "RETURN")
                .fields(partyFields()).fields(
                        required("preservedOn", TEXT, "先行登记保存日期", "Preserved on").from("fact:preservedOn"),
                        required("preservationNumber", TEXT, "先行登记保存证据通知书文号", "Number of the notice"),
                        items("items", true, "解除先行登记保存的物品", "Items released", ITEM_COLUMNS).from("fact:items"),
                        required("releasedOn", TEXT, "解除日期", "Released on").from("fact:preservationDecidedOn")));

        add(template("item-list", "场所/设施/财物清单", "List of premises, facilities and goods", 24)
                .in(GENERAL_PENALTY, COERCIVE_MEASURE)
                .after("register-preservation", "approve-measure", "report-emergency").signedBy(PARTY, OFFICERS)
                .fields(
                        required("documentName", TEXT, "所附文书名称及文号", "Document it belongs to"),
                        optional("place", TEXT, "地点", "Place").from("fact:place"),
                        items("items", true, "场所、设施、财物", "Premises, facilities and goods", ITEM_COLUMNS)
                                .from("fact:items"),
                        optional("witness", TEXT, "见证人", "Witness").from("fact:witness")));

        add(template("sampling-record", "抽样记录", "Sampling record", 29).in(GENERAL_PENALTY, INSPECTION)
                .after("approve-filing", "start-inspection").signedBy(PARTY, OFFICERS).fields(
                        required("place", TEXT, "抽样地点", "Place").from("fact:place"),
                        required("sampledOn", TEXT, "抽样日期", "Sampled on").from("today"),
                        required("officers", TEXT, "抽样人员及执法证号", "Officers sampling").from("officers"),
                        required("method", TEXT, "抽样方法", "Sampling method"),
                        items("samples", true, "样品", "Samples", new Text("样品名称", "Sample"),
                                new Text("规格型号", "Model"), new Text("生产日期或批号", "Date or batch"),
                                new Text("抽样数量", "Quantity sampled"), new Text("抽样基数", "Lot size"),
                                new Text("备注", "Note")),
                        required("sealing", TEXT, "样品封存及保存方式", "How the samples are sealed and kept"),
                        optional("note", LONG_TEXT, "备注", "Note")));

        // 行政强制法 第二十五条第三款; 《市场监督管理行政处罚程序规定》: the period is told in writing and not counted
        add(template("testing-notice", "检测/检验/检疫/鉴定期间告知书", "Notice of the testing period", 31)
                .numbered("检告").in(GENERAL_PENALTY, COERCIVE_MEASURE).after("start-testing")
                .fields(partyFields()).fields(
                        required("object", LONG_TEXT, "检测、检验、检疫、鉴定的物品", "What is tested"),
                        required("institution", TEXT, "检测、检验、检疫、鉴定机构", "By").from("fact:institution"),
                        required("startsOn", TEXT, "期间起始日", "Period starts on").from("fact:testingStartedOn"),
                        required("endsOn", TEXT, "期间届满日", "Period ends on")));

        add(template("investigation-report", "案件调查终结报告", "Investigation report", 35).in(GENERAL_PENALTY)
                .after("conclude-investigation").fields(
                        required("course", LONG_TEXT, "案件来源及调查经过", "Source and course of the investigation")
                                .from("fact:summary"),
                        required("findings", LONG_TEXT, "违法事实", "Facts found").from("fact:findings"),
                        required("evidence", LONG_TEXT, "证据及证明事项", "Evidence and what it proves"),
                        required("violation", TEXT, "违法行为", "Violation").from("fact:violationName"),
                        required("circumstance", TEXT, "裁量情节", "Circumstance").from("fact:circumstance"),
                        optional("benchmark", LONG_TEXT, "适用的裁量基准", "Discretion benchmark").from("fact:bandText"),
                        optional("bandReason", LONG_TEXT, "超出裁量档次的理由", "Why outside the band")
                                .from("fact:bandReason"),
                        required("proposedPenalty", TEXT, "拟处罚种类", "Proposed penalty").from("fact:proposedPenalty"),
                        optional("proposedFine", AMOUNT, "拟罚款金额（元）", "Proposed fine (yuan)")
                                .from("fact:proposedFine"),
                        required("opinion", LONG_TEXT, "处理意见及依据", "Proposed handling and its basis"),
                        required("officers", TEXT, "承办人", "Officers handling it").from("officers")));
    }

    // forms 21–23: 行政强制法 第二十四至二十八条
    private static void coercion() {
        add(template("measure-decision", "实施行政强制措施决定书", "Decision on a coercive measure", 21).numbered("强制")
                .in(COERCIVE_MEASURE).after("approve-measure", "report-emergency").fields(partyFields()).fields(
                        required("reasons", LONG_TEXT, "理由和依据", "Reasons and basis").from("fact:reasons"),
                        required("basis", TEXT, "法律依据", "Legal provision"),
                        required("measure", TEXT, "强制措施", "Measure").from("fact:measure"),
                        required("place", TEXT, "场所、设施、财物所在地点", "Where").from("fact:place"),
                        items("items", true, "场所、设施、财物", "Premises, facilities and goods", ITEM_COLUMNS)
                                .from("fact:items"),
                        required("startsOn", TEXT, "期限起始日", "Starts on").from("fact:appliedOn"),
                        required("endsOn", TEXT, "期限届满日", "Ends on")).fields(remedyFields()));

        add(template("measure-extension", "延长行政强制措施期限决定书", "Decision extending a coercive measure", 22)
                .numbered("延强").in(COERCIVE_MEASURE).after("extend-measure").fields(partyFields()).fields(
                        required("decisionNumber", TEXT, "实施行政强制措施决定书文号", "Number of the decision"),
                        required("appliedOn", TEXT, "实施日期", "Applied on").from("fact:appliedOn"),
                        required("measure", TEXT, "强制措施", "Measure").from("fact:measure"),
                        required("reasons", LONG_TEXT, "延长理由", "Reasons").from("fact:reasons"),
                        required("days", TEXT, "延长天数", "Days").from("fact:days"),
                        required("endsOn", TEXT, "延长后的届满日", "Now ends on")).fields(remedyFields()));

        add(template("measure-release", "解除行政强制措施决定书", "Decision releasing a coercive measure", 23)
                .numbered("解强").in(COERCIVE_MEASURE).after("release-measure").fields(partyFields()).fields(
                        required("decisionNumber", TEXT, "实施行政强制措施决定书文号", "Number of the decision"),
                        required("appliedOn", TEXT, "实施日期", "Applied on").from("fact:appliedOn"),
                        required("measure", TEXT, "强制措施", "Measure").from("fact:measure"),
                        required("ground", TEXT, "解除情形", "Ground").from("fact:releaseGround"),
                        items("items", true, "解除的场所、设施、财物", "Premises, facilities and goods released",
                                ITEM_COLUMNS),
                        required("releasedOn", TEXT, "解除日期", "Released on").from("fact:releasedOn")));
    }

    // forms 36–42: review, notice, statement, hearing and discussion
    private static void notice() {
        add(template("case-review", "案件审核表", "Case review", 36).in(GENERAL_PENALTY).after("review-case").fields(
                required("facts", LONG_TEXT, "违法事实", "Facts found").from("fact:findings"),
                required("violation", TEXT, "违法行为", "Violation").from("fact:violationName"),
                required("proposedPenalty", TEXT, "拟处罚种类", "Proposed penalty").from("fact:proposedPenalty"),
                optional("proposedFine", AMOUNT, "拟罚款金额（元）", "Proposed fine (yuan)").from("fact:proposedFine"),
                required("officers", TEXT, "承办人", "Officers handling it").from("officers"),
                required("opinion", LONG_TEXT, "审核意见", "Review opinion").from("fact:opinion"),
                required("reviewer", TEXT, "审核人", "Reviewed by")));

        // 行政处罚法 第五十八条 and 118号 三: the legal review's written opinion on a major decision, on the set's
        // review form (36); the review module writes and issues it when the reviewer answers (CaseDocuments)
        add(template("legal-review", "法制审核意见书", "Legal review opinion", 36)
                .in(GENERAL_PENALTY, COERCIVE_MEASURE).generated().fields(
                        required("round", TEXT, "审核轮次", "Round"),
                        required("criterion", TEXT, "重大执法决定标准", "Criterion of the list"),
                        required("submittedBy", TEXT, "送审人", "Submitted by"),
                        required("submittedOn", TEXT, "送审日期", "Submitted on"),
                        required("statement", LONG_TEXT, "送审说明", "Statement of the case"),
                        required("materials", TEXT, "送审材料摘要（SHA-256）", "Materials digest (SHA-256)"),
                        required("checklist", LONG_TEXT, "审核事项", "Checklist"),
                        optional("consultations", LONG_TEXT, "咨询法律顾问、公职律师意见", "Advisers consulted"),
                        required("opinion", TEXT, "审核结论", "Conclusion"),
                        optional("text", LONG_TEXT, "审核意见", "Opinion"),
                        required("reviewer", TEXT, "审核人员", "Reviewed by"),
                        required("reviewedOn", TEXT, "审核日期", "Reviewed on")));

        // 行政处罚法 第四十四、四十五条 (statement and defence), 第六十三、六十四条 (hearing, asked within five
        // working days); the HearingThreshold rule refuses the service of a notice that omits a hearing due
        add(template("penalty-notice", "行政处罚告知书", "Notice of the proposed penalty", 37).numbered("告知")
                .in(GENERAL_PENALTY).after("review-case")
                .serves("serve-notice", Map.of("noticeServedOn", "service.servedOn", "noticeMethod",
                        "service.method", "consentSigned", "service.consent", "hearingRightNotified",
                        "field:hearingRight"))
                .fields(partyFields()).fields(
                        required("facts", LONG_TEXT, "违法事实", "Facts found").from("fact:findings"),
                        required("evidence", LONG_TEXT, "证据", "Evidence"),
                        required("violatedProvision", TEXT, "违反的法律规定", "Provision violated"),
                        required("penaltyProvision", TEXT, "处罚依据", "Legal basis of the penalty"),
                        required("proposedPenalty", LONG_TEXT, "拟作出的行政处罚", "Proposed penalty")
                                .from("fact:proposedPenalty"),
                        optional("proposedFine", AMOUNT, "拟罚款金额（元）", "Proposed fine (yuan)")
                                .from("fact:proposedFine"),
                        optional("hearingRight", TEXT, "告知听证权利（属于听证范围的填“是”，否则留空）",
                                "Hearing right (“是” where the penalty carries one, else empty)"),
                        required("contact", TEXT, "联系人及联系电话", "Contact and phone"),
                        required("agencyAddress", TEXT, "本机关地址", "Agency's address")));

        add(template("statement-record", "陈述申辩笔录", "Record of statement and defence", 38).in(GENERAL_PENALTY)
                .after("record-statement").signedBy(PARTY, OFFICERS).fields(
                        required("person", TEXT, "陈述申辩人", "Person stating").from("party.name"),
                        optional("agent", TEXT, "委托代理人", "Agent"),
                        required("time", TEXT, "时间", "Time").from("fact:statementOn"),
                        required("place", TEXT, "地点", "Place"),
                        required("officers", TEXT, "执法人员及执法证号", "Officers").from("officers"),
                        optional("recorder", TEXT, "记录人", "Recorded by"),
                        required("noticeNumber", TEXT, "行政处罚告知书文号", "Number of the notice"),
                        required("statement", LONG_TEXT, "陈述申辩内容", "Statement and defence")
                                .from("fact:statement")));

        // 行政处罚法 第六十四条: the notice is served seven days before the hearing; made once notify-hearing
        // recorded its day, place and presiding officer
        add(template("hearing-notice", "行政处罚听证通知书", "Hearing notice", 39).numbered("听告").in(GENERAL_PENALTY)
                .after("notify-hearing").fields(partyFields()).fields(
                        required("requestedOn", TEXT, "听证申请日期", "Requested on").from("fact:hearingRequestedOn"),
                        required("hearingOn", TEXT, "听证时间", "Hearing on").from("fact:hearingOn"),
                        required("hearingPlace", TEXT, "听证地点", "Place").from("fact:hearingPlace"),
                        required("presiding", TEXT, "听证主持人", "Presiding officer").from("fact:presiding"),
                        optional("members", TEXT, "听证员、记录员", "Members and clerk"),
                        required("publicity", TEXT, "公开或者不公开举行", "Public or not").from("text:公开"),
                        required("contact", TEXT, "联系人及联系电话", "Contact and phone")));

        add(template("hearing-record", "听证笔录", "Hearing record", 40).in(GENERAL_PENALTY).after("hold-hearing")
                .signedBy(PARTY, OFFICERS).fields(hearingFields()).fields(
                        required("attendees", TEXT, "当事人及其委托代理人", "Party and agents").from("party.name"),
                        required("investigators", TEXT, "案件调查人员", "Investigating officers").from("officers"),
                        optional("recorder", TEXT, "记录员", "Clerk"),
                        required("record", LONG_TEXT, "听证经过", "Course of the hearing").from("fact:record")));

        add(template("hearing-report", "听证报告", "Hearing report", 41).in(GENERAL_PENALTY).after("hold-hearing")
                .fields(hearingFields()).fields(
                        required("summary", LONG_TEXT, "听证基本情况及争议焦点", "The hearing and the points in dispute")
                                .from("fact:report"),
                        required("opinion", LONG_TEXT, "听证主持人意见", "Presiding officer's opinion")));

        // 行政处罚法 第五十七条第二款: the heads discuss a complex or major case and decide together
        add(template("collective-discussion", "行政处罚案件集体讨论记录", "Record of the collective discussion", 42)
                .in(GENERAL_PENALTY).after("discuss-collectively").fields(
                        required("discussedOn", TEXT, "讨论时间", "Discussed on").from("fact:discussedOn"),
                        required("place", TEXT, "地点", "Place"),
                        required("chair", TEXT, "主持人", "Chaired by"),
                        required("attendees", TEXT, "出席人员", "Attendees").from("fact:attendees"),
                        optional("present", TEXT, "列席人员", "Also present"),
                        optional("recorder", TEXT, "记录人", "Recorded by"),
                        required("content", LONG_TEXT, "讨论内容", "The discussion"),
                        required("conclusion", LONG_TEXT, "讨论决定", "Conclusion").from("fact:conclusion")));
    }

    // forms 44–46: the decisions
    private static void decision() {
        // 行政处罚法 第五十二条: a pre-printed, numbered form handed over on the spot; its number is the form's
        add(template("on-spot-decision", "当场行政处罚决定书", "Penalty decision on the spot", 44).in(SUMMARY_PENALTY)
                .after("decide-on-spot").signedBy(PARTY, OFFICERS).fields(
                        required("formNumber", TEXT, "决定书编号", "Number of the pre-printed form")
                                .from("fact:formNumber"),
                        required("partyName", TEXT, "当事人", "Party").from("party.name"),
                        optional("partyNumber", TEXT, "统一社会信用代码或身份证件号码", "Credit code or ID number")
                                .from("party.number"),
                        required("partyAddress", TEXT, "住所（住址）", "Address").from("party.address"),
                        required("time", TEXT, "违法时间", "When").from("fact:decidedOn"),
                        required("place", TEXT, "违法地点", "Where").from("fact:place"),
                        required("facts", LONG_TEXT, "违法事实", "Facts").from("fact:facts"),
                        required("basis", TEXT, "处罚依据", "Legal basis").from("fact:basis"),
                        required("penalty", TEXT, "处罚种类", "Penalty").from("fact:penalty"),
                        optional("fine", AMOUNT, "罚款金额（元）", "Fine (yuan)").from("fact:fine"),
                        optional("payment", LONG_TEXT, "缴纳方式", "How to pay").from("setting.payment"),
                        required("officers", TEXT, "执法人员及执法证号", "Officers").from("officers"))
                .fields(remedyFields()));

        // 行政处罚法 第五十九条 (contents), 第六十七条 (payment), 第七十二条 (surcharge); 118号 and the seeds (说理);
        // 《市场监督管理行政处罚信息公示规定》 第八条 (publication notice)
        add(template("penalty-decision", "行政处罚决定书", "Penalty decision", 45).numbered("处罚").in(GENERAL_PENALTY)
                .after("decide").when("outcome", "PENALTY")
                .serves("serve-decision", DECISION_SERVICE).fields(partyFields()).fields(
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
                        defenceAnswers(),
                        required("penaltyProvision", TEXT, "处罚依据", "Legal basis of the penalty"),
                        required("penalty", LONG_TEXT, "处罚内容", "Penalty").from("fact:penalty"),
                        optional("fine", AMOUNT, "罚款金额（元）", "Fine (yuan)").from("fact:fine"),
                        optional("correction", LONG_TEXT, "责令改正", "Order to correct"),
                        optional("payment", LONG_TEXT, "缴纳方式和期限", "How and by when to pay")
                                .from("setting.payment")).fields(remedyFields()).fields(
                        required("publication", LONG_TEXT, "公示告知", "Notice of publication").from(
                                "text:本行政处罚决定将依照《市场监督管理行政处罚信息公示规定》第八条的规定，"
                                        + "通过国家企业信用信息公示系统向社会公示。")));

        // 行政处罚法 第三十三条, 第五十七条第一款（二）（三）: no penalty, with the same three reasons a decision gives
        add(template("no-penalty-decision", "不予行政处罚决定书", "Decision not to penalise", 46).numbered("不罚")
                .in(GENERAL_PENALTY).after("decide").when("outcome", "NO_PENALTY")
                .serves("serve-decision", DECISION_SERVICE).fields(partyFields()).fields(
                        required("course", LONG_TEXT, "案件来源及调查经过", "Source and course of the investigation")
                                .from("fact:summary"),
                        required("facts", LONG_TEXT, "调查认定的事实", "Facts found").from("fact:findings"),
                        required("evidence", LONG_TEXT, "证据及证明事项", "Evidence and what it proves"),
                        required("evidenceReasons", LONG_TEXT, "证据采信理由", "Why the evidence is accepted"),
                        required("basisReasons", LONG_TEXT, "依据选择理由", "Why this legal basis"),
                        required("discretionReasons", LONG_TEXT, "不予行政处罚的理由", "Why no penalty")
                                .from("fact:reasons"),
                        defenceAnswers(),
                        required("provision", TEXT, "不予行政处罚的依据", "Legal basis for no penalty"),
                        optional("correction", LONG_TEXT, "责令改正或者教育", "Order to correct, or education"))
                .fields(remedyFields()));
    }

    // forms 47–51: payment, enforcement and service by notice
    private static void execution() {
        // 行政处罚法 第六十六条第二款
        add(template("payment-deferral", "延期/分期缴纳罚款通知书", "Notice of deferred or instalment payment", 47)
                .numbered("缴通").in(GENERAL_PENALTY).after("grant-deferral").fields(partyFields()).fields(
                        required("decisionNumber", TEXT, "行政处罚决定书文号", "Number of the decision"),
                        required("fine", AMOUNT, "罚款金额（元）", "Fine (yuan)").from("fact:fine"),
                        required("arrangement", TEXT, "延期或者分期", "Deferral or instalments").from("fact:arrangement"),
                        required("reasons", LONG_TEXT, "当事人申请的理由", "The party's reasons").from("fact:reasons"),
                        required("payBy", TEXT, "缴清期限", "Pay by").from("fact:payBy"),
                        optional("instalments", LONG_TEXT, "分期缴纳的各期金额和期限", "Each instalment and its day"))
                .fields(required("payment", LONG_TEXT, "缴纳方式", "How to pay").from("setting.payment")));

        // 行政强制法 第三十五条 (contents), 第五十四条 (the court is asked ten days after service)
        add(template("payment-reminder", "行政处罚决定履行催告书", "Reminder to perform the decision", 48)
                .numbered("催告").in(GENERAL_PENALTY).after("serve-decision").when("outcome", "PENALTY")
                .serves("send-reminder", Map.of("reminderServedOn", "service.servedOn")).fields(partyFields())
                .fields(
                        required("decisionNumber", TEXT, "行政处罚决定书文号", "Number of the decision"),
                        required("decisionServedOn", TEXT, "决定书送达日期", "Decision served on").from("fact:servedOn"),
                        required("duty", LONG_TEXT, "应当履行的义务", "What is owed").from("fact:penalty"),
                        optional("fine", AMOUNT, "罚款金额（元）", "Fine (yuan)").from("fact:fine"),
                        optional("surcharge", AMOUNT, "加处罚款金额（元）", "Surcharge (yuan)"),
                        required("payment", LONG_TEXT, "履行方式", "How to perform").from("setting.payment"),
                        required("contact", TEXT, "联系人及联系电话", "Contact and phone")));

        // 行政强制法 第五十三至五十五条; the application handed to the court is the casework step
        add(template("court-enforcement", "强制执行申请书", "Application for court enforcement", 49).numbered("执申")
                .in(GENERAL_PENALTY).after("send-reminder").when("outcome", "PENALTY")
                .serves("apply-court-enforcement", Map.of("appliedOn", "service.servedOn", "court", "field:court"))
                .fields(partyFields()).fields(
                        required("court", TEXT, "人民法院", "Court").from("setting.court"),
                        required("decisionNumber", TEXT, "行政处罚决定书文号", "Number of the decision"),
                        required("decidedOn", TEXT, "决定日期", "Decided on").from("fact:decidedOn"),
                        required("decisionServedOn", TEXT, "决定书送达日期", "Decision served on").from("fact:servedOn"),
                        required("duty", LONG_TEXT, "申请执行的内容", "What is to be enforced").from("fact:penalty"),
                        optional("fine", AMOUNT, "罚款金额（元）", "Fine (yuan)").from("fact:fine"),
                        optional("surcharge", AMOUNT, "加处罚款金额（元）", "Surcharge (yuan)"),
                        required("reminderServedOn", TEXT, "催告书送达日期", "Reminder served on")
                                .from("fact:reminderServedOn"),
                        required("partyOpinion", LONG_TEXT, "当事人的意见及履行情况", "The party's opinion and what it did"),
                        optional("property", LONG_TEXT, "被执行人的财产状况", "The party's property")));

        add(template("service-receipt", "送达回证", "Proof of service", 50).in(GENERAL_PENALTY, COERCIVE_MEASURE)
                .signedBy(PARTY, OFFICERS).fields(
                        required("documents", LONG_TEXT, "送达文书名称及文号", "Documents served, with their numbers"),
                        required("receiver", TEXT, "受送达人", "Person served").from("party.serviceRecipient"),
                        required("address", TEXT, "送达地点", "Where served").from("party.serviceAddress"),
                        required("method", TEXT, "送达方式", "Method").from("text:直接送达"),
                        optional("note", LONG_TEXT, "备注", "Note")));

        // 民事诉讼法 第九十五条: served thirty days after the notice is published
        add(template("service-notice", "文书送达公告", "Service by public notice", 51).numbered("公告")
                .in(GENERAL_PENALTY).after("review-case", "decide").fields(
                        required("receiver", TEXT, "受送达人", "Person served").from("party.serviceRecipient"),
                        required("documents", LONG_TEXT, "送达文书名称及文号", "Documents served, with their numbers"),
                        required("reason", TEXT, "公告送达的原因", "Why by public notice")
                                .from("text:受送达人下落不明或者采用其他方式无法送达"),
                        optional("content", LONG_TEXT, "文书主要内容", "What the documents say"),
                        required("collectAt", TEXT, "领取地点及联系电话", "Where to collect, phone")));
    }

    // forms 53–56: closing and the case file
    private static void caseFile() {
        add(template("closing-approval", "结案审批表", "Closing approval", 53).in(GENERAL_PENALTY, SUMMARY_PENALTY)
                .after("close").fields(
                        required("outcome", TEXT, "处理结果", "Outcome").from("fact:outcome"),
                        optional("penalty", TEXT, "处罚种类", "Penalty").from("fact:penalty"),
                        optional("fine", AMOUNT, "罚款金额（元）", "Fine (yuan)").from("fact:fine"),
                        required("execution", LONG_TEXT, "执行情况", "How the decision was performed"),
                        required("summary", LONG_TEXT, "结案理由", "Closing report").from("fact:summary"),
                        required("officers", TEXT, "承办人", "Officers handling it").from("officers"),
                        optional("opinion", LONG_TEXT, "审批意见", "Approval opinion"),
                        required("closedOn", TEXT, "结案日期", "Closed on").from("fact:closedOn")));

        add(template("file-cover", "卷宗封面", "Case file cover", 54).in(GENERAL_PENALTY, SUMMARY_PENALTY)
                .after("close").fields(
                        required("caseTitle", TEXT, "案由", "Case").from("case.title"),
                        required("partyName", TEXT, "当事人", "Party").from("party.name"),
                        required("outcome", TEXT, "处理结果", "Outcome").from("fact:outcome"),
                        required("openedOn", TEXT, "立案日期", "Opened on").from("case.openedOn"),
                        required("closedOn", TEXT, "结案日期", "Closed on").from("fact:closedOn"),
                        required("volume", TEXT, "本卷件数、页数", "Items and pages in this volume"),
                        required("retention", TEXT, "保管期限", "Retention"),
                        optional("archiveNumber", TEXT, "归档号", "Archive number")));

        add(template("file-contents", "卷内文件目录", "List of documents in the file", 55)
                .in(GENERAL_PENALTY, SUMMARY_PENALTY).after("close").fields(
                        items("documents", true, "卷内文件", "Documents in the file", new Text("文书名称", "Document"),
                                new Text("文号", "Number"), new Text("日期", "Date"), new Text("页号", "Pages"))));

        add(template("file-notes", "卷内备考表", "Case file notes", 56).in(GENERAL_PENALTY, SUMMARY_PENALTY)
                .after("close").fields(
                        required("notes", LONG_TEXT, "本卷情况说明", "About this volume"),
                        required("compiler", TEXT, "立卷人", "Compiled by").from("officers"),
                        required("checker", TEXT, "检查人", "Checked by"),
                        required("compiledOn", TEXT, "立卷日期", "Compiled on").from("today")));
    }

    /** The party block of a document served on the party (行政处罚法 第五十九条（一）). */
    private static DocField[] partyFields() {
        return new DocField[] {
            required("partyName", TEXT, "当事人", "Party").from("party.name"),
            required("partyNumber", TEXT, "统一社会信用代码或身份证件号码", "Credit code or ID number")
                    .from("party.number"),
            optional("partyRepresentative", TEXT, "法定代表人（负责人、经营者）", "Legal representative")
                    .from("party.representative"),
            required("partyAddress", TEXT, "住所（住址）", "Address").from("party.address")};
    }

    /** Where the party may seek review or sue (行政复议法 第二十条, 行政诉讼法 第四十六条). */
    private static DocField[] remedyFields() {
        return new DocField[] {
            required("reviewBody", TEXT, "行政复议机关", "Body for administrative review").from("setting.reviewBody"),
            required("court", TEXT, "人民法院", "Court").from("setting.court")};
    }

    /** 行政处罚法 第四十五条、第六十五条: the decision answers each point of the statement or hearing. */
    private static DocField defenceAnswers() {
        return optional("defenceAnswers", LONG_TEXT, "对当事人陈述、申辩（听证）意见的采纳情况及理由",
                "Answer to each point of the statement, defence or hearing").from("fact:recheck");
    }

    /** Day, place and presiding officer of the hearing, as notify-hearing recorded them. */
    private static DocField[] hearingFields() {
        return new DocField[] {
            required("hearingOn", TEXT, "听证时间", "Hearing on").from("fact:hearingOn"),
            required("hearingPlace", TEXT, "听证地点", "Place").from("fact:hearingPlace"),
            required("presiding", TEXT, "听证主持人", "Presiding officer").from("fact:presiding")};
    }

    private static void add(DocumentTemplate.Builder template) {
        DocumentTemplate built = template.build();
        if (ALL.put(built.code(), built) != null) {
            throw new IllegalStateException("two templates coded " + built.code());
        }
    }

    public static List<DocumentTemplate> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<DocumentTemplate> of(String code) {
        return Optional.ofNullable(ALL.get(code));
    }
}
