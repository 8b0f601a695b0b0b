package dev.dynasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynasim simulate}: text output, the JSON outputs, --until, and errors without stack traces. */
class SimulateCommandTest {
    private final CommandRun run = new CommandRun();
    private final StringWriter out = run.out;
    private final StringWriter err = run.err;

    private int execute(String... args) {
        return run.execute(args);
    }

    @Test
    void simulate_shippedNameWithUntil_printsSummaryAndReport() {
        int code = execute("simulate", "hot-key", "--until", "20s");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Scenario hot-key (seed 1, tick 1000 ms)")
                .contains("  0:00:10  0:00:20").contains("Final report at 0:00:20 (20 ticks)")
                .contains("Table Events: PAY_PER_REQUEST, 8 partitions");
        // and the bill at the current us-east-1 prices: the writes served in 20 s, per million WRU
        assertThat(out.toString()).contains("Bill for 0.0056 hours in us-east-1, prices of 2024-11-01")
                .containsPattern("Events +On-demand writes +0\\.0\\d+ +million WRU +\\$0\\.625 +\\$0\\.02");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void simulate_withBillFiles_writesTheBillAsJsonAndCsv(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bill.json");
        Path csv = dir.resolve("bill.csv");
        int code = execute("simulate", "burst-and-adaptive", "--until", "60s", "--bill-json", json.toString(), "--bill-csv", csv.toString());
        assertThat(code).isZero();
        assertThat(Files.readString(json)).contains("\"format\" : \"dynasim-bill/1\"").contains("\"Provisioned write capacity\"");
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("table,item,quantity,unit,unitPrice,amount,source");
    }

    @Test
    void bill_sideBySide_andAsJson() throws Exception {
        assertThat(execute("bill", "write-sharding")).isZero();
        assertThat(out.toString()).contains("  option                total         served    throttled     failed  % refused\n")
                .contains("  on-demand             $0.15        240,000            0          0       0.0%\n")
                .contains("  server cluster        $0.02        240,000            0          0       0.0%\n")
                .contains("  server cluster: 3 x m6i.xlarge replica set sized for 70% utilisation at the peak; latency mean 2.0 ms,"
                        + " max 2 ms; load counted in requests, not item sizes; disk billed at a fixed 100 GB per member, not the data stored\n");
        out.getBuffer().setLength(0);
        assertThat(execute("bill", "write-sharding", "--json")).isZero();
        assertThat(out.toString()).contains("\"option\" : \"auto scaling\"").contains("\"format\" : \"dynasim-bill/1\"")
                .contains("\"option\" : \"server cluster\"").contains("\"failed\" : 0");
    }

    @Test
    void bill_withAChosenCluster_shardsIt_andAnUnknownInstanceTypeIsAClearError() {
        assertThat(execute("bill", "write-sharding", "--instance", "m6i.xlarge", "--shards", "2")).isZero();
        assertThat(out.toString()).contains("  server cluster: 2 shards of 3 x m6i.xlarge (sharded); latency mean 2.0 ms, max 2 ms;");
        assertThat(execute("bill", "write-sharding", "--instance", "m9.huge")).isEqualTo(1);
        assertThat(err.toString()).startsWith("Error: unknown instance type \"m9.huge\" in us-east-1; known: m6i.large");
    }

    @Test
    void bill_shardsWithoutInstance_isAUsageErrorWithExitCodeTwo() {
        assertThat(execute("bill", "write-sharding", "--shards", "2")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--shards needs --instance: name the instance type to shard, e.g. --instance m6i.xlarge"
                + " --shards 2" + System.lineSeparator()).contains("Usage: dynasim bill ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void bill_noClusterWithInstanceOrShards_isAUsageErrorWithExitCodeTwo() {
        assertThat(execute("bill", "write-sharding", "--no-cluster", "--instance", "m6i.large")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--no-cluster leaves the server cluster out: it cannot be combined with --instance"
                + System.lineSeparator()).contains("Usage: dynasim bill ");
        err.getBuffer().setLength(0);
        assertThat(execute("bill", "write-sharding", "--no-cluster", "--shards", "2")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--no-cluster leaves the server cluster out: it cannot be combined with --shards"
                + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(execute("bill", "write-sharding", "--no-cluster", "--instance", "m6i.large", "--shards", "2")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--no-cluster leaves the server cluster out: it cannot be combined with --instance"
                + " and --shards" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void bill_zeroShards_isAUsageErrorWithExitCodeTwo() {
        assertThat(execute("bill", "write-sharding", "--instance", "m6i.large", "--shards", "0")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--shards must be at least 1 (1: a replica set), not 0" + System.lineSeparator());
    }

    @Test
    void simulate_withTraceAndSummaryJson_writesBothFiles(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("t.jsonl");
        Path summary = dir.resolve("s.json");
        int code = execute("simulate", "growing-table", "--until", "30s", "--trace", trace.toString(),
                "--summary-json", summary.toString());
        assertThat(code).isZero();
        assertThat(Files.readAllLines(trace).get(0)).startsWith("{\"type\":\"TableCreated\",\"time\":0,\"table\":\"Orders\"");
        assertThat(Files.readString(trace)).contains("\"type\":\"SplitStarted\"");
        assertThat(Files.readString(summary)).startsWith("{\n  \"format\" : \"dynasim-summary/1\"");
        assertThat(out.toString()).contains("Trace written to " + trace).contains("Summary JSON written to " + summary);
    }

    @Test
    void simulate_badFile_printsTheFieldAndProblemWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"duration\": \"1m\", \"tables\": [{\"name\": \"Tbl\", \"partitionKey\": \"pk\","
                + " \"billingMode\": \"PROVISIONED\", \"readCapacity\": 0, \"writeCapacity\": 5}]}");
        int code = execute("simulate", file.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("Error: bad.json: tables[0].readCapacity: must be >= 1");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void simulate_badUntil_namesTheOption() {
        int code = execute("simulate", "hot-key", "--until", "forever");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Error: --until: not a duration: \"forever\"").doesNotContain("Exception");
    }
}
