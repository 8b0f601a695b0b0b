package dev.dynasim.cli;

import dev.dynasim.chart.ChartInput;
import dev.dynasim.chart.CourseCharts;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.sim.Scenario;
import dev.dynasim.engine.sim.ScenarioRunner;
import dev.dynasim.engine.sim.WhatIf;
import dev.dynasim.engine.trace.TraceEvent;
import dev.dynasim.json.InstanceCatalogueFiles;
import dev.dynasim.json.PriceSheetFiles;
import dev.dynasim.json.ScenarioFiles;
import dev.dynasim.json.WhatIfRuns;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dynasim charts}: runs the course scenarios (or the ones given) and writes every course chart
 * as PNG, with an {@code index.html} and the charts' data as JSON.
 */
@Command(name = "charts", mixinStandardHelpOptions = true,
        description = "Run the course scenarios (or the given ones) and draw every course chart as PNG, with an index.html"
                + " showing them with captions and charts.json holding each chart's data.")
public final class ChartsCommand implements Callable<Integer> {
    /** The scenarios of the course set, in the order the index shows them. */
    public static final List<String> COURSE = List.of("hot-key", "growing-table", "burst-and-adaptive", "az-loss", "daily-peak");
    /** The course scenarios whose cost the course set compares across capacity options (a what-if replay each: the slow part). */
    public static final List<String> COURSE_WHAT_IF = List.of("daily-peak");

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the charts (default: target/charts).")
    private Path out = Path.of("target", "charts");

    @Option(names = "--scenario", paramLabel = "FILE", description = "A scenario file or shipped name to chart instead of the course set (repeatable).")
    private List<String> scenarios;

    @Option(names = "--scale", paramLabel = "N", description = "Pixels per chart pixel: 1 for screens (1280 x 720), 2 for print (default: 1).")
    private double scale = 1;

    @Option(names = "--no-what-if", description = "Skip the what-if replays (no cost comparison charts; faster). By default the"
            + " course set replays daily-peak, and every scenario given with --scenario.")
    private boolean noWhatIf;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!(scale >= 1 && scale <= 4) || scale != Math.rint(scale)) {
            throw new ParameterException(spec.commandLine(), "--scale must be a whole number from 1 to 4 (2 for print), not " + scale);
        }
        PriceSheet sheet = PriceSheetFiles.shipped("us-east-1");
        List<String> names = scenarios == null ? COURSE : scenarios;
        List<ChartInput> runs = runAll(names, name -> !noWhatIf && (scenarios != null || COURSE_WHAT_IF.contains(name)), sheet);
        List<CourseCharts.Written> written = CourseCharts.write(runs, out, scale);
        PrintWriter w = spec.commandLine().getOut();
        w.println(written.size() + " charts of " + runs.size() + (runs.size() == 1 ? " scenario" : " scenarios") + " written to " + out
                + "; open " + out.resolve("index.html"));
        w.flush();
        return 0;
    }

    /**
     * Runs the scenarios {@code names} (and the what-if replays of those {@code whatIf} picks) on every
     * core, the replays first as they take longest; each run is independent and deterministic, so the
     * result, in the order of {@code names}, is the same however the work is spread.
     */
    public static List<ChartInput> runAll(List<String> names, Predicate<String> whatIf, PriceSheet sheet) {
        List<ForkJoinTask<List<WhatIf.Outcome>>> replays = new ArrayList<>();
        for (String name : names) {
            replays.add(whatIf.test(name) ? ForkJoinPool.commonPool().submit(() -> WhatIfRuns.run(name, sheet, InstanceCatalogueFiles.builtIn(),
                    null, null)) : null);
        }
        List<ForkJoinTask<ChartInput>> runs = new ArrayList<>();
        for (String name : names) runs.add(ForkJoinPool.commonPool().submit(() -> run(name, sheet)));
        List<ChartInput> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ChartInput run = runs.get(i).join();
            List<WhatIf.Outcome> outcomes = replays.get(i) == null ? List.of() : replays.get(i).join();
            out.add(new ChartInput(run.scenario(), run.tickMillis(), run.endMillis(), run.trace(), run.bill(), outcomes));
        }
        return out;
    }

    /** Runs one scenario, keeping its whole trace and its bill (its what-if replay is runAll's). */
    private static ChartInput run(String name, PriceSheet sheet) {
        Scenario s = ScenarioFiles.resolve(name);
        List<TraceEvent> trace = new ArrayList<>();
        ScenarioRunner runner;
        try {
            runner = new ScenarioRunner(s, null, trace::add);
        } catch (DynamoDbException e) {
            throw new IllegalArgumentException(name + ": creating the tables failed: " + e.code() + ": " + e.getMessage());
        }
        runner.run();
        return new ChartInput(s.name(), s.tickMillis(), runner.simulation().now(), trace, runner.simulation().bill(sheet, sheet.current()),
                List.of());
    }
}
