package dev.dynasim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.sim.Scenario;
import dev.dynasim.engine.sim.WhatIf;
import dev.dynasim.json.BillExport;
import dev.dynasim.json.PriceSheetFiles;
import dev.dynasim.json.ScenarioFiles;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dynasim bill SCENARIO}: the same traffic billed on demand, provisioned, and with auto scaling, side by side. */
@Command(name = "bill", mixinStandardHelpOptions = true,
        description = "Run a scenario's traffic on demand, at a fixed provisioned capacity and with auto scaling,"
                + " and print the bills side by side with the throttling each caused.")
public final class BillCommand implements Callable<Integer> {
    /** The most capacity auto scaling may reach: the default per-table quota of 40,000 units (DescribeLimits). */
    static final long MAX_CAPACITY = 40_000;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file, or the name of a shipped scenario.")
    private String scenario;

    @Option(names = "--json", description = "Print the comparison as JSON (exact amounts).")
    private boolean json;

    @Option(names = "--prices", paramLabel = "FILE", description = "A price sheet of one's own (default: the shipped us-east-1 sheet).")
    private Path prices;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario s = ScenarioFiles.resolve(scenario);
        PriceSheet sheet = prices == null ? PriceSheetFiles.shipped("us-east-1") : PriceSheetFiles.read(prices);
        List<WhatIf.Outcome> outcomes;
        try {
            outcomes = WhatIf.compare(s, sheet, sheet.current(), MAX_CAPACITY);
        } catch (DynamoDbException e) {
            throw new IllegalArgumentException(scenario + ": " + e.code() + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode root = mapper.createArrayNode();
            for (WhatIf.Outcome o : outcomes) {
                ObjectNode n = root.addObject();
                n.put("option", o.option().label());
                n.put("served", o.served());
                n.put("throttled", o.throttled());
                n.set("bill", mapper.readTree(BillExport.json(o.bill())));
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.println("Scenario " + s.name() + ": the same traffic under each capacity option, at the prices of " + sheet.current());
            out.println(String.format(Locale.ROOT, "  %-13s %12s %14s %12s %11s", "option", "total", "served", "throttled", "throttled %"));
            for (WhatIf.Outcome o : outcomes) {
                long all = o.served() + o.throttled();
                out.println(String.format(Locale.ROOT, "  %-13s %12s %,14d %,12d %10.1f%%", o.option().label(),
                        "$" + o.bill().total().setScale(2, RoundingMode.HALF_UP).toPlainString(), o.served(), o.throttled(),
                        all == 0 ? 0.0 : 100.0 * o.throttled() / all));
            }
            for (WhatIf.Outcome o : outcomes) {
                out.println();
                out.println(o.option().label() + ":");
                out.print(o.bill());
            }
        }
        out.flush();
        return 0;
    }
}
