package org.sanxiang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's path of the foundation issue: log in, import officers from an .xlsx file, then look one
 * of them up on the public portal by credential number and by the URL in the credential's QR code.
 */
@IntegrationTest
@BrowserTest
class ImportAndLookupBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorImportsOfficersAndTheirCredentialsCanBeLookedUpByNumberAndQrCode(Browser browser) throws Exception {
        RegistryFixture f = new RegistryFixture(port);
        String number = RegistryFixture.uniqueNumber();
        byte[] xlsx = RegistryApiIT.xlsx(List.of(
                List.of("陈导入", RegistryFixture.idNumber(), "执法支队", "科员", "市场监管", "蒸湘区", number, "湖南省人民政府",
                        "2024-01-01", "2029-12-31"),
                List.of("黄导入", RegistryFixture.idNumber(), "", "科长", "市场监管、食品药品", "", number + "X", "湖南省人民政府",
                        "2024-01-01", "2029-12-31")));
        Path file = Files.createTempFile("officers", ".xlsx");
        Files.write(file, xlsx);
        String base = "http://localhost:" + port;

        try {
            Page page = browser.page(1280);
            Browser.logIn(page, base, "admin", "admin-password-1");
            Browser.assertAccessible(page);

            chooseAgency(page, base, f.city);
            upload(page, file);
            assertThat(page.locator("[role=status]").innerText()).contains("新增 2 名");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "workbench-import-done");

            Page visitor = browser.page(390);
            visitor.navigate(base + "/portal/officers/lookup");
            visitor.getByLabel("执法证号").fill(number);
            visitor.locator("form:has(#number) button").click();
            assertThat(visitor.locator("main").innerText()).contains("陈导入").contains("有效")
                    .contains("执法支队").doesNotContain("身份证");
            Browser.screenshot(visitor, "portal-lookup-imported-phone");

            String qrUrl = decodeQr(ApiClient.anonymous(port).get("/portal/credentials/" + number + "/qr.png").body());
            assertThat(qrUrl).isEqualTo(base + "/portal/credentials/" + number);
            visitor.navigate(qrUrl);
            assertThat(visitor.locator("h1").innerText()).contains(number);
            assertThat(visitor.locator("main").innerText()).contains("陈导入").contains("有效");
            Browser.assertAccessible(visitor);
            Browser.screenshot(visitor, "portal-credential-by-qr-phone");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Issue 16: the template of the agency imports as it is; dates typed in Excel (numbers in date formats) are
     * dates; an exported list, one cell corrected, imports again as one update and no new officer.
     */
    @Test
    void theAgencysTemplateImportsAsItIsExcelDatesAreDatesAndAnExportedListCorrectedImportsAsAnUpdate(Browser browser)
            throws Exception {
        RegistryFixture f = new RegistryFixture(port);
        String base = "http://localhost:" + port;
        String number = RegistryFixture.uniqueNumber();
        Path dir = Files.createTempDirectory("import");
        try {
            Page page = browser.page(1280);
            Browser.logIn(page, base, "admin", "admin-password-1");
            chooseAgency(page, base, f.city);
            assertThat(page.locator("main").innerText()).containsPattern("本主体的内设机构：\\s*执法支队");
            Browser.assertAccessible(page);
            Path template = saved(page.waitForDownload(() -> page.getByText("下载模板 (.xlsx)").click()), dir);
            assertThat(template.getFileName().toString()).isEqualTo("执法人员导入模板-" + f.tag + "市场监督管理局.xlsx");

            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template))) {
                assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
                assertThat(wb.getSheet("选项").getRow(1).getCell(0).getStringCellValue())
                        .as("the unit list is the agency's").isEqualTo("执法支队");
                assertThat(wb.getSheetAt(0).getDataValidations()).extracting(v -> v.getRegions().getCellRangeAddress(0)
                        .getFirstColumn()).as("drop-downs: unit, domains, gender, in service, status")
                        .contains(5, 7, 3, 9, 14);
            }
            upload(page, template);
            assertThat(page.locator("[role=status]").innerText()).as("the example row").contains("新增 1 名");

            Path typed = dir.resolve("typed-in-excel.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template))) {
                Sheet sheet = wb.getSheetAt(0);
                fill(sheet.getRow(1), "日期甲", number, LocalDate.of(2025, 3, 14), LocalDate.of(2030, 3, 13));
                Row second = sheet.createRow(2);
                fill(second, "日期乙", number + "B", LocalDate.of(2026, 1, 31), LocalDate.of(2031, 1, 30));
                CellStyle builtIn = wb.createCellStyle();
                builtIn.setDataFormat((short) 14); // m/d/yy, as Excel formats a date typed as 2026/1/31
                second.getCell(12).setCellStyle(builtIn);
                second.getCell(13).setCellStyle(builtIn);
                try (var out = Files.newOutputStream(typed)) {
                    wb.write(out);
                }
            }
            upload(page, typed);
            assertThat(page.locator("[role=status]").innerText()).contains("新增 2 名");
            ApiClient visitor = ApiClient.anonymous(port);
            assertThat(visitor.get("/api/v1/public/credentials/" + number).json().get("validTo").asString())
                    .isEqualTo("2030-03-13");
            assertThat(visitor.get("/api/v1/public/credentials/" + number + "B").json().get("validTo").asString())
                    .isEqualTo("2031-01-30");

            page.getByText("执法人员名单（可导出）").click();
            Path exported = saved(page.waitForDownload(() -> page.getByText("导出 Excel").click()), dir);
            Path corrected = dir.resolve("corrected.xlsx");
            long officer;
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(exported))) {
                Sheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).as("three officers").isEqualTo(3);
                Row row = java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(sheet::getRow)
                        .filter(r -> r.getCell(2).getStringCellValue().equals("日期甲")).findFirst().orElseThrow();
                assertThat(row.getCell(12).getLocalDateTimeCellValue().toLocalDate())
                        .as("exported as a date cell").isEqualTo(LocalDate.of(2025, 3, 14));
                officer = (long) row.getCell(0).getNumericCellValue();
                row.getCell(6).setCellValue("副科长");
                try (var out = Files.newOutputStream(corrected)) {
                    wb.write(out);
                }
            }
            chooseAgency(page, base, f.city);
            upload(page, corrected);
            assertThat(page.locator("[role=status]").innerText()).contains("新增 0 名、更新 1 名、未变 2 名");
            assertThat(page.locator("table.import-rows").innerText()).contains("日期甲").contains("更新：职务");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "workbench-import-update");

            assertThat(f.admin.get("/api/v1/registry/officers?agencyId=" + f.city).json().get("total")
                    .asInt()).as("no duplicate").isEqualTo(3);
            assertThat(f.admin.get("/api/v1/registry/officers/" + officer).json().get("position").asString())
                    .isEqualTo("副科长");
            assertThat(f.admin.get("/api/v1/ledger/entries?module=registry&subjectType=officer&subjectId=" + officer)
                    .text()).as("the same ledger entry as an edit by hand").contains("officer.updated");
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    /** A data row as an administrator types it into the template; dates in its date cells. */
    private static void fill(Row row, String name, String number, LocalDate issuedOn, LocalDate validUntil) {
        List<Object> values = java.util.Arrays.asList(null, null, name, null, RegistryFixture.idNumber(), "执法支队",
                "科员", "市场监管", null, "在岗", number, "湖南省人民政府", issuedOn, validUntil, "有效");
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
            if (values.get(c) instanceof LocalDate d) {
                cell.setCellValue(d);
            } else if (values.get(c) == null) {
                cell.setBlank();
            } else {
                cell.setCellValue(values.get(c).toString());
            }
        }
    }

    /** The download under the name the server gave it, as a browser saves it. */
    private static Path saved(Download download, Path dir) {
        Path file = dir.resolve(download.suggestedFilename());
        download.saveAs(file);
        return file;
    }

    private static void chooseAgency(Page page, String base, long agency) {
        page.navigate(base + "/workbench/registry/import");
        page.getByLabel("导入到执法主体").selectOption(Long.toString(agency));
        page.getByText("选择", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForURL("**agencyId=" + agency + "**");
    }

    private static void upload(Page page, Path file) {
        page.getByLabel("文件（.xlsx 或 .csv）").setInputFiles(file);
        page.waitForNavigation(() -> page.locator("main form[method=post] button[type=submit]").click());
    }

    static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
