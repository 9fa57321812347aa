package org.sanxiang.document.internal.pdf;

import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where a document's seal goes: the {@code #seal-spot} box of its {@code .seal-area}, as laid out by the renderer,
 * kept in the PDF's document information so that the PDF alone (also one read back from storage) tells
 * {@link PdfSeal} where to put the seal.
 *
 * @param page zero-based page index
 * @param area in PDF user space (points, origin bottom left)
 */
record SealSpot(int page, PDRectangle area) {

    static final String ID = "seal-spot";
    private static final String INFO_KEY = "SanxiangSealSpot";

    void writeTo(PDDocument document) {
        document.getDocumentInformation().setCustomMetadataValue(INFO_KEY,
                page + " " + area.getLowerLeftX() + " " + area.getLowerLeftY() + " " + area.getWidth() + " "
                        + area.getHeight());
    }

    static Optional<SealSpot> readFrom(PDDocument document) {
        String value = document.getDocumentInformation().getCustomMetadataValue(INFO_KEY);
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.trim().split(" ");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            int page = Integer.parseInt(parts[0]);
            if (page < 0 || page >= document.getNumberOfPages()) {
                return Optional.empty();
            }
            return Optional.of(new SealSpot(page, new PDRectangle(Float.parseFloat(parts[1]),
                    Float.parseFloat(parts[2]), Float.parseFloat(parts[3]), Float.parseFloat(parts[4]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
