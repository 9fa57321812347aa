package org.sanxiang.casework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.sanxiang.casework.PartyKind;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.CaseService.Opening;
import org.sanxiang.casework.internal.enforcementcase.CaseRepository;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.casework.internal.party.PartyService;
import org.sanxiang.evidence.EvidenceUpload;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.registry.AccountOfficer;
import org.sanxiang.registry.EnforcementAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases, after the registry's and the catalog's demo data (their officers, users and published benchmark
 * lists exist then), for the city and the county market-regulation bureaus: cases in every state of every
 * procedure, each produced by the commands a user takes ({@link CaseService#open}, {@link CaseService#take}) as the
 * demo officers and heads, on the past days the story needs ({@link CaseService#on}) so that every rule applies on
 * its day; footage of the steps the audio/video list asks to be filmed is uploaded as evidence of that step.
 * Each case's party is a demo party of the agency ({@link DemoParties}), registered as the officer would.
 * A story the rules refuse is logged and left out, so the rest of the demo still loads.
 */
@Component
@ConditionalOnProperty(name = "sanxiang.demo", havingValue = "true")
@Profile("!prod")
@Order(30)
class CaseworkDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseworkDemoData.class);
    private static final String DOMAIN = "market";

    private final CaseService cases;
    private final CaseRepository stored;
    private final AgencyDirectory agencies;
    private final UserAccounts users;
    private final AccountOfficer accounts;
    private final EnforcementAuthority authority;
    private final EvidenceUpload uploads;
    private final TransactionTemplate tx;
    private final MissedDeadlines missed;
    private final DemoParties demoParties;
    private int footage;

    CaseworkDemoData(CaseService cases, CaseRepository stored, AgencyDirectory agencies, UserAccounts users,
            AccountOfficer accounts, EnforcementAuthority authority, EvidenceUpload uploads, TransactionTemplate tx,
            MissedDeadlines missed, PartyService parties) {
        this.cases = cases;
        this.stored = stored;
        this.agencies = agencies;
        this.users = users;
        this.accounts = accounts;
        this.authority = authority;
        this.uploads = uploads;
        this.tx = tx;
        this.missed = missed;
        this.demoParties = new DemoParties(parties, tx);
    }

    /** An agency's people in the demo: the officer who signs in, two more officers, her unit's and agency's heads. */
    private record Staff(CurrentUser officer, long[] officers, CurrentUser unitHead, CurrentUser head,
            String code) {

        List<Long> pair() {
            return List.of(officers[0], officers[1]);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        if (stored.count() > 0) {
            log.info("Demo cases not loaded: there are cases already");
            return;
        }
        Optional<Staff> city = staff("衡阳市市场监督管理局", "officer", "unit-head", "agency-head", "SC");
        Optional<Staff> county = staff("衡阳县市场监督管理局", "county-officer", "county-unit-head",
                "county-agency-head", "HX");
        if (city.isEmpty() || county.isEmpty()) {
            log.info("Demo cases not loaded: the registry's demo agencies, officers or users are missing");
            return;
        }
        List<String> refused = new ArrayList<>();
        Map<String, Integer> states = new TreeMap<>();
        LocalDate today = cases.today();
        city(city.get(), today).forEach(story -> run(story, refused, states));
        county(county.get(), today).forEach(story -> run(story, refused, states));
        // what the nightly checks of those past days would have recorded
        int late = missed.check(today, Duration.ofDays(366));
        log.info("Demo cases: {} in {} procedure states ({}), {} footage files, {} missed deadlines, {} stories refused "
                + "{}, in {} ms", states.values().stream().mapToInt(Integer::intValue).sum(), states.size(), states,
                footage, late, refused.size(), refused, (System.nanoTime() - started) / 1_000_000);
    }

    private void run(Story story, List<String> refused, Map<String, Integer> states) {
        try {
            tx.executeWithoutResult(s -> story.play());
            story.opened.forEach(kase -> states.merge(kase.getProcedure().letter() + ":"
                    + stored.findById(kase.getId()).map(EnforcementCase::getState).orElse("?"), 1, Integer::sum));
        } catch (RuntimeException e) {
            log.warn("Demo case '{}' not loaded: {}", story.name, e.getMessage());
            refused.add(story.name);
        }
    }

    private List<Story> city(Staff s, LocalDate t) {
        String fine = s.code + "-WF-012"; // 价格法 第四十二条 明码标价：从轻 0–1500 元
        String label = s.code + "-WF-005"; // 食品安全法 第一百二十五条 标签：从轻 5000–18500 元
        List<Story> all = new ArrayList<>(general(s, t, fine, label));
        all.add(new Story("当场处罚（未备案）", t.minusDays(1), st -> st.onSpot(s, "衡阳市雁峰区示例路摊贩王某", 100)));
        all.add(new Story("当场处罚（已备案）", t.minusDays(6), st -> st.onSpot(s, "衡阳市石鼓区示例便利店", 200)
                .then(1, s.officer, "record-payment", "paidOn", st.day, "paid", 200)
                .then(1, s.unitHead, "file-record")));
        all.add(new Story("当场处罚（结案）", t.minusDays(20), st -> st.onSpot(s, "张某（流动摊贩）", 50)
                .then(0, s.officer, "record-payment", "paidOn", st.day, "paid", 50)
                .then(2, s.unitHead, "file-record").then(1, s.unitHead, "close")));
        all.add(new Story("扣押（待批准）", t.minusDays(1), st -> st.measure(s, "衡阳市示例冷链仓储有限公司")));
        all.add(new Story("扣押（已批准）", t.minusDays(2), st -> st.measure(s, "衡阳市示例食品批发部")
                .then(1, s.head, "approve-measure")));
        all.add(new Story("扣押（不予批准）", t.minusDays(3), st -> st.measure(s, "衡阳市示例粮油店")
                .then(1, s.head, "refuse-measure", "refusalReasons", "现有证据不足以证明涉案财物与违法行为有关，不予批准扣押")));
        all.add(new Story("扣押（延长后解除）", t.minusDays(50), st -> st.measure(s, "衡阳市示例肉制品加工厂")
                .then(1, s.head, "approve-measure").applied(s, 1)
                .then(25, s.head, "extend-measure", "days", 30, "reasons", "检验检测尚未完成，案情复杂，经机关负责人批准延长扣押期限",
                        "extensionNoticeOn", st.day.plusDays(25))
                .filmed(20, s, "release-measure")
                .then(0, s.officer, "release-measure", "releaseGround", "NO_VIOLATION",
                        "record", "经检验，扣押的冻肉制品符合食品安全标准，予以解除扣押并当场返还，当事人签收")));
        all.add(new Story("查封（实施中）", t.minusDays(10), st -> st.measure(s, "衡阳市示例食品添加剂经营部")
                .then(0, s.head, "approve-measure").applied(s, 1)));
        all.add(new Story("扣押（依法处理）", t.minusDays(40), st -> st.measure(s, "衡阳市示例副食品商行")
                .then(0, s.head, "approve-measure").applied(s, 1)
                .then(20, s.head, "dispose-measure", "decisionCase", "衡市监处罚〔示例〕号：没收扣押的过期食品")));
        all.add(new Story("检查（进行中）", t.minusDays(1), st -> st.inspection(s, "衡阳市示例大药房")));
        all.add(new Story("检查（已记录）", t.minusDays(3), st -> st.inspection(s, "衡阳市示例超市连锁有限公司")
                .recorded(s, 1, false)));
        all.add(new Story("检查（发现线索）", t.minusDays(8), st -> st.inspection(s, "衡阳市示例餐饮管理有限公司")
                .recorded(s, 1, true).then(1, s.officer, "open-clue", "summary",
                        "检查发现后厨使用的调味料超过保质期，移交立案线索")));
        all.add(new Story("检查（结束）", t.minusDays(12), st -> st.inspection(s, "衡阳市示例眼镜店")
                .recorded(s, 1, false).then(0, s.officer, "close")));
        return all;
    }

    private List<Story> county(Staff s, LocalDate t) {
        String fine = s.code + "-WF-012";
        List<Story> all = new ArrayList<>();
        all.add(new Story("县局线索", t.minusDays(2), st -> st.clue(s, "衡阳县示例粮油店", PartyKind.INDIVIDUAL_BUSINESS)));
        all.add(new Story("县局调查中", t.minusDays(12), st -> st.general(s, "衡阳县示例农资店", fine, 900, "INVESTIGATION")));
        all.add(new Story("县局结案", t.minusDays(45), st -> st.general(s, "衡阳县示例水果店", fine, 500, "CLOSED")));
        all.add(new Story("县局当场处罚", t.minusDays(3), st -> st.onSpot(s, "衡阳县西渡镇示例摊贩", 100)));
        all.add(new Story("县局检查", t.minusDays(4), st -> st.inspection(s, "衡阳县示例农贸市场").recorded(s, 1, false)));
        return all;
    }

    /** A general-procedure case in each of its states; the overdue clue was registered long ago. */
    private List<Story> general(Staff s, LocalDate t, String fine, String label) {
        List<Story> all = new ArrayList<>();
        all.add(new Story("线索", t.minusDays(2), st -> st.clue(s, "衡阳市示例母婴用品店", PartyKind.INDIVIDUAL_BUSINESS)));
        all.add(new Story("线索（核查逾期）", t.minusDays(40), st -> st.clue(s, "衡阳市示例茶叶商行",
                PartyKind.ORGANISATION)));
        all.add(new Story("不予立案", t.minusDays(20), st -> st.clue(s, "刘某（网店经营者）", PartyKind.NATURAL_PERSON)
                .then(2, s.unitHead, "decline-filing", "ground", "NOT_ESTABLISHED",
                        "reasons", "经核查，举报所称价格欺诈不属实，商品标价与结算价格一致")));
        all.add(new Story("立案审批", t.minusDays(3), st -> st.proposed(s, "衡阳市示例五金店", PartyKind.ORGANISATION)));
        String[][] path = {{"INVESTIGATION", "衡阳市示例服装店"},
            {"INVESTIGATED", "衡阳市示例数码城"}, {"CASE_REVIEWED", "衡阳市示例家具城"}, {"NOTIFIED", "衡阳市示例烟酒店"},
            {"DECIDED", "衡阳市示例洗车行"}, {"SERVED", "衡阳市示例美发店"}, {"EXECUTED", "衡阳市示例干洗店"},
            {"CLOSED", "衡阳市示例文具店"}};
        for (String[] p : path) {
            // decided a few days ago: its service is not yet overdue (the overdue case is the clue above)
            all.add(new Story(p[0], t.minusDays(p[0].equals("DECIDED") ? 12 : 30),
                    st -> st.general(s, p[1], fine, 1200, p[0])));
        }
        // the court is applied to once the party's six months to sue have passed (行政强制法 第五十三条)
        all.add(new Story("申请法院强制执行", t.minusDays(270), st -> st.general(s, "衡阳市示例建材经营部", fine, 1500,
                "SERVED").then(20, s.officer, "send-reminder", "reminderServedOn", st.day.plusDays(20))
                .then(220, s.head, "apply-court-enforcement", "appliedOn", st.day.plusDays(220),
                        "court", "衡阳市雁峰区人民法院")));
        String[] heard = {"HEARING_REQUESTED", "HEARING_SCHEDULED", "HEARD", "DISCUSSED", "CLOSED"};
        for (String target : heard) {
            all.add(new Story("听证：" + target, t.minusDays(60), st -> st.heard(s, "衡阳市示例熟食店（个体工商户）",
                    label, target)));
        }
        return all;
    }

    /** One case's history: its steps, each on its day, by its people. */
    private final class Story {
        final String name;
        LocalDate day;
        final java.util.function.Consumer<Story> script;
        final List<EnforcementCase> opened = new ArrayList<>();
        EnforcementCase kase;

        Story(String name, LocalDate start, java.util.function.Consumer<Story> script) {
            this.name = name;
            this.day = start;
            this.script = script;
        }

        void play() {
            script.accept(this);
        }

        private CaseService service() {
            return day.isBefore(cases.today()) ? cases.on(day) : cases;
        }

        Story open(CurrentUser who, Procedure procedure, String party, PartyKind kind, Object... record) {
            kase = service().open(who, new Opening(procedure, null, demoParties.of(who, party, kind), DOMAIN, null,
                    null, null, values(record)));
            opened.add(kase);
            return this;
        }

        /** The next step, {@code days} after the last one. */
        Story then(int days, CurrentUser who, String step, Object... record) {
            day = day.plusDays(days);
            kase = service().take(who, kase.getId(), step, values(record));
            return this;
        }

        /** Footage of the step about to be taken, filmed on its day and linked to it. */
        Story filmed(int days, Staff s, String step) {
            day = day.plusDays(days);
            Instant at = day.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
            String meta = String.join(",", meta("kind", "video"), meta("capturedAt", at.toString()),
                    meta("caseRef", kase.getNumber()), meta("stepRef", step), meta("place", kase.getPartyName()),
                    meta("deviceSerial", "DSJ-DEMO-" + s.code), meta("fileName", step + ".mp4"));
            try {
                uploads.upload(s.officer, meta, mp4(kase.getNumber() + " " + step + " " + at));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            footage++;
            return this;
        }

        Story clue(Staff s, String party, PartyKind kind) {
            return open(s.officer, Procedure.GENERAL_PENALTY, party, kind, "source", "COMPLAINT",
                    "clueReceivedOn", day, "summary", "群众投诉" + party + "商品未明码标价、结算价格高于标示价格");
        }

        Story proposed(Staff s, String party, PartyKind kind) {
            return clue(s, party, kind).then(1, s.officer, "propose-filing", "officers", s.pair(),
                    "actOn", day.minusDays(3), "facts", "经初步核查，当事人销售的商品未按规定明码标价");
        }

        Story filed(Staff s, String party, PartyKind kind) {
            return proposed(s, party, kind)
                    .then(1, s.unitHead, "approve-filing", "opinion", "同意立案，由承办人员调查取证")
                    .filmed(1, s, "record-inspection")
                    .then(0, s.officer, "record-inspection", "place", party + "经营场所",
                            "findings", "货架上 12 种商品未标示价格，收银系统价格与口头报价不一致", "partyPresent", true)
                    .then(1, s.officer, "record-inquiry", "person", party + "负责人",
                            "content", "问：商品为何未标价？答：标签脱落后未及时补上。", "avSkipReason", "当事人不同意录像，笔录经其签字确认");
        }

        /** A small fine for 明码标价, through the steps up to the target state. */
        Story general(Staff s, String party, String violation, int fine, String target) {
            filed(s, party, PartyKind.ORGANISATION);
            List<Runnable> steps = List.of(
                    () -> then(2, s.officer, "conclude-investigation", "findings", "当事人未按规定明码标价，事实清楚，证据确凿",
                            "violation", violation, "circumstance", "LIGHTER", "proposedPenalty", "FINE",
                            "proposedFine", fine),
                    () -> then(1, s.unitHead, "review-case", "opinion", "事实清楚，证据充分，定性准确，裁量适当"),
                    () -> then(1, s.officer, "serve-notice", "noticeServedOn", day, "noticeMethod", "DIRECT"),
                    () -> then(1, s.officer, "record-statement", "statement", "当事人承认违法事实，请求从轻处罚",
                            "recheck", "经复核，当事人已及时改正，维持从轻处罚意见")
                            .then(0, s.head, "decide", "outcome", "PENALTY", "penalty", "FINE", "fine", fine,
                                    "reasons", "依据《中华人民共和国价格法》第四十二条，责令改正，并处罚款"),
                    () -> then(1, s.officer, "serve-decision", "servedOn", day, "method", "DIRECT",
                            "avSkipReason", "当事人到局领取决定书，当场签收"),
                    () -> then(6, s.officer, "record-payment", "paidOn", day, "paid", fine),
                    () -> then(1, s.unitHead, "close", "summary", "罚款已缴清，处罚决定执行完毕，结案"));
            for (Runnable step : steps) {
                if (kase.getState().equals(target)) {
                    break;
                }
                step.run();
            }
            return this;
        }

        /** A fine for a natural person above the hearing threshold: notified with the right, heard, decided. */
        Story heard(Staff s, String party, String violation, String target) {
            filed(s, party, PartyKind.INDIVIDUAL_BUSINESS);
            then(2, s.officer, "conclude-investigation", "findings", "当事人销售的预包装熟食无标签，货值不足一万元",
                    "violation", violation, "circumstance", "LIGHTER", "proposedPenalty", "FINE", "proposedFine", 15000);
            then(1, s.unitHead, "review-case", "opinion", "拟处罚款数额较大，属于听证范围，告知时一并告知听证权利");
            then(1, s.officer, "serve-notice", "noticeServedOn", day, "noticeMethod", "DIRECT",
                    "hearingRightNotified", true);
            List<Runnable> steps = List.of(
                    () -> then(2, s.officer, "request-hearing", "hearingRequestedOn", day),
                    () -> then(1, s.officer, "notify-hearing", "hearingNoticeOn", day, "hearingOn", day.plusDays(10),
                            "hearingPlace", "市局三楼听证室", "presiding", List.of(s.officers[2])),
                    () -> filmed(10, s, "hold-hearing").then(0, s.officer, "hold-hearing",
                            "record", "当事人陈述：标签系供货商遗漏，已全部下架并补贴标签", "report", "建议在从轻档次内处罚款",
                            "partyAttended", true),
                    () -> then(2, s.head, "discuss-collectively", "attendees", "局长、分管副局长、法规科负责人",
                            "conclusion", "同意处罚款 15000 元"),
                    () -> then(0, s.head, "decide", "outcome", "PENALTY", "penalty", "FINE", "fine", 15000,
                            "reasons", "依据《中华人民共和国食品安全法》第一百二十五条第一款第（二）项")
                            .then(1, s.officer, "serve-decision", "servedOn", day, "method", "DIRECT",
                                    "avSkipReason", "当事人到局领取决定书，当场签收")
                            .then(10, s.officer, "record-payment", "paidOn", day, "paid", 15000)
                            .then(1, s.unitHead, "close", "summary", "罚款已缴清，结案"));
            for (Runnable step : steps) {
                if (kase.getState().equals(target)) {
                    break;
                }
                step.run();
            }
            return this;
        }

        Story onSpot(Staff s, String party, int fine) {
            return open(s.officer, Procedure.SUMMARY_PENALTY, party, PartyKind.NATURAL_PERSON, "officers", s.pair(),
                    "place", party + "经营处", "facts", "销售的散装食品未明码标价", "penalty", "FINE", "fine", fine,
                    "basis", "《中华人民共和国价格法》第四十二条", "formNumber", "当场-" + s.code + "-" + party.hashCode() % 10000,
                    "credentialShown", true, "avSkipReason", "执法记录仪电量耗尽，当事人签字确认");
        }

        Story measure(Staff s, String party) {
            return open(s.officer, Procedure.COERCIVE_MEASURE, party, PartyKind.ORGANISATION, "measure", "SEIZE",
                    "reasons", "涉嫌经营超过保质期的食品，依据《中华人民共和国食品安全法》第一百一十条扣押");
        }

        Story applied(Staff s, int days) {
            return filmed(days, s, "apply-measure").then(0, s.officer, "apply-measure", "officers", s.pair(),
                    "place", kase.getPartyName() + "仓库", "record", "当事人在场，扣押过程全程录像",
                    "items", "冻肉制品 32 箱（详见扣押清单）", "partyPresent", true);
        }

        Story inspection(Staff s, String party) {
            return open(s.officer, Procedure.INSPECTION, party, PartyKind.ORGANISATION, "officers", s.pair(),
                    "subject", "食品经营许可及进货查验记录");
        }

        Story recorded(Staff s, int days, boolean problems) {
            return filmed(days, s, "record-findings").then(0, s.officer, "record-findings",
                    "place", kase.getPartyName() + "经营场所", "findings", problems ? "后厨调味料超过保质期 3 瓶"
                            : "许可证件齐全，进货查验记录完整", "problemsFound", problems);
        }
    }

    private Optional<Staff> staff(String agencyName, String officer, String unitHead, String head, String code) {
        Optional<Long> agency = agencies.all().stream().filter(a -> a.name().equals(agencyName))
                .map(AgencyDirectory.Agency::id).findFirst();
        if (agency.isEmpty() || !users.belongsTo(officer, agency.get())) {
            return Optional.empty();
        }
        CurrentUser signedIn = new CurrentUser(0, officer, officer, agency.get(), EnumSet.of(Role.OFFICER));
        Optional<AccountOfficer.LinkedOfficer> linked = accounts.linkedTo(signedIn);
        if (linked.isEmpty()) {
            return Optional.empty();
        }
        // two more of the agency's officers who may act in the domain: the demo registers them after hers
        long[] ids = new long[3];
        ids[0] = linked.get().id();
        int found = 1;
        for (long id = ids[0] + 1; found < 3 && id < ids[0] + 60; id++) {
            long candidate = id;
            boolean ours = accounts.officer(candidate).filter(o -> o.agencyId() == agency.get()).isPresent();
            if (ours && authority.mayAct(candidate, DOMAIN, null, cases.today().minusDays(90)).allowed()
                    && authority.mayAct(candidate, DOMAIN, null, cases.today()).allowed()) {
                ids[found++] = candidate;
            }
        }
        if (found < 3) {
            return Optional.empty();
        }
        return Optional.of(new Staff(signedIn, ids, head(unitHead, agency.get(), Role.UNIT_HEAD, "执法机构负责人"),
                head(head, agency.get(), Role.AGENCY_HEAD, "机关负责人"), code));
    }

    /** The head's demo account; the county's are the casework demo's own (the registry's demo has the city's). */
    private CurrentUser head(String username, long agency, Role role, String title) {
        if (!users.exists(username)) {
            users.create(username, "sanxiang-demo", title + "（" + username + "）", agency, EnumSet.of(role));
        }
        return new CurrentUser(0, username, username, agency, EnumSet.of(role));
    }

    private static Map<String, Object> values(Object... record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < record.length; i += 2) {
            values.put((String) record[i], record[i + 1] instanceof LocalDate d ? d.toString() : record[i + 1]);
        }
        return values;
    }

    private static String meta(String key, String value) {
        return key + " " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A stand-in for a body camera's file: an MP4 {@code ftyp} box, then bytes unique to the step. */
    private static byte[] mp4(String unique) {
        byte[] ftyp = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p',
            '4', '1'};
        byte[] rest = unique.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(ftyp, ftyp.length + rest.length);
        System.arraycopy(rest, 0, all, ftyp.length, rest.length);
        return all;
    }
}
