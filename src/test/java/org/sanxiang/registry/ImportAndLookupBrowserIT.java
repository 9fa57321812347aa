package org.sanxiang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.Browser;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's path of the foundation issue: log in, import officers from an .xlsx file, then look one
 * of them up on the public portal by credential number and by the URL in the credential's QR code.
 */
@IntegrationTest
class ImportAndLookupBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorImportsOfficersAndTheirCredentialsCanBeLookedUpByNumberAndQrCode() throws Exception {
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

        try (Browser browser = Browser.launch()) {
            Page page = browser.page(1280);
            Browser.logIn(page, base, "admin", "admin-password-1");
            Browser.assertAccessible(page);

            page.navigate(base + "/workbench/registry/import");
            page.getByLabel("导入到执法主体").selectOption(Long.toString(f.city));
            page.getByLabel("文件（.xlsx 或 .csv）").setInputFiles(file);
            page.locator("main button[type=submit]").click();
            assertThat(page.locator("[role=status]").innerText()).contains("已导入 2 名执法人员");
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

    static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
