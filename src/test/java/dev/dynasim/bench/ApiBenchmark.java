package dev.dynasim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.api.ApiHandler;
import dev.dynasim.api.WireJson;
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

/**
 * One JSON Lines call through the wire layer, end to end: parse the line, decode the request,
 * execute it, encode and serialise the answer. Alternates a PutItem and a GetItem of ~1 KB items.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ApiBenchmark {
    private ApiHandler handler;
    private String[] lines;
    private int next;

    /** Creates the table and prepares the request lines. */
    @Setup(Level.Trial)
    public void prepare() {
        handler = ApiHandler.ticking(ApiHandler.DEFAULT_SPACING_MILLIS);
        handler.answer("CreateTable", WireJson.parse("{\"TableName\":\"Customers\",\"AttributeDefinitions\":"
                + "[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\","
                + "\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}"));
        String padding = "x".repeat(1_000);
        lines = new String[2 * BenchTables.KEY_SPACE];
        for (int i = 0; i < BenchTables.KEY_SPACE; i++) {
            String key = BenchTables.partitionKey(i);
            lines[2 * i] = "{\"operation\":\"PutItem\",\"request\":{\"TableName\":\"Customers\",\"Item\":{\"pk\":{\"S\":\""
                    + key + "\"},\"p\":{\"S\":\"" + padding + "\"},\"n\":{\"N\":\"" + i + "\"}},\"ReturnConsumedCapacity\":\"TOTAL\"}}";
            lines[2 * i + 1] = "{\"operation\":\"GetItem\",\"request\":{\"TableName\":\"Customers\",\"Key\":{\"pk\":{\"S\":\""
                    + key + "\"}},\"ReturnConsumedCapacity\":\"TOTAL\"}}";
        }
        if (call(lines[0]).contains("error") || !call(lines[1]).contains("\"Item\"")) {
            throw new IllegalStateException("the api benchmark's requests fail: it would measure errors");
        }
    }

    private String call(String line) {
        JsonNode call = WireJson.parse(line);
        return WireJson.write(handler.answer(call.get("operation").asText(), call.get("request")));
    }

    /** One request line in, one answer line out. */
    @Benchmark
    public String apiCall() {
        String line = lines[next];
        next = (next + 1) % lines.length;
        return call(line);
    }
}
