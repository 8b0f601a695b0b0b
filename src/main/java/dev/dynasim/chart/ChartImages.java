package dev.dynasim.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * Renders charts to PNG without a display (headless), at a scale (2 for print resolution). Before
 * the first chart it checks that fonts can be found: without fontconfig or any font, the JDK fails
 * deep in AWT, so the check turns that into a message naming the Debian packages to install.
 */
public final class ChartImages {
    /** What a machine without fonts needs. */
    public static final String FONT_PACKAGES = "fontconfig fonts-dejavu-core";
    private static volatile boolean fontsChecked;

    static {
        javax.imageio.ImageIO.setUseCache(false); // encode in memory: no cache file in the temporary folder (which a sandbox may not write)
    }

    private ChartImages() {
    }

    /** The chart as a PNG of {@code ChartTheme.WIDTH x HEIGHT} logical pixels times {@code scale}. */
    public static byte[] png(JFreeChart chart, double scale) {
        return png(chart, ChartTheme.WIDTH, ChartTheme.HEIGHT, scale);
    }

    /** The chart as a PNG of {@code width x height} logical pixels times {@code scale} (a whole number, 1 to 4). */
    public static byte[] png(JFreeChart chart, int width, int height, double scale) {
        checkScale(scale);
        requireFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart, width, height, (int) Math.round(scale), (int) Math.round(scale));
        } catch (IOException e) {
            throw new ChartException("could not encode the chart as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Refuses a scale that is not a whole number from 1 to 4 with a ChartException (a PNG's pixels are whole: 1.5 would be drawn at 2). */
    public static void checkScale(double scale) {
        if (!(scale >= 1 && scale <= 4) || scale != Math.rint(scale)) {
            throw new ChartException("scale must be a whole number from 1 to 4 (2 for print), not " + scale);
        }
    }

    /** Turns on headless AWT and checks that text can be drawn, else a ChartException naming the packages to install. */
    public static void requireFonts() {
        if (fontsChecked) return;
        System.setProperty("java.awt.headless", "true");
        check(ChartImages::probeFonts);
        fontsChecked = true;
    }

    /** Runs a font probe; whatever it throws (AWT fails with Errors, NPEs or UnsatisfiedLinkErrors without fonts) becomes a ChartException. */
    static void check(Runnable probe) {
        try {
            probe.run();
        } catch (Throwable e) {
            throw new ChartException("charts need fonts, and this machine has none that Java can use (" + e
                    + "). On Debian or Ubuntu install them with: sudo apt-get install -y " + FONT_PACKAGES, e);
        }
    }

    private static void probeFonts() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        if (families.length == 0) throw new IllegalStateException("no font families");
        BufferedImage probe = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        probe.createGraphics().getFontMetrics(new Font(ChartTheme.FONT, Font.PLAIN, 12)).stringWidth("dynasim");
        if (Arrays.stream(families).noneMatch(ChartTheme.FONT::equalsIgnoreCase)) {
            System.err.println("note: the font " + ChartTheme.FONT + " is missing, charts use a fallback; install " + FONT_PACKAGES);
        }
    }
}
