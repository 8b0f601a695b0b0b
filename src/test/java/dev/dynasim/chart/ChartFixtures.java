package dev.dynasim.chart;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.sim.Scenario;
import dev.dynasim.engine.sim.ScenarioRunner;
import dev.dynasim.engine.trace.TraceEvent;
import dev.dynasim.json.InstanceCatalogueFiles;
import dev.dynasim.json.PriceSheetFiles;
import dev.dynasim.json.ScenarioFiles;
import dev.dynasim.json.WhatIfRuns;
import java.util.ArrayList;
import java.util.List;

/**
 * Small real runs for chart tests: the shipped hot-key scenario (two minutes), its whole trace and its
 * bill; and the shipped az-loss scenario (eight minutes, a zone down from 1 to 6 min) with its
 * what-if outcomes too (on demand, provisioned, auto scaling, server cluster).
 */
final class ChartFixtures {
    private static ChartInput cached;
    private static ChartInput withWhatIf;

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

    /** The az-loss run with its what-if outcomes (computed once per test JVM). */
    static synchronized ChartInput withWhatIf() {
        if (withWhatIf == null) {
            Scenario s = ScenarioFiles.readResource("az-loss");
            List<TraceEvent> trace = new ArrayList<>();
            ScenarioRunner runner = new ScenarioRunner(s, null, trace::add);
            runner.run();
            PriceSheet prices = PriceSheetFiles.shipped("us-east-1");
            Bill bill = runner.simulation().bill(prices, prices.current());
            withWhatIf = new ChartInput(s.name(), s.tickMillis(), runner.simulation().now(), trace, bill,
                    WhatIfRuns.run("az-loss", prices, InstanceCatalogueFiles.builtIn(), null, null));
        }
        return withWhatIf;
    }

    /** Both runs, the hot-key run first. */
    static List<ChartInput> all() {
        return List.of(run(), withWhatIf());
    }
}
