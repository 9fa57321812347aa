package org.sanxiang.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.springframework.web.util.HtmlUtils;

/**
 * QR codes of public URLs for print: a credential card's lookup page (registry), an issued document's verification
 * page (documents). Level M survives the wear of a card carried every day and a copy of a copy.
 */
public final class QrCodes {

    private static final int MODULE_PIXELS = 8;

    private QrCodes() {
    }

    public static byte[] png(String url) {
        BitMatrix m = matrix(url);
        BufferedImage image = new BufferedImage(m.getWidth() * MODULE_PIXELS, m.getHeight() * MODULE_PIXELS,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, m.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0x000000 : 0xFFFFFF);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG as a {@code data:} URI, for an {@code <img>} of a page or document that loads nothing. */
    public static String pngDataUri(String url) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(url));
    }

    /**
     * One square path per dark module: scales to any print size without blur.
     *
     * @param title what a screen reader says for the image, e.g. 执法证查询二维码
     */
    public static String svg(String url, String title) {
        BitMatrix m = matrix(url);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\" role=\"img\"><title>" + HtmlUtils.htmlEscape(title) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
                + "\"/></svg>";
    }

    private static BitMatrix matrix(String url) {
        try {
            // margin 4 is the quiet zone the standard asks for (ISO/IEC 18004)
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR code", e);
        }
    }
}
