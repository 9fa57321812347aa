package org.sanxiang.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MediaTypeSnifferTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theFileItselfTellsWhatItIsWhateverItsNameSays() {
        assertThat(MediaTypeSniffer.sniff(ascii("\0\0\0\u0018ftypisom"))).isEqualTo("video/mp4");
        assertThat(MediaTypeSniffer.sniff(ascii("\0\0\0\u0014ftypqt  "))).isEqualTo("video/quicktime");
        assertThat(MediaTypeSniffer.sniff(ascii("\0\0\0\u0020ftypM4A "))).isEqualTo("audio/mp4");
        assertThat(MediaTypeSniffer.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0))).isEqualTo("image/jpeg");
        assertThat(MediaTypeSniffer.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A))).isEqualTo("image/png");
        assertThat(MediaTypeSniffer.sniff(ascii("%PDF-1.7"))).isEqualTo("application/pdf");
        assertThat(MediaTypeSniffer.sniff(ascii("RIFF\u0024\0\0\0WAVEfmt "))).isEqualTo("audio/wav");
        assertThat(MediaTypeSniffer.sniff(ascii("ID3\u0004"))).isEqualTo("audio/mpeg");
        assertThat(MediaTypeSniffer.sniff(bytes(0xFF, 0xFB, 0x90, 0x64))).isEqualTo("audio/mpeg");
        assertThat(MediaTypeSniffer.sniff(ascii("II*\0"))).isEqualTo("image/tiff");
    }

    @Test
    void aProgramNamedLikeAPhotoIsAProgram() {
        assertThat(MediaTypeSniffer.sniff(ascii("MZ\u0090\0\u0003\0\0\0"))).isEqualTo(MediaTypeSniffer.EXECUTABLE);
        assertThat(MediaTypeSniffer.sniff(ascii("\u007FELF\u0002\u0001"))).isEqualTo("application/x-elf");
    }

    @Test
    void phoneAndCameraFormatsAndOfficeScansAreRecognised() {
        assertThat(MediaTypeSniffer.sniff(ascii("#!AMR\n"))).isEqualTo("audio/amr");
        assertThat(MediaTypeSniffer.sniff(ascii("\0\0\0\u0018ftyp3gp4"))).isEqualTo("video/3gpp");
        assertThat(MediaTypeSniffer.sniff(bytes(0, 0, 1, 0xBA, 0x44))).isEqualTo("video/mpeg");
        assertThat(MediaTypeSniffer.sniff(ascii("GIF89a"))).isEqualTo("image/gif");
        assertThat(MediaTypeSniffer.sniff(ascii("RIFF\u0024\0\0\0WEBPVP8 "))).isEqualTo("image/webp");
        assertThat(MediaTypeSniffer.sniff(ascii("PK\u0003\u0004\u0014\0"))).isEqualTo("application/zip");
        assertThat(MediaTypeSniffer.sniff(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)))
                .isEqualTo("application/x-ole-storage");
    }

    @Test
    void unknownOrTooShortContentIsOctetStream() {
        assertThat(MediaTypeSniffer.sniff(ascii("hello world"))).isEqualTo("application/octet-stream");
        assertThat(MediaTypeSniffer.sniff(new byte[0])).isEqualTo("application/octet-stream");
    }
}
