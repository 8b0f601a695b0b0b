package dev.dynasim.engine.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.AttributeValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Eventually consistent Query pages read one replica's versions; strongly consistent ones the leader's (F4.3). */
class ReplicaPageReadTest {
    private final Database db = new Database();

    ReplicaPageReadTest() {
        db.createTable(new CreateTableRequest("Events", List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("sk", "N")),
                List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("sk", "RANGE")), "PAY_PER_REQUEST", null, null, null,
                null));
    }

    private void put(long instant, int sk, int v) {
        db.requestInstant(instant);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.s("device"));
        item.put("sk", AttributeValue.n(Integer.toString(sk)));
        item.put("v", AttributeValue.n(Integer.toString(v)));
        db.putItem(new PutItemRequest("Events", item, null, null, null, null, ReturnConsumedCapacity.NONE, false, null, null, null));
    }

    private List<String> query(long instant, boolean consistent) {
        db.requestInstant(instant);
        QueryResult r = db.query(new QueryRequest("Events", null, "pk = :p", null, null, null, Map.of(":p", AttributeValue.s("device")),
                null, null, consistent, null, null, ReturnConsumedCapacity.NONE, null, null, null, null));
        return r.items().stream().map(i -> num(i.get("sk")) + "=" + num(i.get("v"))).toList();
    }

    private static String num(AttributeValue v) {
        return ((AttributeValue.N) v).value().toPlainString();
    }

    @Test
    void eventualQueryJustAfterWrites_seesTheReplicasVersions_strongQuerySeesTheLeaders() {
        put(0, 1, 10);
        put(5_000, 1, 11);
        put(5_000, 2, 20);
        List<String> leader = query(5_001, true);
        assertThat(leader).hasSize(2);
        // a follower one millisecond later has applied neither write: the old value and no second item
        int stale = 0;
        for (int i = 0; i < 30; i++) {
            List<String> seen = query(5_001, false);
            if (!seen.equals(leader)) {
                stale++;
                assertThat(seen).hasSize(1);
                assertThat(seen.get(0)).isEqualTo("1=10");
            }
        }
        assertThat(stale).isEqualTo(20);
        // two seconds later every follower has applied both
        for (int i = 0; i < 10; i++) assertThat(query(7_000, false)).isEqualTo(leader);
    }
}
