package dev.dynasim.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence a submission left, as the checks read it: how its run ended, its errors and output,
 * its probes' values and a snapshot of its tables, their usage and its bill. It is data read back from
 * the submission's process, never a live object of it.
 */
public final class Submission {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunOutcome outcome;
    private final List<String> errors;
    private final String output;
    private final Map<String, ProbeValue> probes;
    private final Map<String, TableEvidence> tables = new LinkedHashMap<>();
    private final Map<String, BigDecimal> billByTable = new LinkedHashMap<>();
    private final List<String> refused = new ArrayList<>();
    private final Map<String, Long> traceCounts = new LinkedHashMap<>();
    private BigDecimal billTotal;

    /**
     * The evidence of a run: its outcome, errors, output, probe values and snapshot (JSON text, or null
     * when it could not be taken).
     */
    public Submission(RunOutcome outcome, List<String> errors, String output, Map<String, ProbeValue> probes, String snapshot) {
        this.outcome = outcome;
        this.errors = List.copyOf(errors);
        this.output = output;
        this.probes = Map.copyOf(probes);
        if (snapshot != null) read(snapshot);
    }

    private void read(String snapshot) {
        try {
            JsonNode root = JSON.readTree(snapshot);
            for (JsonNode t : root.path("tables")) {
                TableEvidence e = new TableEvidence(t.path("name").asText(), t.path("billingMode").asText(), t.path("readCapacityUnits").asLong(),
                        t.path("writeCapacityUnits").asLong(), t.path("itemCount").asLong(), t.path("sizeBytes").asLong(), t.path("partitions").asInt(),
                        t.path("requests").asLong(), t.path("throttledRequests").asLong(), t.path("readUnits").asDouble(),
                        t.path("writeUnits").asDouble());
                tables.put(e.name(), e);
            }
            JsonNode bill = root.path("bill");
            if (bill.has("total")) billTotal = new BigDecimal(bill.get("total").asText());
            bill.path("byTable").fields().forEachRemaining(f -> billByTable.put(f.getKey(), new BigDecimal(f.getValue().asText())));
            root.path("refused").forEach(r -> refused.add(r.asText()));
            root.path("trace").fields().forEachRemaining(type -> type.getValue().fields()
                    .forEachRemaining(t -> traceCounts.put(type.getKey() + "/" + t.getKey(), t.getValue().asLong())));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("the submission's snapshot could not be read: " + e.getMessage(), e);
        }
    }

    /** How the run ended. */
    public RunOutcome outcome() {
        return outcome;
    }

    /** The errors its code met (compile errors, exceptions), in order. */
    public List<String> errors() {
        return errors;
    }

    /** What it printed (cut at the output limit). */
    public String output() {
        return output;
    }

    /** What the sandbox refused it (reading files outside its folder, System.exit...): the first of each kind, in order, with how often. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    /** A probe's value; {@link MissingEvidence} when the exercise has no such probe or the run ended before it. */
    public ProbeValue probe(String name) {
        ProbeValue v = probes.get(name);
        if (v == null) throw new MissingEvidence("the grader could not read " + name + " (the submission did not finish)");
        return v;
    }

    /** How many events of {@code type} (a trace event's name, e.g. {@code PartitionSplit}, {@code RequestThrottled}) the session's trace holds for {@code table}. */
    public long traceCount(String type, String table) {
        return traceCounts.getOrDefault(type + "/" + table, 0L);
    }

    /** The table called {@code name}; {@link MissingEvidence} when there is none. */
    public TableEvidence table(String name) {
        TableEvidence t = tables.get(name);
        if (t == null) throw new MissingEvidence("there is no table called " + name + (tables.isEmpty() ? "" : " (tables: " + String.join(", ", tables.keySet()) + ")"));
        return t;
    }

    /** Whether there is a table called {@code name}. */
    public boolean hasTable(String name) {
        return tables.containsKey(name);
    }

    /** The bill of the whole session in dollars; {@link MissingEvidence} when it could not be made. */
    public BigDecimal billTotal() {
        if (billTotal == null) throw new MissingEvidence("the session's bill could not be made");
        return billTotal;
    }

    /** A table's own lines of the bill in dollars (zero when it has none). */
    public BigDecimal billFor(String table) {
        return billByTable.getOrDefault(table, BigDecimal.ZERO);
    }
}
