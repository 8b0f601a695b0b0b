package dev.dynasim.bench;

import static dev.dynasim.engine.model.AttributeValue.s;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.PutItemRequest;
import dev.dynasim.engine.table.PutItemResult;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** PutItem of 1 KB items, cycling over 1,024 keys so that after the first pass every put replaces an item. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PutItemBenchmark {
    private static final String TABLE = "Customers";

    private Database database;
    private PutItemRequest[] requests;
    private int next;
    private long tickStart;

    /** Creates the empty table and prepares one request per key. */
    @Setup(Level.Trial)
    public void prepareRequests() {
        database = BenchTables.databaseWith(BenchTables.stringKeyTable(TABLE));
        requests = new PutItemRequest[BenchTables.KEY_SPACE];
        for (int i = 0; i < requests.length; i++) {
            Map<String, AttributeValue> key = Map.of("pk", s(BenchTables.partitionKey(i)));
            requests[i] = BenchTables.put(TABLE, BenchTables.item(key, BenchTables.ONE_KB));
        }
    }

    /**
     * One PutItem of a 1 KB item; every 1,024 puts the database ends a tick, as a simulation does every
     * tick, so that replication's per-write bookkeeping is pruned instead of piling up.
     */
    @Benchmark
    public PutItemResult putItem() {
        PutItemRequest request = requests[next];
        next = (next + 1) % requests.length;
        if (next == 0) {
            long now = database.now();
            database.endTick(tickStart, now, false);
            tickStart = now;
        }
        return database.putItem(request);
    }
}
