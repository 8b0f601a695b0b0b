package dev.dynasim.bench;

import static dev.dynasim.engine.model.AttributeValue.s;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.GetItemRequest;
import dev.dynasim.engine.table.GetItemResult;
import dev.dynasim.engine.table.ReturnConsumedCapacity;
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

/** GetItem (eventually consistent) of 1 KB items by string partition key, cycling over 1,024 stored items. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GetItemBenchmark {
    private static final String TABLE = "Customers";

    private Database database;
    private GetItemRequest[] requests;
    private int next;

    /** Creates the table, stores the items and prepares one request per key. */
    @Setup(Level.Trial)
    public void storeItems() {
        database = BenchTables.databaseWith(BenchTables.stringKeyTable(TABLE));
        requests = new GetItemRequest[BenchTables.KEY_SPACE];
        for (int i = 0; i < requests.length; i++) {
            Map<String, AttributeValue> key = Map.of("pk", s(BenchTables.partitionKey(i)));
            database.putItem(BenchTables.put(TABLE, BenchTables.item(key, BenchTables.ONE_KB)));
            requests[i] = new GetItemRequest(TABLE, key, false, null, null, null, ReturnConsumedCapacity.NONE);
        }
        if (database.getItem(requests[0]).item() == null) {
            throw new IllegalStateException("GetItem found no item: the benchmark would measure misses");
        }
    }

    /** One GetItem of a 1 KB item. */
    @Benchmark
    public GetItemResult getItem() {
        GetItemRequest request = requests[next];
        next = (next + 1) % requests.length;
        return database.getItem(request);
    }
}
