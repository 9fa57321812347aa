package org.sanxiang.document.internal.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The serif fonts every document is set in (Noto Serif SC, OFL 1.1, {@code fonts/OFL.txt}), read from the jar once:
 * a document must look the same on every node, whatever fonts the machine has. TrueType outlines (glyf), which the
 * PDF renderer embeds as subsets.
 */
@Component
public class DocumentFonts {

    /** The CSS font family the document templates and {@code document/document.css} name. */
    public static final String FAMILY = "Noto Serif SC";

    private final byte[] regular = read("fonts/NotoSerifSC-Regular.ttf");
    private final byte[] bold = read("fonts/NotoSerifSC-Bold.ttf");

    InputStream regular() {
        return new ByteArrayInputStream(regular);
    }

    InputStream bold() {
        return new ByteArrayInputStream(bold);
    }

    /** The bold face for Java2D drawing (the seal image), at 1 pt: derive the size needed. */
    Font awtBold() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, bold());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the shipped document font cannot be read", e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("document font missing from the classpath: " + path, e);
        }
    }
}
