package org.sanxiang.document;

import org.sanxiang.test.ChinaDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseFixture;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A decision document made and issued in the workbench by the officer of a decided general-procedure case, its PDF
 * downloaded, and checked on the public page its QR code opens by anyone holding a copy: choosing the file and
 * dropping it both say it is the issued one, and a copy with one byte changed is reported as not.
 */
@IntegrationTest
@BrowserTest
class DocumentBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void anOfficerIssuesADecisionAndAnyoneChecksItsPdfOnThePageItsQrCodeOpens(Browser browser) throws Exception {
        RegistryFixture f = new RegistryFixture(port);
        LocalDate today = ChinaDay.today();
        CaseFixture cases = new CaseFixture(f, today);
        long[] officers = {cases.qualifiedOfficer("页甲", today.plusYears(2)),
            cases.qualifiedOfficer("页乙", today.plusYears(2))};
        String officer = cases.linked(officers[0], "OFFICER");
        var chief = f.as(f.user("AGENCY_HEAD", f.city));
        assertThat(chief.put("/api/v1/document-settings", Map.of("abbreviation", "页市监", "reviewBody", "测试市人民政府",
                "court", "测试市石鼓区人民法院", "payment", "请至测试市财政非税收入专户缴纳。")).status()).isEqualTo(200);
        long caseId = cases.decidedFine(f.as(officer), officers, f.as(f.user("UNIT_HEAD", f.city)), chief,
                cases.publishedViolation());

        Page desk = browser.page(1280);
        Browser.logIn(desk, url(""), officer, RegistryFixture.PASSWORD);
        desk.navigate(url("/workbench/cases/" + caseId + "#documents"));
        assertThat(desk.textContent("#documents")).contains("尚不能制作的文书及原因", "document-at-its-step");
        desk.waitForNavigation(() -> desk.click("#documents button:has-text('行政处罚决定书')"));
        desk.waitForSelector("#fields-form");
        assertThat(desk.inputValue("#f-court")).isEqualTo("测试市石鼓区人民法院");
        assertThat(desk.textContent("#issue-refusals")).contains("decision-gives-reasons", "decision-answers-defence");
        assertThat(desk.isDisabled("#issue button")).isTrue();
        Browser.assertAccessible(desk);

        desk.fill("#f-evidence", "现场检查笔录、询问笔录、进货台账");
        desk.fill("#f-evidenceReasons", "以上证据来源合法、内容真实，予以采信。");
        desk.fill("#f-violatedProvision", "《中华人民共和国食品安全法》第三十四条第（十）项");
        desk.fill("#f-basisReasons", "当事人使用超过保质期的食品原料生产食品。");
        desk.fill("#f-discretionReasons", "违法情节一般，在一般档次内处罚。");
        desk.fill("#f-penaltyProvision", "《中华人民共和国食品安全法》第一百二十四条第一款");
        desk.fill("#f-defenceAnswers", "对第一点，不予采纳。\n对第二点，在裁量时予以考虑。");
        desk.waitForNavigation(() -> desk.click("#fields-form button[type=submit]"));
        desk.waitForSelector("#issue-button");
        desk.waitForNavigation(() -> desk.click("#issue-button"));
        desk.waitForSelector("#pdf-link");
        String number = desk.textContent("#doc-number").strip();
        assertThat(number).isEqualTo("页市监处罚〔" + today.getYear() + "〕1号");
        byte[] pdf = desk.request().get(url(desk.getAttribute("#pdf-link", "href"))).body();
        assertThat(DocumentsIT.sha256(pdf)).isEqualTo(desk.textContent("#doc-sha256").strip());
        String qr = IssuedPdfs.qrUrl(pdf);
        assertThat(qr).endsWith("/d/" + desk.url().replaceAll(".*/documents/(\\d+).*", "$1"));

        Page phone = browser.page(390);
        phone.navigate(qr);
        phone.waitForSelector("#check-file");
        assertThat(phone.textContent("#doc-number")).contains(number);
        assertThat(phone.textContent("#doc-status")).contains("有效");
        Browser.assertAccessible(phone);
        Browser.assertFitsTheScreen(phone);

        phone.setInputFiles("#check-file", new FilePayload("决定书.pdf", "application/pdf", pdf));
        phone.waitForSelector("#check-result[data-result=match]");
        assertThat(phone.textContent("#check-result")).contains("与签发的原件一致");

        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;
        drop(phone, changed);
        phone.waitForSelector("#check-result[data-result=mismatch]");
        assertThat(phone.textContent("#check-result")).contains("不是签发的原件");
        drop(phone, pdf);
        phone.waitForSelector("#check-result[data-result=match]");

        // the proof of service, signed on the officer's phone by the party with a finger, then by two officers
        Page field = browser.page(390);
        Browser.logIn(field, url(""), officer, RegistryFixture.PASSWORD);
        field.navigate(url("/workbench/cases/" + caseId + "#documents"));
        field.waitForNavigation(() -> field.click("#documents button:has-text('送达回证')"));
        field.waitForSelector("#fields-form");
        field.fill("#f-documents", number);
        field.waitForNavigation(() -> field.click("#fields-form button[type=submit]"));
        assertThat(field.textContent("#issue-refusals")).contains("document-signed");
        Browser.assertFitsTheScreen(field);
        Browser.assertAccessible(field);
        sign(field, "#role-PARTY", "某某糕点有限公司法定代表人");
        sign(field, "#role-OFFICERS", "页甲");
        sign(field, "#role-OFFICERS", "页乙");
        assertThat(field.textContent("#signatures")).contains("某某糕点有限公司法定代表人", "页甲", "页乙", "SHA-256");
        field.waitForNavigation(() -> field.click("#issue-button"));
        field.waitForSelector("#pdf-link");
        assertThat(field.textContent("h1")).contains("送达回证", "有效");
    }

    /** A signature drawn with a finger across the box, as on a phone. */
    private static void sign(Page page, String role, String name) {
        page.check(role);
        page.fill("#sign-name", name);
        page.locator("canvas.signature-pad").scrollIntoViewIfNeeded();
        var box = page.locator("canvas.signature-pad").boundingBox();
        page.mouse().move(box.x + 20, box.y + box.height / 2);
        page.mouse().down();
        for (int i = 1; i <= 12; i++) {
            page.mouse().move(box.x + 20 + i * (box.width - 40) / 12, box.y + box.height / 2 + (i % 2 == 0 ? 25 : -25));
        }
        page.mouse().up();
        page.waitForNavigation(() -> page.click("#sign-form button[type=submit]"));
        page.waitForSelector("#signatures");
        assertThat(page.textContent("#signatures")).as("signed by " + name).contains(name);
    }

    private static void drop(Page page, byte[] file) {
        JSHandle transfer = page.evaluateHandle("b64 => { const bytes = Uint8Array.from(atob(b64), c => "
                + "c.charCodeAt(0)); const t = new DataTransfer(); t.items.add(new File([bytes], 'copy.pdf', "
                + "{type: 'application/pdf'})); return t; }", Base64.getEncoder().encodeToString(file));
        page.evaluate("() => document.getElementById('check-result').removeAttribute('data-result')");
        page.dispatchEvent("#drop-zone", "drop", Map.of("dataTransfer", transfer));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
