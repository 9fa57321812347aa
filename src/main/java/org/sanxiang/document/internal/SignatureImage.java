package org.sanxiang.document.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import javax.imageio.ImageIO;

import org.sanxiang.platform.InvalidInputException;

/** What a captured signature and an attached receipt must be before they are kept for good. */
final class SignatureImage {

    /** A signature drawn on a phone is a few tens of kB; a photo of a receipt a few MB. */
    static final int MAX_SIGNATURE = 512 * 1024;
    static final int MAX_RECEIPT = 10 * 1024 * 1024;
    private static final Set<String> RECEIPT_TYPES = Set.of("image/png", "image/jpeg", "application/pdf");

    private SignatureImage() {
    }

    /** A PNG of a drawn signature: decodable, of a sensible size, not blank. */
    static void require(byte[] png) {
        if (png == null || png.length == 0 || png.length > MAX_SIGNATURE || !isPng(png)) {
            throw invalid();
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw invalid();
        }
        if (image == null || image.getWidth() < 50 || image.getHeight() < 20 || image.getWidth() > 4000
                || image.getHeight() > 4000 || blank(image)) {
            throw invalid();
        }
    }

    static void requireReceipt(byte[] content, String type) {
        if (content.length > MAX_RECEIPT || type == null || !RECEIPT_TYPES.contains(type)) {
            throw new InvalidInputException("送达回证须为 PNG、JPEG 图片或 PDF，且不超过 10 MB",
                    "A receipt is a PNG or JPEG image or a PDF of 10 MB at most");
        }
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    // nothing drawn: every pixel transparent or white
    private static boolean blank(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 32 && (argb & 0xffffff) != 0xffffff) {
                    return false;
                }
            }
        }
        return true;
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("签名须为在屏幕上手写的 PNG 图片（不超过 512 KB，不能空白）",
                "A signature is a PNG drawn on the screen (512 kB at most, not blank)");
    }
}
