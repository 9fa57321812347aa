package org.sanxiang.casework.internal.portal;

import static org.sanxiang.casework.Procedure.COERCIVE_MEASURE;
import static org.sanxiang.casework.Procedure.GENERAL_PENALTY;
import static org.sanxiang.casework.Procedure.INSPECTION;
import static org.sanxiang.casework.Procedure.SUMMARY_PENALTY;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.platform.rule.Text;

/**
 * The law behind each step as the portal publishes it: the articles that give the step (行政处罚法 2021, 行政强制法,
 * 《市场监督管理行政处罚程序规定》 where its article is known) and the time limit the law sets for it, if any, in the
 * law's own counting (工作日 where it says so: 行政处罚法 第八十五条, 行政强制法 第六十九条). The deadlines a case
 * is held to are computed by the casework rules; this is what a citizen reads beside the flowchart.
 *
 * @param limit {@code null} when the law sets none for the step
 */
public record StepLaw(String basis, Text limit) {

    private static final String PENALTY = "《中华人民共和国行政处罚法》";
    private static final String COERCION = "《中华人民共和国行政强制法》";
    private static final String MR = "《市场监督管理行政处罚程序规定》";
    private static final Map<String, StepLaw> LAWS = new HashMap<>();

    static {
        law(GENERAL_PENALTY, "register-clue", MR + "第十八条", "自发现线索或者收到材料之日起十五个工作日内核查，决定是否立案",
                "Verified and decided on within 15 working days of receipt");
        law(GENERAL_PENALTY, "extend-verification", MR + "第十八条", "经负责人批准，可以延长十五个工作日；检测、检验、检疫、鉴定等期间不计入",
                "15 more working days with the head's approval; testing periods not counted");
        law(GENERAL_PENALTY, "propose-filing", MR + "第十九条；" + PENALTY + "第三十六条",
                "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，延长至五年",
                "Within 2 years of the act (5 where life, health or financial safety was harmed)");
        law(GENERAL_PENALTY, "approve-filing", PENALTY + "第五十四条；" + MR + "第十九条",
                "立案后由两名以上具有行政执法资格的执法人员办理；自立案之日起九十日内作出处理决定（第六十条）",
                "Two or more qualified officers; decided within 90 days of filing (Art. 60)");
        law(GENERAL_PENALTY, "decline-filing", MR + "第二十条；" + PENALTY + "第三十三条", null, null);
        law(GENERAL_PENALTY, "declare-recusal", PENALTY + "第四十三条", null, null);
        law(GENERAL_PENALTY, "decide-recusal", PENALTY + "第四十三条", "决定作出之前，不停止调查",
                "The investigation continues until the decision");
        law(GENERAL_PENALTY, "record-inspection", PENALTY + "第四十七条、第五十五条", null, null);
        law(GENERAL_PENALTY, "record-inquiry", PENALTY + "第五十五条", null, null);
        law(GENERAL_PENALTY, "register-preservation", PENALTY + "第五十六条", "经行政机关负责人批准；七个工作日内及时作出处理决定",
                "With the head's approval; decided on within 7 working days");
        law(GENERAL_PENALTY, "decide-preservation", PENALTY + "第五十六条", "先行登记保存之日起七个工作日内",
                "Within 7 working days of the preservation");
        law(GENERAL_PENALTY, "start-testing", MR, "检测、检验、检疫、鉴定期间不计入办案期限",
                "Testing periods are not counted in the case's time limit");
        law(GENERAL_PENALTY, "end-testing", MR, "检测、检验、检疫、鉴定期间不计入办案期限",
                "Testing periods are not counted in the case's time limit");
        law(GENERAL_PENALTY, "suspend-case", MR, "中止期间不计入办案期限", "The suspension is not counted in the time limit");
        law(GENERAL_PENALTY, "resume-case", MR, null, null);
        law(GENERAL_PENALTY, "extend-time-limit", PENALTY + "第六十条；" + MR,
                "九十日内不能作出决定的，经负责人批准可延长三十日；仍需延长的，由负责人集体讨论决定",
                "30 more days with the head's approval; beyond that by collective discussion");
        law(GENERAL_PENALTY, "conclude-investigation", PENALTY + "第五十七条", null, null);
        law(GENERAL_PENALTY, "return-for-investigation", MR, null, null);
        law(GENERAL_PENALTY, "review-case", PENALTY + "第五十八条；" + MR, "十个工作日内完成审核，经负责人批准可以延长",
                "Reviewed within 10 working days, longer with the head's approval");
        law(GENERAL_PENALTY, "serve-notice", PENALTY + "第四十四条、第六十三条", "当事人可以在告知书送达后五个工作日内提出陈述、申辩或者听证要求",
                "The party may answer or ask for a hearing within 5 working days of service");
        law(GENERAL_PENALTY, "record-statement", PENALTY + "第四十五条", "不得因当事人陈述、申辩而给予更重的处罚",
                "No heavier penalty because of the defence");
        law(GENERAL_PENALTY, "waive-statement", PENALTY + "第六十二条", null, null);
        law(GENERAL_PENALTY, "request-hearing", PENALTY + "第六十三条、第六十四条", "告知后五个工作日内提出",
                "Within 5 working days of the notice");
        law(GENERAL_PENALTY, "notify-hearing", PENALTY + "第六十四条", "听证的七日前通知当事人听证的时间、地点",
                "The party is told time and place 7 days before the hearing");
        law(GENERAL_PENALTY, "hold-hearing", PENALTY + "第六十四条、第六十五条", "听证期间不计入办案期限",
                "The hearing period is not counted in the time limit");
        law(GENERAL_PENALTY, "discuss-collectively", PENALTY + "第五十七条第二款", null, null);
        law(GENERAL_PENALTY, "decide", PENALTY + "第五十七条至第五十九条", "自立案之日起九十日内（第六十条）",
                "Within 90 days of filing (Art. 60)");
        law(GENERAL_PENALTY, "serve-decision", PENALTY + "第六十一条；《中华人民共和国民事诉讼法》第九十五条",
                "当事人不在场的，七个工作日内送达；公告送达自公告发出之日起经过三十日视为送达",
                "Within 7 working days when the party is absent; public notice counts after 30 days");
        law(GENERAL_PENALTY, "grant-deferral", PENALTY + "第六十六条", null, null);
        law(GENERAL_PENALTY, "send-reminder", COERCION + "第三十五条", null, null);
        law(GENERAL_PENALTY, "record-payment", PENALTY + "第六十七条、第七十二条",
                "自收到决定书之日起十五日内缴纳；逾期每日按罚款数额的百分之三加处罚款，不超过罚款数额",
                "Within 15 days of receipt; then 3 % of the fine a day, at most the fine");
        law(GENERAL_PENALTY, "apply-court-enforcement", PENALTY + "第七十二条；" + COERCION + "第五十三条、第五十四条",
                "催告书送达十个工作日后；复议、诉讼期限届满之日起三个月内",
                "10 working days after the reminder; within 3 months after the remedy periods end");
        law(GENERAL_PENALTY, "close", MR, null, null);

        law(SUMMARY_PENALTY, "decide-on-spot", PENALTY + "第五十一条、第五十二条",
                "违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告",
                "Facts certain: fine up to ¥200 (person) or ¥3,000 (organisation), or a warning");
        law(SUMMARY_PENALTY, "file-record", PENALTY + "第五十二条", null, null);
        law(SUMMARY_PENALTY, "record-payment", PENALTY + "第六十七条至第六十九条", "自收到决定书之日起十五日内缴纳",
                "Within 15 days of receipt");

        law(COERCIVE_MEASURE, "propose-measure", COERCION + "第十八条", null, null);
        law(COERCIVE_MEASURE, "approve-measure", COERCION + "第十八条", null, null);
        law(COERCIVE_MEASURE, "refuse-measure", COERCION + "第十八条", "实施前须向行政机关负责人报告并经批准；不予批准的，不得实施",
                "Only with the head's prior approval; refused, the measure is not applied");
        law(COERCIVE_MEASURE, "apply-measure", COERCION + "第十八条、第二十四条", "由两名以上行政执法人员实施，制作现场笔录和查封、扣押清单",
                "By two or more officers, with an on-site record and a list of items");
        law(COERCIVE_MEASURE, "apply-emergency", COERCION + "第十九条", "二十四小时内向行政机关负责人报告，并补办批准手续",
                "Reported to the head within 24 hours, approval obtained afterwards");
        law(COERCIVE_MEASURE, "approve-emergency", COERCION + "第十九条", "实施后二十四小时内", "Within 24 hours");
        law(COERCIVE_MEASURE, "extend-measure", COERCION + "第二十五条", "查封、扣押不得超过三十日；情况复杂的，经负责人批准可以延长一次，延长不得超过三十日",
                "At most 30 days, extended once by at most 30 days with the head's approval");
        law(COERCIVE_MEASURE, "start-testing", COERCION + "第二十五条", "检测、检验、检疫、鉴定期间不计入查封、扣押期间，应当书面告知当事人",
                "Testing periods are not counted and the party is told in writing");
        law(COERCIVE_MEASURE, "end-testing", COERCION + "第二十五条", null, null);
        law(COERCIVE_MEASURE, "release-measure", COERCION + "第二十八条", null, null);
        law(COERCIVE_MEASURE, "dispose-measure", COERCION + "第二十七条", "在查封、扣押期限内作出处理决定",
                "Decided on within the period of the measure");

        law(INSPECTION, "start-inspection", PENALTY + "第四十二条、第五十五条", null, null);
        law(INSPECTION, "record-findings", PENALTY + "第五十五条", null, null);
        law(INSPECTION, "open-clue", MR + "第十八条", null, null);
    }

    public static Optional<StepLaw> of(Procedure procedure, String transition) {
        return Optional.ofNullable(LAWS.get(procedure.path() + "/" + transition));
    }

    /** @throws IllegalStateException at start-up when the procedure has no such step (it was renamed) */
    private static void law(Procedure procedure, String transition, String basis, String zh, String en) {
        Procedures.of(procedure).transition(transition).orElseThrow(() -> new IllegalStateException(
                procedure + " has no step " + transition + " to cite the law of"));
        LAWS.put(procedure.path() + "/" + transition, new StepLaw(basis, zh == null ? null : new Text(zh, en)));
    }
}
