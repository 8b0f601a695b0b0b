package dev.dynasim.chart;

import static dev.dynasim.chart.BillFixtures.bill;
import static dev.dynasim.chart.BillFixtures.hour;
import static dev.dynasim.chart.BillFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** The PNGs do not depend on the machine's default Locale: a German one would write "1.600" and "$0,1200". */
class ChartLocaleTest {
    private static ChartInput run() {
        List<TraceEvent> trace = new ArrayList<>();
        trace.add(new TableCreated(0, "T", BillingMode.PROVISIONED, 1500, 5, 1, List.of(), List.of("00000000000000000000000000000000")));
        for (long t = 1000; t <= 10_000; t += 1000) trace.add(new TickMetrics(t, "T", null, 0, 200 * t / 1000.0, 0, 0, 0, 1, 0, 100, 1));
        var bill = bill(List.of(line("T", "Provisioned read capacity", "0.0123")),
                List.of(hour(0, line("T", "Provisioned read capacity", "0.0123"))));
        return new ChartInput("t", 1000, 10_000, trace, bill, null);
    }

    private static byte[] under(Locale locale, Supplier<JFreeChart> chart) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return ChartImages.png(chart.get(), 1);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void axisTickLabels_areTheSameUnderAGermanDefaultLocale() {
        ChartInput run = run();
        CapacityChart capacity = new CapacityChart();
        BilledUsageChart billed = new BilledUsageChart();
        assertThat(Arrays.equals(under(Locale.GERMANY, () -> capacity.draw(capacity.data(run))),
                under(Locale.ROOT, () -> capacity.draw(capacity.data(run))))).as("capacity PNG, German against ROOT").isTrue();
        assertThat(Arrays.equals(under(Locale.GERMANY, () -> billed.draw(billed.data(run))),
                under(Locale.ROOT, () -> billed.draw(billed.data(run))))).as("billed-usage PNG, German against ROOT").isTrue();
        assertThat(BilledUsageChart.dollarFormat("$0.0000").format(0.12)).isEqualTo("$0.1200");
    }
}
