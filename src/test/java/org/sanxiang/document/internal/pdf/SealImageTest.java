package org.sanxiang.document.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class SealImageTest {

    static final SealImage SEALS = new SealImage(new DocumentFonts());

    @Test
    void theSealIsARedRoundStampOnATransparentGround() throws IOException {
        BufferedImage seal = ImageIO.read(new ByteArrayInputStream(SEALS.png(SampleDocuments.AGENCY, "行政执法专用章")));
        assertThat(seal.getWidth()).isEqualTo(seal.getHeight()).isEqualTo(SealImage.SIZE);
        int last = SealImage.SIZE - 1;
        for (int[] corner : new int[][] {{0, 0}, {last, 0}, {0, last}, {last, last}}) {
            assertThat(alpha(seal.getRGB(corner[0], corner[1]))).as("corner %s,%s", corner[0], corner[1]).isZero();
        }
        // the ring at the left edge's middle, and the star's centre
        assertThat(isRed(seal.getRGB(4, SealImage.SIZE / 2))).isTrue();
        assertThat(isRed(seal.getRGB(SealImage.SIZE / 2, SealImage.SIZE / 2))).isTrue();
        long red = 0;
        for (int y = 0; y < seal.getHeight(); y++) {
            for (int x = 0; x < seal.getWidth(); x++) {
                red += isRed(seal.getRGB(x, y)) ? 1 : 0;
            }
        }
        assertThat(red).isGreaterThan(SealImage.SIZE * SealImage.SIZE / 20);
    }

    @Test
    void theSameAgencyAlwaysGetsTheSamePicture() {
        assertThat(SEALS.png(SampleDocuments.AGENCY, "行政执法专用章"))
                .isEqualTo(SEALS.png(SampleDocuments.AGENCY, "行政执法专用章"))
                .isNotEqualTo(SEALS.png("衡阳市城市管理和综合执法局", "行政执法专用章"));
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    private static boolean isRed(int argb) {
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return alpha(argb) > 200 && r > 180 && g < 60 && b < 60;
    }
}
