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
 * so that JShell's quoting of strings needs no undoing, in pieces short enough for JShell to pass whole
 * (it cuts a value's text at 21,844 characters): a probe's value is cut to 15,000 bytes, the snapshot is
 * read in parts ({@link EvidenceReading} puts them together and checks them).
 */
@SuppressWarnings("removal") // AccessController: JDK 17's way to run trusted code with its own rights under the sandbox
public final class Evidence {
    /** Most bytes (UTF-8) of a probe's value that are kept: Base64-encoded, well under JShell's 21,844 characters of a value. */
    static final int PROBE_LIMIT = 15_000;
    /** Characters of Base64 in one part of the snapshot. */
    static final int PART_CHARS = 16_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The snapshot last taken, Base64-encoded, read back part by part. */
    private static volatile String taken = "";

    private Evidence() {
    }

    /** A probe's value as its text ({@code String.valueOf}), at most 15,000 bytes of it (whole characters), Base64-encoded. */
    public static String text(Object value) {
        String s = String.valueOf(value);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= PROBE_LIMIT) return encode(s);
        int end = PROBE_LIMIT;
        while ((bytes[end] & 0xC0) == 0x80) end--; // not inside a character
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, end));
    }

    /**
     * Takes a snapshot of the session (its tables' mode, capacity, items, partitions and usage, the bill
     * by table, its trace's events counted by type and table, and what the sandbox refused) as JSON, keeps
     * it Base64-encoded, and says in how many parts {@link #snapshotPart} gives it and the SHA-256 of
     * that Base64, by which the grader knows the parts it read are of this one snapshot.
     */
    public static String snapshotTaken() {
        // with dynasim's own rights (the bill reads the shipped prices through Jackson): it reads the session and calls no code of the submission's
        String encoded = encode(java.security.AccessController.doPrivileged((java.security.PrivilegedAction<String>) Evidence::takeSnapshot));
        taken = encoded;
        return (encoded.length() + PART_CHARS - 1) / PART_CHARS + " " + SubmissionFile.sha256(encoded.getBytes(StandardCharsets.US_ASCII));
    }

    /** Part {@code i} (from 0) of the snapshot {@link #snapshotTaken} took: at most 16,000 characters of its Base64. */
    public static String snapshotPart(int i) {
        String s = taken;
        int from = Math.min(s.length(), i * PART_CHARS);
        return s.substring(from, Math.min(s.length(), from + PART_CHARS));
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
        return root.toString();
    }

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The Base64 text of JShell's rendering of a string value (a quoted string). */
    static String unquoted(String jshellValue) {
        String s = jshellValue.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The text Base64 text encodes; IllegalArgumentException when it is not Base64. */
    static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
