package org.sanxiang.casework.internal.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.sanxiang.calendar.Estimate;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.casework.CaseFacts.Deadline;
import org.sanxiang.casework.CaseFacts.TakenStep;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.StepValues;
import org.sanxiang.casework.internal.rules.SummaryDecisionFiledInTime;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.rule.Text;
import org.springframework.stereotype.Component;

/**
 * The time limits of a case, computed from the events that start them, in working days or calendar days as each
 * statute says (行政处罚法 第八十五条: only 二日、三日、五日、七日 are working days; 行政强制法 第六十九条: 十日以内 are
 * working days), with the excluded periods (中止, 听证, 公告, 检测/检验/检疫/鉴定) and the approved extensions. Working days
 * come only from the calendar module.
 */
@Component
public class Deadlines {

    /**
     * The nearest due day of the agency's own open limits (the party's periods are not the agency's to meet), which
     * the case list's overdue filter and 待办 read; none once the case has ended.
     */
    public static LocalDate nextDue(List<Deadline> deadlines, boolean ended) {
        return ended ? null : deadlines.stream().filter(d -> d.duty() && d.open()).map(Deadline::due)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    public static final String CLUE_VERIFICATION = "clue-verification";
    public static final String CASE_TIME_LIMIT = "case-time-limit";
    public static final String PRESERVATION_DECISION = "preservation-decision";
    public static final String STATEMENT_PERIOD = "statement-period";
    public static final String HEARING_REQUEST = "hearing-request";
    public static final String DECISION_SERVICE = "decision-service";
    public static final String PAYMENT = "payment";
    public static final String COURT_APPLICATION = "court-application";
    public static final String EMERGENCY_APPROVAL = "emergency-approval";
    public static final String MEASURE_PERIOD = "measure-period";
    public static final String SUMMARY_FILING = "summary-filing";

    /** 《市场监督管理行政处罚程序规定》第十八条: verified within 15 working days, 15 more with the head's approval. */
    static final int CLUE_WORKING_DAYS = 15;
    /** 行政处罚法 第六十条: decided within 90 days of filing; MR: 30 more with the head's approval. */
    static final int CASE_DAYS = 90;
    /** 行政处罚法 第五十六条: 先行登记保存 decided within 7 working days. */
    static final int PRESERVATION_WORKING_DAYS = 7;
    /** MR 程序规定 / 行政处罚法 第六十四条: statement, defence or hearing request within 5 working days of the notice. */
    static final int STATEMENT_WORKING_DAYS = 5;
    /** 行政处罚法 第六十一条: served within 7 working days when the party is absent at the announcement. */
    static final int SERVICE_WORKING_DAYS = 7;
    /** 行政处罚法 第六十七条: paid within 15 days of receipt. */
    static final int PAYMENT_DAYS = 15;
    /** 民事诉讼法 第九十五条: served by public notice 30 days after it was published. */
    static final int PUBLIC_NOTICE_DAYS = 30;
    /** 行政诉讼法 第四十六条 (six months to sue) then 行政强制法 第五十三条 (three months to apply to the court). */
    static final int COURT_MONTHS = 6 + 3;
    /** 行政强制法 第二十五条: 查封、扣押 for 30 days at most, extended once by 30 at most. */
    static final int MEASURE_DAYS = 30;

    private final WorkingDayCalendar calendar;
    private final SummaryDecisionFiledInTime summaryFiling;

    public Deadlines(WorkingDayCalendar calendar, SummaryDecisionFiledInTime summaryFiling) {
        this.calendar = calendar;
        this.summaryFiling = summaryFiling;
    }

    /**
     * Every time limit the case's steps have started so far, open or met.
     *
     * @param agencyCode the 统一社会信用代码 of the case's agency, whose configuration may set a period
     */
    public List<Deadline> of(Procedure procedure, String agencyCode, StepValues facts, List<TakenStep> steps,
            LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        switch (procedure) {
            case GENERAL_PENALTY -> general(facts, steps, today, deadlines);
            case SUMMARY_PENALTY -> summary(agencyCode, facts, deadlines);
            case COERCIVE_MEASURE -> coercive(facts, steps, today, deadlines);
            default -> {
            }
        }
        return deadlines;
    }

    private void general(StepValues facts, List<TakenStep> steps, LocalDate today, List<Deadline> out) {
        facts.date("clueReceivedOn").ifPresent(received -> {
            int days = CLUE_WORKING_DAYS * (steps.stream().anyMatch(s -> s.transition().equals("extend-verification"))
                    ? 2 : 1);
            Estimate<LocalDate> due = calendar.estimateAddWorkingDays(received, days);
            out.add(new Deadline(CLUE_VERIFICATION, flagged(new Text("线索核查", "Clue verification"), due),
                    due.value(), "《市场监督管理行政处罚程序规定》第十八条",
                    firstDate(steps, "propose-filing", "decline-filing"), true));
        });
        facts.date("filedOn").ifPresent(filed -> {
            int extended = steps.stream().filter(s -> s.transition().equals("extend-time-limit"))
                    .mapToInt(s -> s.record().days("days").orElse(0)).sum();
            long excluded = excludedDays(steps, "start-testing", "testingStartedOn", "end-testing", "testingEndedOn",
                    today) + excludedDays(steps, "suspend-case", "suspendedOn", "resume-case", "resumedOn", today)
                    + hearingDays(facts, today) + publicNoticeDays(facts, today);
            out.add(new Deadline(CASE_TIME_LIMIT, new Text("办案期限", "Time limit of the case"),
                    filed.plusDays(CASE_DAYS + extended + excluded),
                    "行政处罚法 第六十条；《市场监督管理行政处罚程序规定》（延长三十日）", facts.date("decidedOn")
                            .orElse(null), true));
        });
        facts.date("preservedOn").ifPresent(preserved -> {
            Estimate<LocalDate> due = calendar.estimateAddWorkingDays(preserved, PRESERVATION_WORKING_DAYS);
            out.add(new Deadline(PRESERVATION_DECISION, flagged(new Text("先行登记保存处理决定",
                    "Decision on preserved evidence"), due), due.value(), "行政处罚法 第五十六条",
                    facts.date("preservationDecidedOn").filter(d -> !d.isBefore(preserved)).orElse(null), true));
        });
        facts.date("noticeServedOn").map(served -> "PUBLIC_NOTICE".equals(facts.text("noticeMethod").orElse(""))
                ? served.plusDays(PUBLIC_NOTICE_DAYS) : served).ifPresent(served -> {
            Estimate<LocalDate> period = calendar.estimateAddWorkingDays(served, STATEMENT_WORKING_DAYS);
            LocalDate end = period.value();
            out.add(new Deadline(STATEMENT_PERIOD, flagged(new Text("陈述、申辩期限", "Period for statement and defence"),
                    period), end,
                    "行政处罚法 第四十四、四十五条", facts.date("statementOn").or(() -> facts.date("statementWaivedOn"))
                            .orElse(metByThen(end, today)), false));
            out.add(new Deadline(HEARING_REQUEST, flagged(new Text("听证申请期限", "Period to request a hearing"), period),
                    end,
                    "行政处罚法 第六十四条", facts.date("hearingRequestedOn").orElse(metByThen(end, today)), false));
        });
        facts.date("decidedOn").ifPresent(decided -> {
            Estimate<LocalDate> due = calendar.estimateAddWorkingDays(decided, SERVICE_WORKING_DAYS);
            out.add(new Deadline(DECISION_SERVICE, flagged(new Text("决定书送达", "Service of the decision"), due),
                    due.value(), "行政处罚法 第六十一条", facts.date("servedOn").orElse(null), true));
        });
        deemedServed(facts).filter(s -> "PENALTY".equals(facts.text("outcome").orElse(""))).ifPresent(served -> {
            LocalDate payBy = facts.date("payBy").orElse(served.plusDays(PAYMENT_DAYS));
            out.add(new Deadline(PAYMENT, new Text("缴纳罚款期限", "Period to pay"), payBy,
                    "行政处罚法 第六十六、六十七条", facts.date("paidOn").orElse(null), false));
            out.add(new Deadline(COURT_APPLICATION, new Text("申请人民法院强制执行", "Application to the court"),
                    served.plusMonths(COURT_MONTHS), "行政强制法 第五十三条；行政诉讼法 第四十六条",
                    facts.date("paidOn").or(() -> facts.date("appliedOn")).orElse(null), true));
        });
    }

    // 行政处罚法 第五十二条: an on-the-spot decision is filed with the agency (SummaryDecisionFiledInTime)
    private void summary(String agencyCode, StepValues facts, List<Deadline> out) {
        facts.date("decidedOn").ifPresent(decided -> {
            Estimate<LocalDate> due = calendar.estimateAddWorkingDays(decided, summaryFiling.workingDays(agencyCode));
            out.add(new Deadline(SUMMARY_FILING, flagged(new Text("报所属机关备案", "Filing with the agency"), due),
                    due.value(), summaryFiling.legalBasis(), facts.date("recordFiledOn").orElse(null), true));
        });
    }

    private void coercive(StepValues facts, List<TakenStep> steps, LocalDate today, List<Deadline> out) {
        steps.stream().filter(s -> s.transition().equals("apply-emergency")).findFirst().ifPresent(applied -> {
            Instant due = applied.at().plus(24, ChronoUnit.HOURS);
            out.add(new Deadline(EMERGENCY_APPROVAL, new Text("紧急措施补办批准（24小时）",
                    "Approval of the emergency measure (24 hours)"), due.atZone(ChinaTime.ZONE).toLocalDate(),
                    "行政强制法 第十九条", facts.date("emergencyApprovedOn").orElse(null), true));
        });
        facts.date("appliedOn").ifPresent(applied -> {
            int extended = steps.stream().filter(s -> s.transition().equals("extend-measure"))
                    .mapToInt(s -> s.record().days("days").orElse(0)).sum();
            long excluded = excludedDays(steps, "start-testing", "testingStartedOn", "end-testing", "testingEndedOn",
                    today);
            out.add(new Deadline(MEASURE_PERIOD, new Text("查封、扣押期限", "Period of the measure"),
                    applied.plusDays(MEASURE_DAYS + extended + excluded), "行政强制法 第二十五条、第二十七条",
                    facts.date("releasedOn").or(() -> facts.date("disposedOn")).orElse(null), true));
        });
    }

    /**
     * A limit in working days that reaches into a year whose holidays are not imported yet (the State Council
     * publishes them late in the year before) is counted on weekends alone and says so, rather than stopping the
     * case; it is exact once the year is imported (calendar module).
     */
    private static Text flagged(Text name, Estimate<LocalDate> due) {
        if (!due.estimated()) {
            return name;
        }
        String years = due.yearsWithoutData().toString();
        return new Text(name.zh() + "（估算：" + years + " 年节假日安排尚未导入）",
                name.en() + " (estimated: holidays of " + years + " not imported yet)");
    }

    /** The day the decision counts as served: the service date, or 30 days after a public notice. */
    public static Optional<LocalDate> deemedServed(StepValues facts) {
        return facts.date("servedOn").map(served -> "PUBLIC_NOTICE".equals(facts.text("method").orElse(""))
                ? served.plusDays(PUBLIC_NOTICE_DAYS) : served);
    }

    /** Days of the excluded periods (each from its start step's date to its end step's, or to today if open). */
    private static long excludedDays(List<TakenStep> steps, String start, String startFact, String end,
            String endFact, LocalDate today) {
        long days = 0;
        LocalDate open = null;
        for (TakenStep step : steps) {
            if (step.transition().equals(start) && open == null) {
                open = step.record().date(startFact).orElse(null);
            } else if (step.transition().equals(end) && open != null) {
                days += ChronoUnit.DAYS.between(open, step.record().date(endFact).orElse(today));
                open = null;
            }
        }
        return open == null ? days : days + ChronoUnit.DAYS.between(open, today);
    }

    // 听证 does not count in the case's time limit (MR 程序规定): from the request to the hearing
    private static long hearingDays(StepValues facts, LocalDate today) {
        return facts.date("hearingRequestedOn").map(requested -> ChronoUnit.DAYS.between(requested,
                facts.date("heardOn").orElse(today))).orElse(0L);
    }

    /**
     * 公告 does not count in the case's time limit (MR 程序规定; 行政处罚法 第六十条 "法律、法规、规章另有规定的，从其规定"):
     * a notice of the proposed penalty served by public notice counts as served 30 days after it was published
     * (民事诉讼法 第九十五条), and those days, up to today while they run, are added to the limit.
     */
    private static long publicNoticeDays(StepValues facts, LocalDate today) {
        if (!"PUBLIC_NOTICE".equals(facts.text("noticeMethod").orElse(""))) {
            return 0;
        }
        return facts.date("noticeServedOn").map(published -> Math.max(0, ChronoUnit.DAYS.between(published,
                min(published.plusDays(PUBLIC_NOTICE_DAYS), today)))).orElse(0L);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate firstDate(List<TakenStep> steps, String... transitions) {
        return steps.stream().filter(s -> List.of(transitions).contains(s.transition())).findFirst()
                .map(s -> s.at().atZone(ChinaTime.ZONE).toLocalDate()).orElse(null);
    }

    private static LocalDate metByThen(LocalDate end, LocalDate today) {
        return today.isAfter(end) ? end : null;
    }
}
