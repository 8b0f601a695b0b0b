package dev.dynasim.shell;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.QueryResult;
import java.util.List;
import java.util.Map;

/** The answer to a Query or Scan: the page of items, counts, where to go on from, and the capacity. */
public record ItemsResult(QueryResult result, List<String> keyNames, String unit) {

    /** The items of the page (empty for Select=COUNT). */
    public List<Map<String, AttributeValue>> items() {
        return result.items() == null ? List.of() : result.items();
    }

    /** Items that matched the filter. */
    public int count() {
        return result.count();
    }

    /** Items read before the filter. */
    public int scannedCount() {
        return result.scannedCount();
    }

    /** The read units consumed. */
    public double units() {
        return result.consumedCapacity() == null ? 0 : result.consumedCapacity().capacityUnits();
    }

    @Override
    public String toString() {
        String body = items().isEmpty() ? "(no items)\n" : TextTable.items(items(), keyNames);
        String more = result.lastEvaluatedKey() == null ? "" : ", more after " + result.lastEvaluatedKey();
        return body + "Count " + count() + ", ScannedCount " + scannedCount() + ", "
                + Consumed.phrase(result.consumedCapacity(), unit) + more;
    }
}
