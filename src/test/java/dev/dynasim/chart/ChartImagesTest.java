package dev.dynasim.chart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Rendering errors read as a message saying what to do: missing fonts name the Debian packages, a bad scale its range. */
class ChartImagesTest {
    @Test
    void aFailingFontProbe_becomesAMessageNamingTheDebianPackages() {
        assertThatThrownBy(() -> ChartImages.check(() -> {
            throw new Error("Probable fatal error: No fonts found.");
        })).isInstanceOf(ChartException.class).hasMessage("charts need fonts, and this machine has none that Java can use "
                + "(java.lang.Error: Probable fatal error: No fonts found.). On Debian or Ubuntu install them with: "
                + "sudo apt-get install -y fontconfig fonts-dejavu-core");
    }

    @Test
    void aScaleOutsideOneToFour_isRefused() {
        assertThatThrownBy(() -> ChartImages.png(new JFreeChart(new XYPlot()), 5)).isInstanceOf(ChartException.class)
                .hasMessage("scale must be a whole number from 1 to 4 (2 for print), not 5.0");
    }

    @Test
    void aFractionalScale_isRefused_notRoundedUp() {
        assertThatThrownBy(() -> ChartImages.png(new JFreeChart(new XYPlot()), 1.5)).isInstanceOf(ChartException.class)
                .hasMessage("scale must be a whole number from 1 to 4 (2 for print), not 1.5");
    }
}
