package dev.dynasim.cli;

import dev.dynasim.engine.billing.InstanceCatalogue;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.sim.ClusterReplay;
import dev.dynasim.engine.sim.WhatIf;
import dev.dynasim.engine.sim.WhatIfComparison;
import dev.dynasim.json.InstanceCatalogueFiles;
import dev.dynasim.json.PriceSheetFiles;
import dev.dynasim.json.ScenarioFiles;
import dev.dynasim.json.WhatIfExport;
import dev.dynasim.json.WhatIfRuns;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dynasim bill SCENARIO}: the same traffic billed on demand, provisioned, with auto scaling, and on
 * a MongoDB-style server cluster, side by side.
 */
@Command(name = "bill", mixinStandardHelpOptions = true,
        description = "Run a scenario's traffic on demand, at a fixed provisioned capacity, with auto scaling and on a"
                + " server cluster of instances, and print the bills side by side with the throttling or failures each caused.")
public final class BillCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file, or the name of a shipped scenario.")
    private String scenario;

    @Option(names = "--json", description = "Print the comparison as JSON (exact amounts).")
    private boolean json;

    @Option(names = "--prices", paramLabel = "FILE", description = "A price sheet of one's own (default: the shipped us-east-1 sheet).")
    private Path prices;

    @Option(names = "--instance", paramLabel = "TYPE",
            description = "The server cluster's instance type (default: the cheapest that serves the peak at "
                    + ClusterReplay.SIZING_UTILISATION_PERCENT + "%% of its capacity; see --catalogue).")
    private String instance;

    @Option(names = "--shards", paramLabel = "N", description = "Shard the server cluster N ways (with --instance; default: 1, a replica set).")
    private Integer shards;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "An instance catalogue of one's own for the server cluster (default: the shipped us-east-1 one).")
    private Path catalogue;

    @Option(names = "--no-cluster", description = "Leave the server cluster out of the comparison.")
    private boolean noCluster;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        checkClusterOptions();
        PriceSheet sheet = prices == null ? PriceSheetFiles.shipped("us-east-1") : PriceSheetFiles.read(prices);
        InstanceCatalogue servers = noCluster ? null : catalogue == null ? InstanceCatalogueFiles.builtIn() : InstanceCatalogueFiles.read(catalogue);
        List<WhatIf.Outcome> outcomes = WhatIfRuns.run(scenario, sheet, servers, instance, shards);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(WhatIfExport.json(outcomes));
        } else {
            out.print(new WhatIfComparison(ScenarioFiles.resolve(scenario).name(), sheet.current(), outcomes));
        }
        out.flush();
        return 0;
    }

    /** Rejects cluster options that contradict each other, as picocli rejects a bad option: usage on standard error, exit code 2. */
    private void checkClusterOptions() {
        if (noCluster && (instance != null || shards != null)) {
            throw new ParameterException(spec.commandLine(), "--no-cluster leaves the server cluster out: it cannot be combined with "
                    + (instance != null && shards != null ? "--instance and --shards" : instance != null ? "--instance" : "--shards"));
        }
        if (shards != null && instance == null) {
            throw new ParameterException(spec.commandLine(),
                    "--shards needs --instance: name the instance type to shard, e.g. --instance m6i.xlarge --shards " + shards);
        }
        if (shards != null && shards < 1) {
            throw new ParameterException(spec.commandLine(), "--shards must be at least 1 (1: a replica set), not " + shards);
        }
    }
}
