package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String URL = "https://zfj.example.gov.cn/v/D7K2Q9";

    @Test
    void aScannerReadsTheUrlFromThePrintedCode() throws Exception {
        assertThat(scan(QrCodes.png(URL))).isEqualTo(URL);
    }

    @Test
    void theDataUriCarriesTheSamePicture() throws Exception {
        String uri = QrCodes.pngDataUri(URL);
        assertThat(uri).startsWith("data:image/png;base64,");
        assertThat(scan(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)))).isEqualTo(URL);
    }

    @Test
    void theSvgNamesItselfForScreenReaders() {
        assertThat(QrCodes.svg(URL, "文书核验<二维码>")).startsWith("<svg").contains("<title>文书核验&lt;二维码&gt;</title>");
    }

    private static String scan(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
