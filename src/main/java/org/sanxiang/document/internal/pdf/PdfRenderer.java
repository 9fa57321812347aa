package org.sanxiang.document.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.render.Box;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;

/**
 * Renders a document's XHTML (a whole {@code <html>} with its {@code <style>}, e.g. {@link DocumentStylesheet}) to a
 * PDF on A4 with the shipped serif font embedded as a subset. Page margins, running page numbers and table breaks
 * are the stylesheet's ({@code @page}, {@code thead} repeated, {@code tr} never cut). Only inline resources
 * ({@code data:} URIs) are read: a document never fetches anything while it is rendered. Thread-safe: one builder per
 * call, the font bytes and their metrics are shared.
 */
@Component
public class PdfRenderer {

    private static final float A4_WIDTH_MM = 210f;
    private static final float A4_HEIGHT_MM = 297f;

    private final DocumentFonts fonts;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new ConcurrentCache();

    public PdfRenderer(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** @throws IllegalArgumentException when the markup is not well-formed XHTML */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withProducer("Sanxiang 三项")
                .useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM)
                .useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useFont(fonts::regular, DocumentFonts.FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(fonts::bold, DocumentFonts.FAMILY, 700, FontStyle.NORMAL, true)
                .withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            sealSpot(renderer).ifPresent(spot -> spot.writeTo(document));
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("document cannot be rendered", e);
        }
        return out.toByteArray();
    }

    /** The last {@code #seal-spot} element, when the document has one: the seal goes there. */
    private static Optional<SealSpot> sealSpot(PdfBoxRenderer renderer) {
        List<PagePosition<Box>> positions = renderer.findPagePositionsByID(Pattern.compile(SealSpot.ID));
        return positions.stream().reduce((first, second) -> second).map(p -> new SealSpot(p.getPageNo(),
                new PDRectangle(p.getX(), p.getY(), p.getWidth(), p.getHeight())));
    }

    /** Metrics of the two faces, computed at the first render and shared by all (the builder's default is not). */
    private static final class ConcurrentCache implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("font metrics cannot be read", e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
