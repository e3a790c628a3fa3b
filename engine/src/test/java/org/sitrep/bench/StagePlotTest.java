package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class StagePlotTest {

    private static BenchReport.Run run(String name, double perSecond, List<BenchReport.StageTime> stages) {
        return new BenchReport.Run(name, 10, 0, 100, 5000, 10 / perSecond, perSecond, 10 * perSecond, 500 * perSecond,
                100, 200, stages, 0.5, 1.5);
    }

    @Test
    void drawsOneBarPerStageAndStepWithLongerBarsForFasterStages() throws IOException {
        BenchReport r = new BenchReport("test machine", 1, 10, 2, 1, false, 1.0, 5.0, 1L << 30, 1L << 31, 0.5, List.of(
                run("sitrep", 2.0, List.of(new BenchReport.StageTime("read", 0.01), new BenchReport.StageTime("nlp", 4.5),
                        new BenchReport.StageTime("extract", 0.5))),
                run("baseline", 1.0, List.of(new BenchReport.StageTime("nlp", 10)))),
                List.of(new BenchReport.StageTime("nlp: a", 2), new BenchReport.StageTime("nlp: b", 0.5),
                        new BenchReport.StageTime("nlp: c", 2)), false);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(StagePlot.png(r)));
        int bars = 4 + 3 + 2;
        assertEquals(1000, img.getWidth());
        assertEquals(70 + bars * 30 + 60, img.getHeight());
        // Row 1 (read: 1,000 articles/s) reaches further right than row 2 (nlp: 2.2 articles/s).
        assertEquals(0x2b6cb0, img.getRGB(361, 70 + 30 + 15) & 0xffffff);
        assertEquals(0x2b6cb0, img.getRGB(700, 70 + 30 + 15) & 0xffffff);
        assertEquals(0xffffff, img.getRGB(700, 70 + 2 * 30 + 15) & 0xffffff);
        // The baseline's rows come last, in its own colour.
        assertEquals(0xc05621, img.getRGB(361, 70 + 7 * 30 + 15) & 0xffffff);
    }
}
