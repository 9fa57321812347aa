package org.sanxiang.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseFixture;
import org.sanxiang.evidence.TusClient;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.review.internal.Checklist;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.ChinaDay;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A major fine through the legal review in the workbench: the officer submits it from the case's page, the
 * reviewer takes it from the queue, returns it with a failed checklist item, the officer resubmits, the reviewer
 * agrees, and the head's decision then goes through.
 */
@IntegrationTest
@BrowserTest
class ReviewBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @Test
    void aReviewerReturnsAMajorFineFromTheQueueAndPassesItsResubmissionBeforeTheDecision(Browser browser) {
        RegistryFixture f = new RegistryFixture(port);
        LocalDate today = ChinaDay.today();
        CaseFixture cases = new CaseFixture(f, today);
        long[] officers = {cases.qualifiedOfficer("审甲", today.plusYears(2)),
            cases.qualifiedOfficer("审乙", today.plusYears(2))};
        String officer = cases.linked(officers[0], "OFFICER");
        ApiClient chief = f.as(f.user("AGENCY_HEAD", f.city));
        String violation = cases.publishedViolation();
        String reviewer = cases.account("LEGAL_REVIEWER");
        cases.publish("major-decisions", "{\"code\":\"ZD-B" + f.tag + "\",\"name\":\"较大数额罚款\",\"legalBasis\":["
                + "{\"law\":\"中华人民共和国行政处罚法\",\"article\":\"第五十八条\",\"text\":\"……\"}],"
                + "\"penalties\":[\"罚款\"],\"minAmountOrganisation\":\"50000\",\"reviewUnit\":\"政策法规科\"}");
        long caseId = cases.notifiedFine(f.as(officer), officers, f.as(f.user("UNIT_HEAD", f.city)), violation,
                "80000");
        photograph(f, f.as(officer).get("/api/v1/cases/" + caseId).json().get("number").asString());

        Page desk = browser.page(1280);
        Browser.logIn(desk, url(""), officer, RegistryFixture.PASSWORD);
        submit(desk, caseId, "当事人使用过期面粉生产糕点，拟罚款八万元");
        assertThat(desk.textContent("#review")).contains("ZD-B" + f.tag, "第1轮", "待审核");

        Page phone = browser.page(390);
        Browser.logIn(phone, url(""), reviewer, RegistryFixture.PASSWORD);
        phone.navigate(url("/workbench/reviews"));
        Browser.assertAccessible(phone);
        Browser.assertFitsTheScreen(phone);
        phone.waitForNavigation(() -> phone.locator("main table a").first().click());
        phone.waitForSelector("#assign-form");
        assertThat(phone.textContent("main")).contains("送审材料（提交时冻结）", "已承诺材料真实、准确、完整");
        assertThat(phone.textContent("#round-checks")).as("the officers checked against the registry, the case's "
                + "time limits").contains("持有效执法证，可以执法", "办案期限");
        phone.locator("#round-evidence img").scrollIntoViewIfNeeded();
        phone.waitForFunction("() => document.querySelector('#round-evidence img').naturalWidth === 120");
        assertThat(phone.locator("#round-evidence img").getAttribute("alt")).as("the photo shown beside the "
                + "checklist").startsWith("证据 #");
        phone.selectOption("#reviewer", reviewer);
        phone.waitForNavigation(() -> phone.click("#assign-form button[type=submit]"));
        phone.waitForSelector("#opinion-form");
        Browser.assertAccessible(phone);
        Browser.assertFitsTheScreen(phone);
        answer(phone, "PROBLEMS", "罚款的裁量理由未写明，请补充后重新报送");
        assertThat(phone.textContent("main")).contains("退回修改", "罚款的裁量理由未写明");
        assertThat(CaseFixture.step(chief, caseId, "decide", decision()).status()).isEqualTo(409);

        submit(desk, caseId, "已补充裁量理由：违法情节一般，在一般档次内处罚");
        assertThat(desk.textContent("#review")).contains("第2轮");
        phone.navigate(url("/workbench/reviews"));
        phone.waitForNavigation(() -> phone.locator("main table a").first().click());
        assertThat(phone.textContent("#round-changes")).as("what the resubmission changed").contains("与第1轮相比",
                "送审说明已修改");
        phone.selectOption("#reviewer", reviewer);
        phone.waitForNavigation(() -> phone.click("#assign-form button[type=submit]"));
        phone.waitForSelector("#opinion-form");
        answer(phone, "AGREE", "同意");
        assertThat(phone.textContent("main")).contains("审核通过");

        CaseFixture.taken(CaseFixture.step(chief, caseId, "decide", decision()), "DECIDED");

        // the case names who answered for what; the reviewer's indicators count the decision as reviewed
        desk.navigate(url("/workbench/cases/" + caseId));
        assertThat(desk.locator("#review-chain li").allInnerTexts()).anyMatch(t -> t.startsWith("送审："))
                .anyMatch(t -> t.startsWith("法制审核：") && t.contains("第2轮，同意"))
                .last(InstanceOfAssertFactories.STRING).startsWith("作出决定：");
        phone.navigate(url("/workbench/reviews"));
        phone.waitForNavigation(() -> phone.click("main a:text-is('法制审核统计')"));
        assertThat(phone.locator("#review-indicators dd").allInnerTexts()).as("every major decision reviewed; the "
                + "first round was returned").startsWith("100%（1/1）").contains("0/1");
        Browser.assertAccessible(phone);
        Browser.assertFitsTheScreen(phone);
        Browser.screenshot(phone, "review-indicators-390");
    }

    /** A photo of the scene, uploaded by the officer's camera and linked to the case. */
    private void photograph(RegistryFixture f, String caseNumber) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 80,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpg", jpeg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] content = jpeg.toByteArray();
        TusClient camera = new TusClient(port, TusClient.user(users, f.tag + "-camera", f.city, Role.OFFICER));
        HttpResponse<byte[]> done = camera.resume(camera.start(content.length, Map.of("kind", "photo", "caseRef",
                caseNumber, "stepRef", "record-statement", "officer", "审甲", "capturedAt", Instant.now().toString())),
                content, content.length);
        assertThat(done.statusCode()).isEqualTo(204);
    }

    private void submit(Page desk, long caseId, String statement) {
        desk.navigate(url("/workbench/cases/" + caseId)); // not "#review": that would not reload the page it is on
        desk.waitForSelector("#review-submit");
        desk.fill("#statement", statement);
        desk.locator("#pledged").scrollIntoViewIfNeeded();
        desk.click("label[for=pledged]");
        assertThat(desk.isChecked("#pledged")).isTrue();
        desk.waitForNavigation(() -> desk.click("#review-submit button[type=submit]"));
        desk.waitForSelector("#review");
    }

    /** Every checklist item answered; a return fails the discretion item with a note. */
    private static void answer(Page page, String opinion, String text) {
        for (String item : Checklist.ITEMS.keySet()) {
            boolean fails = "PROBLEMS".equals(opinion) && item.equals("discretion");
            page.check((fails ? "#no-" : "#yes-") + item);
            if (fails) {
                page.fill("#note-" + item, "未说明裁量理由");
            }
        }
        page.check("#opinion-" + opinion);
        page.fill("#text", text);
        page.waitForNavigation(() -> page.click("#opinion-form button[type=submit]"));
        page.waitForSelector("#opinion-h");
    }

    private static Map<String, Object> decision() {
        return Map.of("outcome", "PENALTY", "penalty", "FINE", "fine", "80000", "reasons", "违反食品安全法第三十四条");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
