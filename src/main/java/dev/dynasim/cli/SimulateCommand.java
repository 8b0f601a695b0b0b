package dev.dynasim.cli;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.sim.Scenario;
import dev.dynasim.engine.sim.ScenarioReport;
import dev.dynasim.engine.sim.ScenarioRunner;
import dev.dynasim.json.BillExport;
import dev.dynasim.json.Durations;
import dev.dynasim.json.PriceSheetFiles;
import dev.dynasim.json.ScenarioFiles;
import dev.dynasim.json.SummaryJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dynasim simulate}: runs a scenario file (or a shipped scenario by name) and prints its summary and report. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a scenario: tables, workloads and scheduled events on a simulated clock.",
                "Prints a per-interval summary and a final report (partitions, consumption, throttling, splits).",
                "Shipped scenarios: hot-key, write-sharding, growing-table, on-demand-spike, burst-and-adaptive.",
                "The file format is described in docs/scenarios.md."})
public final class SimulateCommand implements Callable<Integer> {
    /** Runs of at least this many ticks show a progress bar on an interactive terminal. */
    static final long PROGRESS_MIN_TICKS = 10_000;

    @Parameters(paramLabel = "FILE|NAME", description = "A scenario file, or the name of a shipped scenario.")
    private String scenario;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write the full trace as JSON Lines (docs/trace.md).")
    private Path trace;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "Write the final report as JSON (docs/scenarios.md).")
    private Path summaryJson;

    @Option(names = "--bill-json", paramLabel = "FILE", description = "Write the bill as JSON (exact amounts).")
    private Path billJson;

    @Option(names = "--bill-csv", paramLabel = "FILE", description = "Write the bill's line items as CSV (exact amounts).")
    private Path billCsv;

    @Option(names = "--bill-hours-csv", paramLabel = "FILE",
            description = "Write the bill's charges hour by hour as CSV (before the free tier, exact amounts).")
    private Path billHoursCsv;

    @Option(names = "--prices", paramLabel = "FILE", description = "Bill at a price sheet of one's own (default: the shipped us-east-1 sheet).")
    private Path prices;

    @Option(names = "--until", paramLabel = "DURATION",
            description = "Run to this simulated time instead of the scenario's duration, e.g. 90s, 30m, 2h.")
    private String until;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Scenario s = ScenarioFiles.resolve(scenario);
        long end = until == null ? s.durationMillis() : parseUntil(until);
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar bar = end / s.tickMillis() >= PROGRESS_MIN_TICKS && System.console() != null
                ? new ProgressBar(spec.commandLine().getErr()) : null;
        ScenarioReport report;
        ScenarioRunner runner;
        if (trace == null) {
            runner = runner(s, null);
            report = runner.run(end, bar == null ? null : bar::show);
        } else {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(trace, StandardCharsets.UTF_8), 1 << 16)) {
                runner = runner(s, w);
                report = runner.run(end, bar == null ? null : bar::show);
            }
        }
        if (bar != null) bar.clear();
        if (!s.description().isEmpty()) out.println(s.description().strip() + "\n");
        out.print(report.intervalText());
        out.println();
        out.print(report.finalText());
        PriceSheet sheet = prices == null ? PriceSheetFiles.shipped("us-east-1") : PriceSheetFiles.read(prices);
        Bill bill = runner.simulation().bill(sheet, sheet.current());
        out.println();
        out.print(bill);
        if (billJson != null) Files.writeString(billJson, BillExport.json(bill), StandardCharsets.UTF_8);
        if (billCsv != null) Files.writeString(billCsv, BillExport.csv(bill), StandardCharsets.UTF_8);
        if (billHoursCsv != null) Files.writeString(billHoursCsv, BillExport.hoursCsv(bill), StandardCharsets.UTF_8);
        if (summaryJson != null) Files.writeString(summaryJson, SummaryJson.write(report), StandardCharsets.UTF_8);
        if (trace != null) out.println("\nTrace written to " + trace);
        if (summaryJson != null) out.println((trace == null ? "\n" : "") + "Summary JSON written to " + summaryJson);
        out.flush();
        return 0;
    }

    private ScenarioRunner runner(Scenario s, Writer traceOut) {
        try {
            return new ScenarioRunner(s, traceOut);
        } catch (DynamoDbException e) {
            throw new IllegalArgumentException(scenario + ": creating the tables failed: " + e.code() + ": " + e.getMessage());
        }
    }

    private static long parseUntil(String text) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--until: " + e.getMessage());
        }
    }
}
