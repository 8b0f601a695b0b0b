package dev.dynasim.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.TableDescription;
import dev.dynasim.engine.table.Usage;
import dev.dynasim.engine.trace.TraceEvent;
import dev.dynasim.shell.Shell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The submission's side of grading: turns what its code produced into data the grader reads back
 * through JShell (never through its printed output, which the submission controls): a probe's value as
 * text, and a snapshot of the session's tables, their usage and the bill. Both come back Base64-encoded,
 * so that JShell's quoting of strings needs no undoing.
 */
@SuppressWarnings("removal") // AccessController: JDK 17's way to run trusted code with its own rights under the sandbox
public final class Evidence {
    /** Most characters of a probe's value that are kept. */
    static final int PROBE_LIMIT = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Evidence() {
    }

    /** A probe's value as its text ({@code String.valueOf}), at most 20,000 characters, Base64-encoded. */
    public static String text(Object value) {
        String s = String.valueOf(value);
        if (s.length() > PROBE_LIMIT) s = s.substring(0, PROBE_LIMIT);
        return encode(s);
    }

    /** The session's tables (mode, capacity, items, partitions, usage), the bill by table, its trace's events counted by type and table, and what the sandbox refused, Base64-encoded JSON. */
    public static String snapshot() {
        // with dynasim's own rights (the bill reads the shipped prices through Jackson): it reads the session and calls no code of the submission's
        return java.security.AccessController.doPrivileged((java.security.PrivilegedAction<String>) Evidence::takeSnapshot);
    }

    private static String takeSnapshot() {
        ObjectNode root = JSON.createObjectNode();
        Database db = Shell.database();
        root.put("now", db.now());
        ArrayNode tables = root.putArray("tables");
        for (String name : db.tableNames()) {
            TableDescription d = db.describeTable(name);
            ObjectNode t = tables.addObject();
            t.put("name", name);
            t.put("billingMode", String.valueOf(d.spec().billingMode()));
            ProvisionedThroughput p = d.spec().throughput();
            t.put("readCapacityUnits", p == null ? 0 : p.readCapacityUnits());
            t.put("writeCapacityUnits", p == null ? 0 : p.writeCapacityUnits());
            t.put("itemCount", d.itemCount());
            t.put("sizeBytes", d.tableSizeBytes());
            t.put("partitions", db.partitionCount(name, null));
            Usage u = db.usage(name);
            t.put("requests", u.requests());
            t.put("throttledRequests", u.throttledRequests());
            t.put("readUnits", u.readUnits());
            t.put("writeUnits", u.writeUnits());
        }
        ObjectNode bill = root.putObject("bill");
        try {
            Bill b = Shell.bill();
            bill.put("total", b.total().setScale(6, RoundingMode.HALF_UP).toPlainString());
            ObjectNode byTable = bill.putObject("byTable");
            for (Map.Entry<String, BigDecimal> e : b.byTable().entrySet()) {
                byTable.put(e.getKey(), e.getValue().setScale(6, RoundingMode.HALF_UP).toPlainString());
            }
        } catch (RuntimeException e) {
            bill.put("error", String.valueOf(e.getMessage()));
        }
        ObjectNode trace = root.putObject("trace"); // the exported trace, counted: events of each type, per table
        for (TraceEvent e : Shell.sim().trace().events()) {
            ObjectNode perTable = trace.has(e.type()) ? (ObjectNode) trace.get(e.type()) : trace.putObject(e.type());
            perTable.put(e.table(), perTable.path(e.table()).asLong() + 1);
        }
        ArrayNode refused = root.putArray("refused");
        Sandbox.refusals().forEach(refused::add);
        return encode(root.toString());
    }

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a value {@link #text} or {@link #snapshot} encoded, from JShell's rendering of it (a quoted string). */
    static String decode(String jshellValue) {
        String s = jshellValue.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
