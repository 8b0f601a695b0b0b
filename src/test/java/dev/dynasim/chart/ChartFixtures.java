package dev.dynasim.chart;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.sim.Scenario;
import dev.dynasim.engine.sim.ScenarioRunner;
import dev.dynasim.engine.trace.TraceEvent;
import dev.dynasim.json.PriceSheetFiles;
import dev.dynasim.json.ScenarioFiles;
import java.util.ArrayList;
import java.util.List;

/** A small real run for chart tests: the shipped hot-key scenario (two minutes), its whole trace and its bill. */
final class ChartFixtures {
    private static ChartInput cached;

    private ChartFixtures() {
    }

    /** The hot-key run (computed once per test JVM). */
    static synchronized ChartInput run() {
        if (cached == null) {
            Scenario s = ScenarioFiles.readResource("hot-key");
            List<TraceEvent> trace = new ArrayList<>();
            ScenarioRunner runner = new ScenarioRunner(s, null, trace::add);
            runner.run();
            PriceSheet prices = PriceSheetFiles.shipped("us-east-1");
            Bill bill = runner.simulation().bill(prices, prices.current());
            cached = new ChartInput(s.name(), s.tickMillis(), runner.simulation().now(), trace, bill, List.of());
        }
        return cached;
    }
}
