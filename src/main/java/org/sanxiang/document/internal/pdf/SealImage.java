package org.sanxiang.document.internal.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

/**
 * The picture of an agency's round seal (公章) that a sealed PDF shows: a red ring, the agency's name along the upper
 * arc, a five-pointed star in the centre and, under it, what the seal is for (e.g. 行政执法专用章), on a transparent
 * ground, in the shipped serif so that it looks the same on every node. The same name gives the same picture.
 * The picture is only the signature's appearance: what proves the seal is the digital signature under it.
 */
@Component
public class SealImage {

    /** Pixels across: 42 mm at about 360 dpi, sharp when printed. */
    static final int SIZE = 600;
    static final Color RED = new Color(0xD7, 0x00, 0x0F);

    private final Font font;

    public SealImage(DocumentFonts fonts) {
        this.font = fonts.awtBold();
    }

    /** @param purpose the line under the star, e.g. 行政执法专用章; null or empty for none */
    public byte[] png(String agencyName, String purpose) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image(agencyName, purpose), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BufferedImage image(String agencyName, String purpose) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(RED);
            double ring = SIZE * 0.035;
            double radius = SIZE / 2.0 - ring / 2 - 2;
            g.setStroke(new BasicStroke((float) ring));
            g.draw(new Ellipse2D.Double(SIZE / 2.0 - radius, SIZE / 2.0 - radius, radius * 2, radius * 2));
            g.fill(star(SIZE / 2.0, SIZE / 2.0, SIZE * 0.17));
            drawArc(g, agencyName.strip(), radius - ring / 2);
            if (purpose != null && !purpose.isBlank()) {
                drawPurpose(g, purpose.strip());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The name's characters upright along the upper arc, their feet toward the centre, spaced evenly. */
    private void drawArc(Graphics2D g, String name, double innerRadius) {
        int[] codePoints = name.codePoints().toArray();
        int count = codePoints.length;
        double size = SIZE * (count <= 10 ? 0.11 : Math.max(0.07, 0.11 * 10 / count));
        Font face = font.deriveFont((float) size);
        double top = innerRadius - SIZE * 0.04; // a narrow gap between the ring and the characters' tops
        // a long name takes up to 250° of the circle, a short one less, so that its characters are not far apart
        double span = Math.toRadians(Math.min(250, 20 + count * 21));
        FontRenderContext context = g.getFontRenderContext();
        for (int i = 0; i < count; i++) {
            double angle = count == 1 ? 0 : -span / 2 + span * i / (count - 1); // 0 = top, clockwise
            GlyphVector glyph = face.createGlyphVector(context, new String(codePoints, i, 1));
            Rectangle2D ink = glyph.getVisualBounds();
            AffineTransform at = new AffineTransform();
            at.translate(SIZE / 2.0, SIZE / 2.0);
            at.rotate(angle);
            at.translate(0, -top);
            at.scale(0.8, 1); // seal characters are narrower than tall
            at.translate(-ink.getCenterX(), -ink.getMinY());
            g.fill(at.createTransformedShape(glyph.getOutline()));
        }
    }

    private void drawPurpose(Graphics2D g, String purpose) {
        int count = purpose.codePointCount(0, purpose.length());
        Font face = font.deriveFont((float) (SIZE * Math.min(0.075, 0.5 / count)));
        GlyphVector glyphs = face.createGlyphVector(g.getFontRenderContext(), purpose);
        Rectangle2D bounds = glyphs.getLogicalBounds();
        double width = Math.min(bounds.getWidth(), SIZE * 0.56);
        AffineTransform at = new AffineTransform();
        at.translate(SIZE / 2.0 - width / 2, SIZE * 0.77);
        at.scale(width / bounds.getWidth(), 1);
        g.fill(at.createTransformedShape(glyphs.getOutline()));
    }

    private static Path2D star(double cx, double cy, double outer) {
        double inner = outer * 0.382; // a regular five-pointed star's inner radius
        Path2D path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                path.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            } else {
                path.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
        }
        path.closePath();
        return path;
    }
}
