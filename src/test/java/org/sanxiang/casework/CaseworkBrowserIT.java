package org.sanxiang.casework;

import org.sanxiang.test.ChinaDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A general-procedure case walked through the workbench as the people who handle it would: an officer registers the
 * party and, from its page, a clue against it, and proposes filing it with a colleague, the unit head approves it
 * from 待办, the officer on her phone films the on-site inspection into its step and records it, concludes the
 * investigation with the published benchmark's violation, the unit head reviews it, the notice is served, and the
 * agency head decides. A step the rules refuse is a disabled button naming its rule.
 */
@IntegrationTest
@BrowserTest
class CaseworkBrowserIT {

    private static final String DOMAIN = "market";

    @LocalServerPort
    int port;

    @Test
    void aGeneralProcedureCaseGoesFromClueToDecisionThroughTheWorkbenchWithTheInspectionFilmedOnAPhone(
            Browser browser) throws Exception {
        RegistryFixture f = new RegistryFixture(port);
        LocalDate today = ChinaDay.today();
        String officer = f.user("OFFICER", f.city);
        String colleague = f.tag + "-colleague";
        RegistryFixture.created(f.admin.post("/api/v1/users", Map.of("username", colleague, "displayName", colleague,
                "password", RegistryFixture.PASSWORD, "agencyId", f.city, "roles", List.of("OFFICER"))));
        String unitHead = f.user("UNIT_HEAD", f.city);
        String agencyHead = f.user("AGENCY_HEAD", f.city);
        long officerId = qualifiedOfficer(f, "李明", officer, today);
        long colleagueId = qualifiedOfficer(f, "王芳", colleague, today);
        String violation = publishedViolation(f, today);

        Page desk = browser.page(1280);
        try {
            walk(browser, f, desk, today, officer, unitHead, agencyHead, officerId, colleagueId, violation);
        } catch (RuntimeException | AssertionError e) {
            for (var context : List.copyOf(desk.context().browser().contexts())) {
                for (Page page : context.pages()) {
                    Browser.screenshot(page, "casework-failed-" + page.viewportSize().width + "-" + page.hashCode());
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screenshots",
                            "casework-failed-" + page.hashCode() + ".html"), page.content());
                }
            }
            throw e;
        }
    }

    private void walk(Browser browser, RegistryFixture f, Page desk, LocalDate today, String officer,
            String unitHead, String agencyHead, long officerId, long colleagueId, String violation) {
        Browser.logIn(desk, url(""), officer, RegistryFixture.PASSWORD);
        // the party first, then the case against it from the party's page
        desk.navigate(url("/workbench/parties/new"));
        desk.fill("#name", f.tag + "食品有限公司");
        desk.fill("#creditCode", RegistryFixture.uscc());
        desk.fill("#legalRepresentative", "王某");
        Browser.assertAccessible(desk);
        desk.waitForNavigation(() -> desk.click("main button[type=submit]"));
        desk.waitForSelector("#party-cases");
        desk.click("text=为其启动案件");
        desk.selectOption("#domain", DOMAIN);
        desk.selectOption("#open-source", "COMPLAINT");
        desk.fill("#open-clueReceivedOn", today.toString());
        desk.fill("#open-summary", "群众举报该公司使用过期原料");
        Browser.assertAccessible(desk);
        desk.click("text=启动案件");
        desk.waitForSelector("#step-propose-filing");
        String caseUrl = desk.url();
        String number = desk.textContent("h1 span").strip();
        assertThat(desk.textContent("#case-state")).contains("案件来源登记");

        // what only a head may do is offered to the officer as a disabled button naming the rule
        desk.selectOption("#propose-filing-officers", new SelectOption[] {
            new SelectOption().setValue(String.valueOf(officerId)), new SelectOption().setValue(String.valueOf(colleagueId))});
        desk.fill("#propose-filing-actOn", today.minusDays(3).toString());
        desk.fill("#propose-filing-facts", "使用超过保质期的面粉生产糕点");
        send(desk, "#step-propose-filing");
        desk.waitForSelector("#step-approve-filing");
        assertThat(desk.textContent("#case-state")).contains("立案审批");
        assertThat(desk.isDisabled("#step-approve-filing button")).isTrue();
        assertThat(desk.textContent("#refusals-approve-filing")).contains("step-taken-by-its-role");
        assertThat(desk.textContent("#timeline")).contains("提请立案", "李明", "王芳", "使用超过保质期的面粉生产糕点");
        Browser.assertAccessible(desk);

        Page head = browser.page(1280);
        Browser.logIn(head, url(""), unitHead, RegistryFixture.PASSWORD);
        head.navigate(url("/workbench/cases/tasks"));
        assertThat(head.textContent("#approvals-h + table")).contains(number, "批准立案");
        head.click("text=" + number);
        head.waitForURL(CaseworkBrowserIT::isCasePage); // the case page, loaded, before its forms are filled
        head.fill("#approve-filing-opinion", "同意立案");
        send(head, "#step-approve-filing");
        head.waitForSelector("#step-record-inspection");

        // on site, on her phone: the inspection needs its recording before it can be recorded
        Page phone = browser.page(390);
        Browser.logIn(phone, url(""), officer, RegistryFixture.PASSWORD);
        phone.navigate(url("/workbench/cases/tasks"));
        Browser.assertFitsTheScreen(phone);
        phone.click("text=" + number);
        phone.waitForURL(CaseworkBrowserIT::isCasePage); // the case page, loaded, before its forms are filled
        phone.waitForSelector("#step-record-inspection");
        assertThat(phone.textContent("#refusals-record-inspection")).contains("audio-video-recorded");
        assertThat(phone.getAttribute("#file", "capture")).isEqualTo("environment");
        assertThat(phone.inputValue("#caseRef")).isEqualTo(number);
        phone.selectOption("#stepRef", "record-inspection");
        phone.setInputFiles("#file", new FilePayload("现场检查.mp4", "video/mp4", mp4()));
        phone.click("#upload-start");
        phone.waitForSelector("#upload-status a", new Page.WaitForSelectorOptions().setTimeout(60_000));
        phone.waitForSelector("#step-record-inspection form");
        assertThat(phone.locator("#evidence-list video").count()).isEqualTo(1);
        Browser.assertFitsTheScreen(phone);
        Browser.assertAccessible(phone);
        Browser.screenshot(phone, "case-phone");
        phone.fill("#record-inspection-place", "该公司生产车间");
        phone.fill("#record-inspection-findings", "仓库存有超过保质期的面粉 20 袋");
        phone.check("#record-inspection-partyPresent");
        send(phone, "#step-record-inspection");
        phone.waitForSelector("text=已完成：现场检查笔录");
        assertThat(phone.textContent("#timeline")).contains("现场检查笔录", "该公司生产车间", "当事人在场", "是");

        desk.navigate(caseUrl);
        desk.fill("#conclude-investigation-findings", "现场检查笔录、照片证实使用过期原料");
        desk.fill("#conclude-investigation-violation", violation);
        desk.selectOption("#conclude-investigation-circumstance", "ORDINARY");
        desk.selectOption("#conclude-investigation-proposedPenalty", "FINE");
        desk.fill("#conclude-investigation-proposedFine", "80000.00");
        send(desk, "#step-conclude-investigation");
        desk.waitForSelector("#step-review-case");
        assertThat(desk.textContent("#timeline")).contains("用超过保质期的食品原料生产食品", "一般");

        head.navigate(caseUrl);
        head.fill("#review-case-opinion", "事实清楚，证据充分，同意告知");
        send(head, "#step-review-case");
        head.waitForSelector("#step-serve-notice");

        desk.navigate(caseUrl);
        desk.fill("#serve-notice-noticeServedOn", today.toString());
        desk.selectOption("#serve-notice-noticeMethod", "DIRECT");
        // a click on a box of this long page while it still settles on a busy machine once landed beside it
        desk.locator("#serve-notice-hearingRightNotified").dispatchEvent("click");
        assertThat(desk.isChecked("#serve-notice-hearingRightNotified")).isTrue();
        send(desk, "#step-serve-notice");
        desk.waitForSelector("#step-waive-statement form");
        desk.fill("#waive-statement-waivedBy", "法定代表人 赵某");
        send(desk, "#step-waive-statement");
        desk.waitForSelector("text=已完成：放弃陈述申辩");

        Page chief = browser.page(1280);
        Browser.logIn(chief, url(""), agencyHead, RegistryFixture.PASSWORD);
        chief.navigate(caseUrl);
        chief.fill("#discuss-collectively-attendees", "局长、副局长、法制机构负责人");
        chief.fill("#discuss-collectively-conclusion", "同意罚款八万元");
        send(chief, "#step-discuss-collectively");
        chief.waitForSelector("#step-decide form");
        chief.selectOption("#decide-outcome", "PENALTY");
        chief.selectOption("#decide-penalty", "FINE");
        chief.fill("#decide-fine", "80000");
        chief.fill("#decide-reasons", "依据食品安全法第一百二十四条");
        send(chief, "#step-decide");
        chief.waitForSelector("#step-serve-decision");
        assertThat(chief.textContent("#case-state")).contains("决定");
        // serving the decision is advised on video: its form asks why, if there is no recording
        assertThat(chief.locator("#serve-decision-avSkipReason").count() + chief.locator("#refusals-serve-decision")
                .count()).isEqualTo(1);
        Browser.screenshot(chief, "case-page");
        Browser.screenshot(desk, "case-timeline");

        phone.navigate(url("/workbench/cases?q=" + number));
        assertThat(phone.textContent("#case-total")).contains("共 1 件");
        Browser.assertFitsTheScreen(phone);
        Browser.assertAccessible(phone);
        Browser.screenshot(phone, "case-list-phone");
        phone.navigate(caseUrl);
        Browser.assertFitsTheScreen(phone);
        Browser.assertAccessible(phone);
        Browser.screenshot(phone, "case-decided-phone");
    }

    /** An officer of the city bureau with a valid credential for the domain, linked to her account. */
    private static long qualifiedOfficer(RegistryFixture f, String name, String username, LocalDate today) {
        long id = f.officer(f.city, name, List.of(DOMAIN));
        f.credential(id, RegistryFixture.uniqueNumber(), today.minusYears(1), today.plusYears(2), List.of(DOMAIN));
        ApiClient.Response linked = f.admin.put("/api/v1/registry/officers/" + id + "/account",
                Map.of("username", username));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        return id;
    }

    /** A violation of the city bureau's discretion benchmarks, reviewed and in force today; its code. */
    private static String publishedViolation(RegistryFixture f, LocalDate today) {
        ApiClient admin = f.as(f.user("ADMIN", f.city));
        ApiClient reviewer = f.as(f.user("LEGAL_REVIEWER", f.city));
        String code = "WF-" + f.tag;
        String citation = "{\"law\":\"中华人民共和国食品安全法\",\"article\":\"第一百二十四条\",\"clause\":\"第一款\","
                + "\"text\":\"违反本法规定，用超过保质期的食品原料生产食品的，没收违法所得和违法生产经营的食品\"}";
        String json = "{\"code\":\"" + code + "\",\"name\":\"用超过保质期的食品原料生产食品\",\"violatedProvision\":["
                + citation + "],\"penaltyProvision\":[" + citation + "],\"penaltyKinds\":[\"罚款\"],\"bands\":["
                + "{\"circumstance\":\"一般\",\"conditions\":\"其他情形\",\"range\":{\"kind\":\"AMOUNT\",\"min\":70000,"
                + "\"max\":100000}}]}";
        long id = RegistryFixture.created(admin.post("/api/v1/catalog/agencies/" + f.city
                + "/discretion-benchmarks", JsonMapper.builder().build().readTree(json)));
        String version = "/api/v1/catalog/versions/" + id;
        assertThat(admin.post(version + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(reviewer.post(version + "/pass", Map.of("reason", "同意")).status()).isEqualTo(200);
        assertThat(admin.post(version + "/publish", Map.of("effectiveFrom", today.toString())).status())
                .isEqualTo(200);
        return code;
    }

    /** The start of an MP4 file (its ftyp box and some bytes): what the store sniffs as video/mp4. */
    private static byte[] mp4() {
        byte[] body = new byte[64 * 1024];
        byte[] head = "\0\0\0\u0018ftypmp42\0\0\0\0mp42isom".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, body, 0, head.length);
        return body;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Sends a step's form and waits until the page it leads to has loaded: under load, the next form was found and
     * filled while that page was still coming in, and the step it belonged to was never sent.
     */
    private static void send(Page page, String step) {
        page.waitForNavigation(() -> page.click(step + " button[type=submit]"));
    }

    private static boolean isCasePage(String address) {
        return address.matches(".*/workbench/cases/\\d+([?#].*)?");
    }
}
