package org.sanxiang.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Detects the media type from a file's first bytes (its "magic number"), because the file name and the type the
 * uploader claims can be wrong; the detected type is what the ledger records and playback announces.
 */
public final class MediaTypeSniffer {

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD_BYTES = 16;
    /** What nothing above recognised: proprietary camera formats as well as garbage. */
    public static final String UNKNOWN = "application/octet-stream";
    /** A Windows program (MZ header), whatever it is named. */
    public static final String EXECUTABLE = "application/vnd.microsoft.portable-executable";

    private MediaTypeSniffer() {
    }

    public static String sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (ascii(head, 0, "II*\0") || ascii(head, 0, "MM\0*")) {
            return "image/tiff";
        }
        if (ascii(head, 0, "GIF8")) {
            return "image/gif";
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return "image/webp";
        }
        if (ascii(head, 0, "%PDF")) {
            return "application/pdf";
        }
        if (startsWith(head, 0, 'P', 'K', 3, 4)) {
            return "application/zip"; // also what .docx, .xlsx and .ofd are
        }
        if (startsWith(head, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "application/x-ole-storage"; // .doc, .xls
        }
        if (ascii(head, 0, "MZ")) {
            return EXECUTABLE;
        }
        if (startsWith(head, 0, 0x7F, 'E', 'L', 'F')) {
            return "application/x-elf";
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
            return "audio/wav";
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "AVI ")) {
            return "video/x-msvideo";
        }
        if (ascii(head, 4, "ftyp")) {
            return isoBrand(new String(Arrays.copyOfRange(head, 8, Math.min(12, head.length)), StandardCharsets.US_ASCII));
        }
        if (ascii(head, 0, "ID3") || (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0)) {
            return "audio/mpeg";
        }
        if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return "video/webm";
        }
        if (startsWith(head, 0, 0, 0, 1, 0xBA)) {
            return "video/mpeg";
        }
        if (ascii(head, 0, "FLV\u0001")) {
            return "video/x-flv";
        }
        if (startsWith(head, 0, 0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11)) {
            return "video/x-ms-asf";
        }
        if (ascii(head, 0, "#!AMR")) {
            return "audio/amr"; // phones' call and voice recordings
        }
        if (ascii(head, 0, "fLaC")) {
            return "audio/flac";
        }
        return UNKNOWN;
    }

    /** ISO base media files (MP4, MOV, M4A, HEIC) share the {@code ftyp} box; its major brand tells them apart. */
    private static String isoBrand(String brand) {
        return switch (brand) {
            case "qt  " -> "video/quicktime";
            case "M4A ", "M4B " -> "audio/mp4";
            case "heic", "heix", "mif1" -> "image/heic";
            case "3gp4", "3gp5", "3gp6", "3g2a" -> "video/3gpp";
            default -> "video/mp4";
        };
    }

    private static boolean ascii(byte[] head, int at, String magic) {
        return startsWith(head, at, magic.chars().toArray());
    }

    private static boolean startsWith(byte[] head, int at, int... magic) {
        if (head.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
