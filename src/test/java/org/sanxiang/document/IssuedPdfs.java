package org.sanxiang.document;

import java.awt.image.BufferedImage;
import java.io.IOException;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** What an issued PDF carries, read as someone holding it would: the address its QR code opens. */
final class IssuedPdfs {

    private IssuedPdfs() {
    }

    /** The text of the first QR code among the first page's images. */
    static String qrUrl(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    String text = decode(image.getImage());
                    if (text != null) {
                        return text;
                    }
                }
            }
        }
        throw new AssertionError("no QR code on the first page");
    }

    private static String decode(BufferedImage image) {
        // a quiet zone around the code, as on paper
        BufferedImage framed = new BufferedImage(image.getWidth() + 40, image.getHeight() + 40,
                BufferedImage.TYPE_INT_RGB);
        var g = framed.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, framed.getWidth(), framed.getHeight());
        g.drawImage(image, 20, 20, null);
        g.dispose();
        int[] pixels = framed.getRGB(0, 0, framed.getWidth(), framed.getHeight(), null, 0, framed.getWidth());
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                    framed.getWidth(), framed.getHeight(), pixels)))).getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return null;
        }
    }
}
