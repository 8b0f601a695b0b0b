package dev.dynasim.bench;

import static dev.dynasim.engine.model.AttributeValue.n;
import static dev.dynasim.engine.model.AttributeValue.s;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.QueryRequest;
import dev.dynasim.engine.table.QueryResult;
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

/** Query by partition key returning its 10 items (numeric sort keys 1..10), cycling over 100 partition keys. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QueryBenchmark {
    private static final String TABLE = "Orders";
    private static final int PARTITION_KEYS = 100;
    private static final int ITEMS_PER_PARTITION_KEY = 10;
    private static final int ITEM_BYTES = 200;

    private Database database;
    private QueryRequest[] requests;
    private int next;

    /** Creates the table, stores 10 items under each of 100 partition keys and prepares one query per key. */
    @Setup(Level.Trial)
    public void storeItems() {
        database = BenchTables.databaseWith(BenchTables.stringAndNumberKeyTable(TABLE));
        requests = new QueryRequest[PARTITION_KEYS];
        for (int i = 0; i < PARTITION_KEYS; i++) {
            AttributeValue partitionKey = s(BenchTables.partitionKey(i));
            for (int sortKey = 1; sortKey <= ITEMS_PER_PARTITION_KEY; sortKey++) {
                Map<String, AttributeValue> key = Map.of("pk", partitionKey, "sk", n(sortKey));
                database.putItem(BenchTables.put(TABLE, BenchTables.item(key, ITEM_BYTES)));
            }
            requests[i] = new QueryRequest(TABLE, null, "pk = :pk", null, null, null,
                    Map.of(":pk", partitionKey), null, null, false, null, null,
                    ReturnConsumedCapacity.NONE, null, null, null, null);
        }
        int count = database.query(requests[0]).count();
        if (count != ITEMS_PER_PARTITION_KEY) {
            throw new IllegalStateException("Query returned " + count + " items, expected " + ITEMS_PER_PARTITION_KEY);
        }
    }

    /** One Query returning 10 items. */
    @Benchmark
    public QueryResult query() {
        QueryRequest request = requests[next];
        next = (next + 1) % requests.length;
        return database.query(request);
    }
}
