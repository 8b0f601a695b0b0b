package dev.dynasim.bench;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Item-level memory: loads 1,000,000 items of about 200 bytes into one table in a JVM limited to
 * a 1 GB heap (the run fails with OutOfMemoryError if they do not fit); the score is the load time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class LoadBenchmark {
    static final int ITEMS = 1_000_000;

    /** Loads the items and returns the table's item count. */
    @Benchmark
    public long loadMillionItems() {
        Database db = BenchTables.databaseWith(BenchTables.stringKeyTable("Loaded"));
        String padding = "x".repeat(180);
        for (int i = 0; i < ITEMS; i++) {
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            item.put("pk", AttributeValue.s("user#" + i));
            item.put("p", AttributeValue.s(padding));
            db.putItem(BenchTables.put("Loaded", item));
        }
        long count = db.describeTable("Loaded").itemCount();
        if (count != ITEMS) throw new IllegalStateException("loaded " + count + " items");
        return count;
    }
}
