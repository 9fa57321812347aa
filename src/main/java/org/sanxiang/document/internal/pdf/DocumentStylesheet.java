package org.sanxiang.document.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * The official layout of the documents ({@code document/document.css}): templates put it into their
 * {@code <style>}, so that the PDF and the workbench's HTML preview look the same and neither loads anything.
 */
public final class DocumentStylesheet {

    private static final String CSS = read();

    private DocumentStylesheet() {
    }

    public static String css() {
        return CSS;
    }

    private static String read() {
        try (InputStream in = new ClassPathResource("document/document.css").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("document/document.css missing from the classpath", e);
        }
    }
}
