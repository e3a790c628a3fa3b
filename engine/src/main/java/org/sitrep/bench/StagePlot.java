package org.sitrep.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a {@link BenchReport} as a PNG bar chart: for every stage, the articles per second it
 * would pass alone (articles over the seconds spent in it), on a logarithmic axis, with each
 * pipeline's end-to-end rate beside its stages. Stateless and thread-safe.
 */
public final class StagePlot {

    private static final int WIDTH = 1000;
    private static final int ROW = 30;
    private static final int LABEL = 360;
    private static final int TOP = 70;
    private static final Color ENGINE = new Color(0x2b6cb0);
    private static final Color STEP = new Color(0x63b3ed);
    private static final Color BASELINE = new Color(0xc05621);

    private record Bar(String label, double perSecond, Color color) {}

    private StagePlot() {
    }

    /** The chart of one report, as PNG bytes. */
    public static byte[] png(BenchReport r) {
        List<Bar> bars = bars(r);
        int height = TOP + bars.size() * ROW + 60;
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Throughput by stage (articles/s, log scale; higher is faster)", 20, 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(String.format(Locale.ROOT, "%d articles, %d thread(s); %s", r.articles(), r.threads(), r.machine()), 20, 45);

        double max = bars.stream().mapToDouble(Bar::perSecond).max().orElse(10);
        int decades = Math.max(2, (int) Math.ceil(Math.log10(max * 1.5)) + 1);
        int plotWidth = WIDTH - LABEL - 90;
        // Axis from 0.1 article/s up to the decade above the fastest stage.
        g.setColor(new Color(0xdddddd));
        for (int d = 0; d <= decades; d++) {
            int x = LABEL + plotWidth * d / decades;
            g.drawLine(x, TOP - 5, x, TOP + bars.size() * ROW);
            g.setColor(Color.DARK_GRAY);
            g.drawString(tick(Math.pow(10, d - 1)), x - 10, TOP + bars.size() * ROW + 18);
            g.setColor(new Color(0xdddddd));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = TOP + i * ROW;
            double position = Math.max(0, Math.log10(Math.max(b.perSecond(), 0.1)) + 1) / decades;
            int w = (int) Math.round(plotWidth * position);
            g.setColor(b.color());
            g.fillRect(LABEL, y + 4, Math.max(w, 1), ROW - 8);
            g.setColor(Color.BLACK);
            g.drawString(b.label(), 20, y + ROW / 2 + 5);
            g.drawString(String.format(Locale.ROOT, "%.2f", b.perSecond()), LABEL + w + 6, y + ROW / 2 + 5);
        }
        g.setStroke(new BasicStroke(1));
        g.setColor(Color.DARK_GRAY);
        g.drawLine(LABEL, TOP - 5, LABEL, TOP + bars.size() * ROW);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart", e);
        }
        return out.toByteArray();
    }

    private static List<Bar> bars(BenchReport r) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < r.runs().size(); i++) {
            BenchReport.Run run = r.runs().get(i);
            Color color = i == 0 ? ENGINE : BASELINE;
            bars.add(new Bar(run.name() + ": end to end", run.articlesPerSecond(), color));
            for (BenchReport.StageTime st : run.stageSeconds()) {
                bars.add(new Bar("  " + st.stage(), rate(run.articles(), st.seconds(), r.threads()), color));
                if (i == 0 && st.stage().equals("nlp")) {
                    for (BenchReport.StageTime step : r.nlpSteps()) {
                        bars.add(new Bar("    " + step.stage().replace("nlp: ", ""),
                                rate(run.articles(), step.seconds(), r.threads()), STEP));
                    }
                }
            }
        }
        return bars;
    }

    /** Stage seconds are summed over threads, so the rate one stage sustains scales with them. */
    private static double rate(int articles, double seconds, int threads) {
        return seconds <= 0 ? 0 : articles * threads / seconds;
    }

    private static String tick(double v) {
        return v < 1 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
