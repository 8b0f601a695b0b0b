package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynasim.engine.sim.ScenarioReport;
import dev.dynasim.engine.sim.ScenarioRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented, stable shape of the summary JSON. */
class SummaryJsonTest {

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode summary(String scenario, long untilMillis) throws Exception {
        ScenarioReport r = new ScenarioRunner(ScenarioFiles.readResource(scenario)).run(untilMillis, null);
        return new ObjectMapper().readTree(SummaryJson.write(r));
    }

    @Test
    void write_anyReport_hasTheDocumentedFieldsInOrder() throws Exception {
        JsonNode root = summary("growing-table", 60_000);
        assertThat(names(root)).containsExactly("format", "scenario", "seed", "tickMillis", "endMillis", "ticks", "served",
                "throttled", "intervals", "eventsApplied", "tables", "splits", "noSplitHelps", "replication", "accessDenied");
        assertThat(root.get("format").asText()).isEqualTo("dynasim-summary/1");
        assertThat(root.get("endMillis").asLong()).isEqualTo(60_000);
        assertThat(root.get("served").asLong()).isEqualTo(12_000);
        assertThat(names(root.get("intervals").get(0))).containsExactly("fromMillis", "toMillis", "served", "throttled",
                "failed", "eventualReads", "staleReads", "splitsStarted", "splitsCompleted", "partitions");
        assertThat(root.get("intervals")).hasSize(2);
        JsonNode table = root.get("tables").get(0);
        assertThat(names(table)).containsExactly("table", "index", "billingMode", "readCapacity", "writeCapacity",
                "partitionCount", "storedBytes", "consumedReadUnits", "consumedWriteUnits", "servedRequests",
                "throttledRequests", "throttledReadUnits", "throttledWriteUnits", "throttledByReason", "usage", "partitions");
        assertThat(table.get("index").isNull()).isTrue();
        assertThat(table.get("partitionCount").asInt()).isEqualTo(2);
        assertThat(names(table.get("usage"))).containsExactly("readUnits", "writeUnits", "requests", "throttledRequests");
        assertThat(names(table.get("partitions").get(0))).containsExactly("id", "rangeStart", "rangeEnd", "keySpaceShare",
                "allocatedReadUnits", "allocatedWriteUnits", "storedBytes", "consumedReadUnits", "consumedWriteUnits",
                "peakReadUnitsPerSecond", "peakWriteUnitsPerSecond", "servedRequests", "throttledRequests");
        assertThat(table.get("partitions").get(0).get("rangeStart").asText()).isEqualTo("0".repeat(32));
        assertThat(table.get("partitions").get(1).get("rangeEnd").asText()).isEqualTo("2^128");
        JsonNode split = root.get("splits").get(0);
        assertThat(names(split)).containsExactly("startedMillis", "completedMillis", "table", "index", "parent", "children",
                "cause", "splitToken");
        assertThat(split.get("cause").asText()).isEqualTo("SIZE");
        assertThat(split.get("completedMillis").asLong()).isEqualTo(51_000);
        assertThat(root.get("splits").get(1).get("completedMillis").isNull()).isTrue();
    }

    @Test
    void write_eventsAndNoSplitNotices_haveTheDocumentedFields() throws Exception {
        JsonNode burst = summary("burst-and-adaptive", 480_000);
        assertThat(names(burst.get("eventsApplied").get(0))).containsExactly("atMillis", "table", "billingMode",
                "readCapacity", "writeCapacity", "fault");
        assertThat(burst.get("eventsApplied").get(0).get("billingMode").isNull()).isTrue();
        assertThat(burst.get("eventsApplied").get(0).get("fault").isNull()).isTrue();
        JsonNode hot = summary("hot-key", 120_000);
        assertThat(names(hot.get("noSplitHelps").get(0))).containsExactly("timeMillis", "table", "index", "partition", "why");
    }
}
