package org.sanxiang.casework.internal.procedure;

import static org.sanxiang.casework.AvLevel.FULL;
import static org.sanxiang.casework.AvLevel.RECOMMENDED;
import static org.sanxiang.casework.AvLevel.REQUIRED;
import static org.sanxiang.casework.CaseStep.START;
import static org.sanxiang.casework.internal.procedure.Field.Type.AMOUNT;
import static org.sanxiang.casework.internal.procedure.Field.Type.DATE;
import static org.sanxiang.casework.internal.procedure.Field.Type.DAYS;
import static org.sanxiang.casework.internal.procedure.Field.Type.LONG_TEXT;
import static org.sanxiang.casework.internal.procedure.Field.Type.OFFICERS;
import static org.sanxiang.casework.internal.procedure.Field.Type.TEXT;
import static org.sanxiang.casework.internal.procedure.Field.Type.YES_NO;
import static org.sanxiang.casework.internal.procedure.Field.choice;
import static org.sanxiang.casework.internal.procedure.Field.optional;
import static org.sanxiang.casework.internal.procedure.Field.required;
import static org.sanxiang.casework.internal.procedure.Transition.step;
import static org.sanxiang.platform.Role.AGENCY_HEAD;
import static org.sanxiang.platform.Role.OFFICER;
import static org.sanxiang.platform.Role.UNIT_HEAD;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.procedure.Field.Choice;

/**
 * The four procedures as the law writes them. States and steps follow 行政处罚法（2021）第五章, 《市场监督管理行政处罚程序规定》
 * 第十八至二十条 and 行政强制法 第三章; the rules that guard each step are in {@code casework/internal/rules}, named
 * after what they guard. Field names are the facts the rules read ({@code proposedFine}, {@code servedOn} …).
 */
public final class Procedures {

    private static final Map<Procedure, ProcedureDefinition> DEFINITIONS = new EnumMap<>(Procedure.class);

    // the penalties of 行政处罚法 第九条 a decision may carry
    static final Choice[] PENALTIES = {new Choice("WARNING", "警告、通报批评", "Warning or circulated criticism"),
        new Choice("FINE", "罚款", "Fine"),
        new Choice("FINE_AND_CONFISCATION", "罚款并没收违法所得、非法财物", "Fine and confiscation"),
        new Choice("CONFISCATION", "没收违法所得、没收非法财物", "Confiscation"),
        new Choice("LICENCE", "暂扣许可证件、降低资质等级、吊销许可证件", "Licence suspended, downgraded or revoked"),
        new Choice("BUSINESS", "限制开展生产经营活动、责令停产停业、责令关闭、限制从业", "Business restricted, suspended or closed")};

    static final Choice[] SERVICE = {new Choice("DIRECT", "直接送达", "In person"),
        new Choice("LEFT", "留置送达", "Left at the address"), new Choice("POSTAL", "邮寄送达", "By post"),
        new Choice("ELECTRONIC", "电子送达（经当事人同意）", "Electronically, with consent"),
        new Choice("PUBLIC_NOTICE", "公告送达", "By public notice")};

    static {
        define(Procedure.GENERAL_PENALTY, List.of(
                new State("CLUE", "案件来源登记", "Clue registered", false),
                new State("FILING_PROPOSED", "立案审批", "Filing proposed", false),
                new State("NOT_FILED", "不予立案", "Not filed", true),
                new State("INVESTIGATION", "调查取证", "Investigation", false),
                new State("INVESTIGATED", "调查终结", "Investigation concluded", false),
                new State("CASE_REVIEWED", "案件审核", "Case reviewed", false),
                new State("NOTIFIED", "告知", "Party notified", false),
                new State("HEARING_REQUESTED", "听证申请", "Hearing requested", false),
                new State("HEARING_SCHEDULED", "听证通知", "Hearing scheduled", false),
                new State("HEARD", "听证", "Hearing held", false),
                new State("DISCUSSED", "集体讨论", "Collectively discussed", false),
                new State("DECIDED", "决定", "Decided", false),
                new State("SERVED", "送达", "Decision served", false),
                new State("EXECUTED", "执行", "Executed", false),
                new State("COURT_APPLIED", "申请法院强制执行", "Court enforcement applied for", false),
                new State("CLOSED", "结案", "Closed", true)), List.of(
                step("register-clue", "案件来源登记", "Register a clue").from(START).to("CLUE").fields(
                        choice("source", true, "案件来源", "Source",
                                new Choice("INSPECTION", "监督检查", "Inspection"),
                                new Choice("COMPLAINT", "投诉举报", "Complaint or report"),
                                new Choice("TRANSFER", "其他机关移送", "Transferred by another body"),
                                new Choice("ASSIGNED", "上级交办", "Assigned by a superior"),
                                new Choice("OTHER", "其他", "Other")),
                        required("clueReceivedOn", DATE, "发现或收到线索日期", "Clue received on"),
                        required("summary", LONG_TEXT, "线索内容", "What the clue says")),
                step("extend-verification", "延长核查期限", "Extend the clue's verification").from("CLUE")
                        .by(UNIT_HEAD, AGENCY_HEAD).fields(required("reasons", LONG_TEXT, "延长理由", "Reasons")),
                step("propose-filing", "提请立案", "Propose filing").from("CLUE").to("FILING_PROPOSED").fields(
                        required("officers", OFFICERS, "承办人员（至少两名）", "Officers handling it (two or more)"),
                        required("actOn", DATE, "违法行为发生日", "Day of the act"),
                        optional("actEndedOn", DATE, "连续或继续状态终了日", "Day a continuing act ended"),
                        optional("harmsLifeHealthFinance", YES_NO, "涉及公民生命健康安全、金融安全且有危害后果",
                                "Harms life, health or financial safety"),
                        required("facts", LONG_TEXT, "涉嫌违法事实", "Suspected facts")),
                step("approve-filing", "批准立案", "Approve filing").from("FILING_PROPOSED").to("INVESTIGATION")
                        .by(UNIT_HEAD, AGENCY_HEAD).fields(optional("opinion", LONG_TEXT, "审批意见", "Opinion"))
                        .stamps("filedOn"),
                step("decline-filing", "不予立案", "Decline filing").from("CLUE", "FILING_PROPOSED").to("NOT_FILED")
                        .by(UNIT_HEAD, AGENCY_HEAD).fields(
                                choice("ground", true, "不予立案理由", "Ground",
                                        new Choice("MINOR_CORRECTED", "违法行为轻微并及时改正，没有造成危害后果",
                                                "Minor, corrected, harmless"),
                                        new Choice("FIRST_MINOR", "初次违法且危害后果轻微并及时改正",
                                                "First violation, slight harm, corrected"),
                                        new Choice("NO_FAULT", "当事人有证据足以证明没有主观过错", "No fault"),
                                        new Choice("NOT_ESTABLISHED", "违法事实不成立", "Facts not established"),
                                        new Choice("TIME_BARRED", "超过追责时效", "Time-barred"),
                                        new Choice("NO_JURISDICTION", "不属于本机关管辖", "No jurisdiction")),
                                required("reasons", LONG_TEXT, "说明", "Explanation")),
                step("declare-recusal", "申请回避", "Declare a recusal")
                        .from("FILING_PROPOSED", "INVESTIGATION", "INVESTIGATED", "NOTIFIED", "HEARING_REQUESTED")
                        .by(OFFICER, UNIT_HEAD).fields(
                                required("recusedOfficer", OFFICERS, "应当回避的执法人员", "Officer concerned"),
                                required("grounds", LONG_TEXT, "回避理由", "Grounds")),
                step("decide-recusal", "回避决定", "Decide a recusal")
                        .from("FILING_PROPOSED", "INVESTIGATION", "INVESTIGATED", "NOTIFIED", "HEARING_REQUESTED")
                        .by(AGENCY_HEAD).fields(
                                required("recusedOfficer", OFFICERS, "应当回避的执法人员", "Officer concerned"),
                                choice("recusal", true, "决定", "Decision",
                                        new Choice("RECUSED", "回避", "Recused"),
                                        new Choice("NOT_RECUSED", "不予回避", "Not recused")),
                                optional("replacement", OFFICERS, "替换的执法人员", "Officer replacing")),
                step("record-inspection", "现场检查笔录", "On-site inspection record").from("INVESTIGATION")
                        .av(REQUIRED).fields(
                                required("place", TEXT, "检查地点", "Place"),
                                required("findings", LONG_TEXT, "检查情况", "Findings"),
                                optional("partyPresent", YES_NO, "当事人在场", "Party present"),
                                optional("witness", TEXT, "见证人", "Witness")),
                step("record-inquiry", "询问笔录", "Inquiry record").from("INVESTIGATION").av(RECOMMENDED).fields(
                        required("person", TEXT, "被询问人", "Person inquired"),
                        required("content", LONG_TEXT, "询问内容", "Questions and answers")),
                step("register-preservation", "先行登记保存", "Register evidence for preservation")
                        .from("INVESTIGATION").av(REQUIRED).stamps("preservedOn").fields(
                                required("items", LONG_TEXT, "物品清单", "Items"),
                                required("approvedBy", TEXT, "批准的负责人", "Approved by")),
                step("decide-preservation", "先行登记保存处理决定", "Decide on preserved evidence")
                        .from("INVESTIGATION").stamps("preservationDecidedOn").fields(
                                choice("handling", true, "处理决定", "Decision",
                                        new Choice("RETURN", "解除先行登记保存", "Returned"),
                                        new Choice("TEST", "送检测、检验、检疫、鉴定", "Sent for testing"),
                                        new Choice("SEIZE", "依法采取查封、扣押措施", "Seized or sealed"),
                                        new Choice("TRANSFER", "移送有关机关", "Transferred"))),
                step("start-testing", "送检测、鉴定", "Send for testing").from("INVESTIGATION")
                        .stamps("testingStartedOn").fields(required("institution", TEXT, "检测、鉴定机构", "By")),
                step("end-testing", "检测、鉴定结果", "Testing result").from("INVESTIGATION")
                        .stamps("testingEndedOn").fields(required("result", LONG_TEXT, "结果", "Result")),
                step("suspend-case", "中止调查", "Suspend the case").from("INVESTIGATION").by(AGENCY_HEAD)
                        .stamps("suspendedOn").fields(required("reasons", LONG_TEXT, "中止理由", "Reasons")),
                step("resume-case", "恢复调查", "Resume the case").from("INVESTIGATION").by(AGENCY_HEAD)
                        .stamps("resumedOn"),
                step("extend-time-limit", "延长办案期限", "Extend the time limit")
                        .from("INVESTIGATION", "INVESTIGATED", "CASE_REVIEWED", "NOTIFIED", "HEARING_REQUESTED",
                                "HEARING_SCHEDULED", "HEARD", "DISCUSSED")
                        .by(AGENCY_HEAD).fields(required("days", DAYS, "延长天数", "Days"),
                                required("reasons", LONG_TEXT, "延长理由", "Reasons")),
                step("conclude-investigation", "调查终结报告", "Investigation report").from("INVESTIGATION")
                        .to("INVESTIGATED").fields(
                                required("findings", LONG_TEXT, "违法事实和证据", "Facts and evidence"),
                                required("violation", TEXT, "违法行为（裁量基准编码）", "Violation (benchmark code)"),
                                choice("circumstance", true, "裁量情节", "Circumstance",
                                        new Choice("NO_PENALTY", "不予处罚", "No penalty"),
                                        new Choice("MITIGATED", "减轻", "Mitigated"),
                                        new Choice("LIGHTER", "从轻", "Lighter"),
                                        new Choice("ORDINARY", "一般", "Ordinary"),
                                        new Choice("HEAVIER", "从重", "Heavier")),
                                choice("proposedPenalty", true, "拟处罚种类", "Proposed penalty", PENALTIES),
                                optional("proposedFine", AMOUNT, "拟罚款金额（元）", "Proposed fine (yuan)"),
                                optional("baseAmount", AMOUNT, "货值金额或违法所得（元）",
                                        "Goods value or illegal gains (yuan)"),
                                optional("bandReason", LONG_TEXT, "超出裁量档次的理由", "Why outside the band")),
                step("return-for-investigation", "退回补充调查", "Return for more investigation")
                        .from("INVESTIGATED").to("INVESTIGATION").by(UNIT_HEAD)
                        .fields(required("opinion", LONG_TEXT, "审核意见", "Opinion")),
                step("review-case", "案件审核", "Review the case").from("INVESTIGATED").to("CASE_REVIEWED")
                        .by(UNIT_HEAD).fields(required("opinion", LONG_TEXT, "审核意见", "Opinion")),
                step("serve-notice", "行政处罚告知", "Notify the proposed penalty").from("CASE_REVIEWED")
                        .to("NOTIFIED").stamps("notifiedOn").fields(
                                required("noticeServedOn", DATE, "告知书送达日期", "Notice served on"),
                                choice("noticeMethod", true, "送达方式", "Service", SERVICE),
                                optional("hearingRightNotified", YES_NO, "已告知听证权利", "Hearing right notified"),
                                optional("consentSigned", YES_NO, "当事人已签署电子送达确认书",
                                        "Party signed the electronic-service consent")),
                step("record-statement", "陈述申辩笔录及复核", "Statement, defence and re-check").from("NOTIFIED")
                        .stamps("statementOn").fields(
                                required("statement", LONG_TEXT, "陈述申辩内容", "Statement and defence"),
                                required("recheck", LONG_TEXT, "复核意见", "Re-check")),
                step("waive-statement", "放弃陈述申辩", "Waiver of statement").from("NOTIFIED")
                        .stamps("statementWaivedOn").fields(
                                required("waivedBy", TEXT, "当事人签名确认", "Signed by the party")),
                step("request-hearing", "听证申请", "Hearing requested").from("NOTIFIED").to("HEARING_REQUESTED")
                        .fields(required("hearingRequestedOn", DATE, "当事人提出听证申请日期", "Requested on")),
                step("notify-hearing", "听证通知", "Notify the hearing").from("HEARING_REQUESTED")
                        .to("HEARING_SCHEDULED").fields(
                                required("hearingNoticeOn", DATE, "听证通知送达日期", "Notice served on"),
                                required("hearingOn", DATE, "听证日期", "Hearing on"),
                                required("hearingPlace", TEXT, "听证地点", "Place"),
                                required("presiding", OFFICERS, "听证主持人", "Presiding officer")),
                step("hold-hearing", "听证笔录及报告", "Hearing record and report").from("HEARING_SCHEDULED")
                        .to("HEARD").av(REQUIRED).stamps("heardOn").fields(
                                required("record", LONG_TEXT, "听证笔录", "Record"),
                                required("report", LONG_TEXT, "听证报告", "Report"),
                                optional("partyAttended", YES_NO, "当事人到场", "Party attended")),
                step("discuss-collectively", "负责人集体讨论", "Collective discussion")
                        .from("NOTIFIED", "HEARD").to("DISCUSSED").by(AGENCY_HEAD).stamps("discussedOn").fields(
                                required("attendees", TEXT, "参加人员", "Attendees"),
                                required("conclusion", LONG_TEXT, "讨论结论", "Conclusion")),
                // 行政处罚法 第四十四条: the notice is of a proposed penalty; a decision not to penalise (第五十七条第一款第二、
                // 三项), to transfer or to withdraw may follow the review without one (DecisionAfterStatementPeriod)
                step("decide", "作出决定", "Decide").from("CASE_REVIEWED", "NOTIFIED", "HEARD", "DISCUSSED").to("DECIDED")
                        .by(AGENCY_HEAD).stamps("decidedOn").fields(
                                choice("outcome", true, "决定", "Decision",
                                        new Choice("PENALTY", "给予行政处罚", "Penalty"),
                                        new Choice("NO_PENALTY", "不予行政处罚", "No penalty"),
                                        new Choice("TRANSFER_JUDICIAL", "移送司法机关", "Transferred to the judiciary"),
                                        new Choice("TRANSFER_OTHER", "移送其他行政机关", "Transferred to another body"),
                                        new Choice("WITHDRAW", "撤销立案", "Filing withdrawn")),
                                choice("penalty", false, "处罚种类", "Penalty", PENALTIES),
                                optional("fine", AMOUNT, "罚款金额（元）", "Fine (yuan)"),
                                required("reasons", LONG_TEXT, "理由和依据", "Reasons and basis")),
                step("serve-decision", "送达决定书", "Serve the decision").from("DECIDED").to("SERVED")
                        .av(RECOMMENDED).stamps("decisionServiceRecordedOn").fields(
                                required("servedOn", DATE, "送达日期（公告送达为公告发出日）",
                                        "Served on (public notice: day published)"),
                                choice("method", true, "送达方式", "Service", SERVICE),
                                optional("consentSigned", YES_NO, "当事人已签署电子送达确认书",
                                        "Party signed the electronic-service consent")),
                step("grant-deferral", "延期或分期缴纳", "Defer or split the payment").from("SERVED").by(AGENCY_HEAD)
                        .fields(choice("arrangement", true, "方式", "Arrangement",
                                        new Choice("DEFERRAL", "延期缴纳", "Deferral"),
                                        new Choice("INSTALMENTS", "分期缴纳", "Instalments")),
                                required("payBy", DATE, "缴清期限", "Pay by"),
                                required("reasons", LONG_TEXT, "理由", "Reasons")),
                step("send-reminder", "催告", "Reminder").from("SERVED").fields(
                        required("reminderServedOn", DATE, "催告书送达日期", "Reminder served on")),
                step("record-payment", "缴纳罚没款", "Payment").from("SERVED").to("EXECUTED").fields(
                        required("paidOn", DATE, "缴纳日期", "Paid on"),
                        required("paid", AMOUNT, "缴纳金额（元）", "Amount paid (yuan)")),
                step("apply-court-enforcement", "申请人民法院强制执行", "Apply to the court for enforcement")
                        .from("SERVED").to("COURT_APPLIED").by(AGENCY_HEAD).fields(
                                required("appliedOn", DATE, "申请日期", "Applied on"),
                                required("court", TEXT, "人民法院", "Court")),
                step("close", "结案", "Close").from("DECIDED", "SERVED", "EXECUTED", "COURT_APPLIED").to("CLOSED")
                        .by(UNIT_HEAD, AGENCY_HEAD).stamps("closedOn")
                        .fields(required("summary", LONG_TEXT, "结案报告", "Closing report"))));

        define(Procedure.SUMMARY_PENALTY, List.of(
                new State("DECIDED_ON_SPOT", "当场处罚", "Decided on the spot", false),
                new State("FILED", "备案", "Filed with the agency", false),
                new State("CLOSED", "结案", "Closed", true)), List.of(
                step("decide-on-spot", "当场作出行政处罚决定", "Decide on the spot").from(START).to("DECIDED_ON_SPOT")
                        .av(RECOMMENDED).stamps("decidedOn").fields(
                                required("officers", OFFICERS, "执法人员", "Officers"),
                                required("place", TEXT, "地点", "Place"),
                                required("facts", LONG_TEXT, "违法事实", "Facts"),
                                choice("penalty", true, "处罚种类", "Penalty", PENALTIES[0], PENALTIES[1]),
                                optional("fine", AMOUNT, "罚款金额（元）", "Fine (yuan)"),
                                required("basis", TEXT, "法律依据", "Legal basis"),
                                required("formNumber", TEXT, "决定书编号", "Number of the pre-printed form"),
                                optional("credentialShown", YES_NO, "已出示执法证件", "Credential shown")),
                step("file-record", "报所属机关备案", "File with the agency").from("DECIDED_ON_SPOT").to("FILED")
                        .by(UNIT_HEAD, AGENCY_HEAD).stamps("recordFiledOn"),
                step("record-payment", "缴纳罚款", "Payment").from("DECIDED_ON_SPOT", "FILED").fields(
                        required("paidOn", DATE, "缴纳日期", "Paid on"),
                        required("paid", AMOUNT, "缴纳金额（元）", "Amount paid (yuan)")),
                step("close", "结案", "Close").from("FILED").to("CLOSED").by(UNIT_HEAD, AGENCY_HEAD)
                        .stamps("closedOn")));

        define(Procedure.COERCIVE_MEASURE, List.of(
                new State("PROPOSED", "报请批准", "Approval requested", false),
                new State("APPROVED", "批准", "Approved", false),
                new State("NOT_APPROVED", "不予批准", "Not approved", true),
                new State("EMERGENCY", "情况紧急", "Emergency", false),
                new State("APPLIED", "实施", "Measure in force", false),
                new State("RELEASED", "解除", "Released", true),
                new State("DISPOSED", "依法处理", "Disposed of by decision", true)), List.of(
                step("propose-measure", "报请实施行政强制措施", "Request approval of a measure").from(START)
                        .to("PROPOSED").fields(measureFields()),
                step("approve-measure", "批准实施", "Approve the measure").from("PROPOSED").to("APPROVED")
                        .by(AGENCY_HEAD),
                // 行政强制法 第十八条（一）: the head's prior approval may be refused, which ends the proposal
                step("refuse-measure", "不予批准", "Refuse the measure").from("PROPOSED").to("NOT_APPROVED")
                        .by(AGENCY_HEAD).fields(required("refusalReasons", LONG_TEXT, "不予批准的理由", "Reasons")),
                step("apply-measure", "实施查封、扣押", "Apply the measure").from("APPROVED").to("APPLIED").av(FULL)
                        .stamps("appliedOn").fields(applicationFields()),
                // 行政强制法 第十九条: in an emergency the officers act first and report within 24 hours; the case is
                // opened with the urgency, so that the video of the measure can be linked to it
                step("report-emergency", "情况紧急需当场实施", "Emergency: act at once").from(START).to("EMERGENCY")
                        .fields(concat(measureFields(), required("urgency", LONG_TEXT, "情况紧急的理由",
                                "Why it is urgent"))),
                step("apply-emergency", "当场实施查封、扣押", "Apply the measure at once").from("EMERGENCY")
                        .to("APPLIED").av(FULL).stamps("appliedOn").fields(applicationFields()),
                step("approve-emergency", "补办批准手续", "Approve the emergency measure afterwards")
                        .from("APPLIED").by(AGENCY_HEAD).stamps("emergencyApprovedOn"),
                step("extend-measure", "延长查封、扣押期限", "Extend the measure").from("APPLIED").by(AGENCY_HEAD)
                        .fields(required("days", DAYS, "延长天数（不超过三十日）", "Days (30 at most)"),
                                required("reasons", LONG_TEXT, "延长理由", "Reasons"),
                                required("extensionNoticeOn", DATE, "延长决定书送达日期", "Notice served on")),
                step("start-testing", "检测、检验、检疫、鉴定", "Send for testing").from("APPLIED")
                        .stamps("testingStartedOn").fields(
                                required("institution", TEXT, "检测机构", "By"),
                                required("testingNoticeOn", DATE, "书面告知当事人日期", "Party told in writing on")),
                step("end-testing", "检测结果", "Testing result").from("APPLIED").stamps("testingEndedOn")
                        .fields(required("result", LONG_TEXT, "结果", "Result")),
                step("release-measure", "解除查封、扣押", "Release").from("APPLIED").to("RELEASED").av(REQUIRED)
                        .stamps("releasedOn").fields(
                                choice("releaseGround", true, "解除情形（行政强制法第二十八条）", "Ground",
                                        new Choice("NO_VIOLATION", "当事人没有违法行为", "No violation"),
                                        new Choice("UNRELATED", "查封、扣押的场所、设施或者财物与违法行为无关",
                                                "Unrelated to the violation"),
                                        new Choice("DECIDED", "已对违法行为作出处理决定，不再需要查封、扣押",
                                                "Decided; no longer needed"),
                                        new Choice("EXPIRED", "查封、扣押期限已经届满", "Period expired"),
                                        new Choice("OTHER", "其他不再需要采取查封、扣押措施的情形", "Otherwise not needed")),
                                required("record", LONG_TEXT, "解除笔录及物品清单", "Release record and items")),
                step("dispose-measure", "依法处理查封、扣押物", "Dispose by the penalty decision").from("APPLIED")
                        .to("DISPOSED").by(AGENCY_HEAD).stamps("disposedOn").fields(
                                required("decisionCase", TEXT, "处理决定所在案件编号", "Case of the decision"))));

        define(Procedure.INSPECTION, List.of(
                new State("IN_PROGRESS", "检查中", "In progress", false),
                new State("RECORDED", "检查记录", "Findings recorded", false),
                new State("CLUE_OPENED", "转为案件线索", "Turned into a clue", true),
                new State("CLOSED", "检查结束", "Closed", true)), List.of(
                step("start-inspection", "开始检查", "Start an inspection").from(START).to("IN_PROGRESS").fields(
                        required("officers", OFFICERS, "检查人员（至少两名）", "Inspectors (two or more)"),
                        required("subject", TEXT, "检查事项", "What is inspected"),
                        optional("inspectionItem", TEXT, "随机抽查事项编码", "Random-inspection item")),
                step("record-findings", "检查记录", "Record the findings").from("IN_PROGRESS").to("RECORDED")
                        .av(REQUIRED).fields(
                                required("place", TEXT, "检查地点", "Place"),
                                required("findings", LONG_TEXT, "检查情况", "Findings"),
                                optional("problemsFound", YES_NO, "发现违法问题", "Problems found")),
                step("open-clue", "移交立案线索", "Open a clue").from("RECORDED").to("CLUE_OPENED")
                        .fields(required("summary", LONG_TEXT, "线索内容", "What the clue says")),
                step("close", "结束检查", "Close").from("RECORDED").to("CLOSED")));
    }

    private Procedures() {
    }

    public static ProcedureDefinition of(Procedure procedure) {
        return DEFINITIONS.get(procedure);
    }

    public static List<ProcedureDefinition> all() {
        return List.copyOf(DEFINITIONS.values());
    }

    /** Every transition name of every procedure: what the casework rules may name in {@code appliesTo}. */
    public static List<String> transitionNames() {
        return DEFINITIONS.values().stream().flatMap(d -> d.transitions().stream()).map(Transition::name).distinct()
                .toList();
    }

    private static void define(Procedure procedure, List<State> states, List<Transition.Builder> steps) {
        DEFINITIONS.put(procedure, new ProcedureDefinition(procedure, states, steps));
    }

    private static Field[] measureFields() {
        return new Field[] {
            choice("measure", true, "强制措施", "Measure",
                    new Choice("SEAL", "查封场所、设施或者财物", "Seal premises, facilities or goods"),
                    new Choice("SEIZE", "扣押财物", "Seize goods"),
                    new Choice("FREEZE", "冻结存款、汇款", "Freeze deposits")),
            required("reasons", LONG_TEXT, "理由和依据", "Reasons and basis"),
            optional("relatedCase", TEXT, "关联案件编号", "Related case")};
    }

    private static Field[] applicationFields() {
        return new Field[] {
            required("officers", OFFICERS, "实施人员（至少两名）", "Officers (two or more)"),
            required("place", TEXT, "实施地点", "Place"),
            required("record", LONG_TEXT, "现场笔录", "On-site record"),
            required("items", LONG_TEXT, "查封、扣押清单", "List of items"),
            optional("partyPresent", YES_NO, "当事人到场", "Party present"),
            optional("witness", TEXT, "见证人（当事人不到场时）", "Witness (when the party is absent)")};
    }

    private static Field[] concat(Field[] fields, Field more) {
        Field[] all = java.util.Arrays.copyOf(fields, fields.length + 1);
        all[fields.length] = more;
        return all;
    }
}
