package dev.dynasim.engine.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random fault schedules and workloads, every read is checked against the history of
 * acknowledged writes (F4.3, F4.4): a strongly consistent read returns the latest acknowledged value,
 * an eventually consistent read some value acknowledged earlier, and no acknowledged write is lost.
 */
class ReplicationPropertyTest {
    private static final String[] ZONES = {"use1-az1", "use1-az2", "use1-az3"};

    /**
     * One step: after {@code gapMillis}, do {@code kind} on key {@code key} (or zone {@code key % 3}). Requests
     * are served at their own instants, as within a simulation step, so that eventual reads can be stale.
     */
    record Step(long gapMillis, int kind, int key) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.longs().between(0, 1_500), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 5)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(200);
    }

    @Property(tries = 300, seed = "20261124")
    void readsAgreeWithAcknowledgedWrites_andNoAcknowledgedWriteIsLost(@ForAll("steps") List<Step> steps) {
        long[] clock = {0};
        Database db = new Database(() -> clock[0], Account.LOCAL);
        db.createTable(new CreateTableRequest("KvStore", List.of(new AttributeDefinition("k", "S")),
                List.of(new KeySchemaElement("k", "HASH")), "PAY_PER_REQUEST", null, null, null, null));
        Map<String, Integer> latest = new HashMap<>();
        Map<String, Set<Integer>> acknowledged = new HashMap<>();
        Map<String, List<long[]>> acks = new HashMap<>();
        Set<String> zonesDown = new HashSet<>();
        Set<String> replicasFailed = new HashSet<>();
        long lastFault = Long.MIN_VALUE / 2;
        int version = 0;
        long tickStart = 0;
        for (Step s : steps) {
            clock[0] += s.gapMillis();
            if (clock[0] - tickStart >= 1_000) {
                db.endTick(tickStart, clock[0]);
                tickStart = clock[0];
            }
            String key = "k" + s.key();
            int kind = s.kind();
            db.requestInstant(clock[0]);
            // with every zone and replica up for longer than the lease, every partition has a serving leader
            boolean healthy = zonesDown.isEmpty() && replicasFailed.isEmpty() && clock[0] - lastFault >= 2_000;
            try {
                if (kind < 40) {
                    int v = ++version;
                    db.putItem(put(key, v));
                    latest.put(key, v);
                    acknowledged.computeIfAbsent(key, k -> new HashSet<>()).add(v);
                    acks.computeIfAbsent(key, k -> new ArrayList<>()).add(new long[] {clock[0], v});
                } else if (kind < 60) {
                    Integer read = value(db.getItem(get(key, true)));
                    assertThat(read).as("strongly consistent read of %s", key).isEqualTo(latest.get(key));
                } else if (kind < 85) {
                    Integer read = value(db.getItem(get(key, false)));
                    if (read != null) assertThat(acknowledged.get(key)).as("eventual read of %s", key).contains(read);
                    // never older than a write acknowledged more than the longest lag (1 s) ago
                    long required = 0;
                    for (long[] a : acks.getOrDefault(key, List.of())) if (a[0] <= clock[0] - 1_000) required = a[1];
                    assertThat(read == null ? 0 : read).as("eventual read of %s at %d", key, clock[0]).isGreaterThanOrEqualTo((int) required);
                } else if (kind < 91) {
                    db.takeZoneDown(ZONES[s.key() % 3]);
                    zonesDown.add(ZONES[s.key() % 3]);
                    lastFault = clock[0];
                } else if (kind < 97) {
                    db.bringZoneUp(ZONES[s.key() % 3]);
                    zonesDown.remove(ZONES[s.key() % 3]);
                    lastFault = clock[0];
                } else {
                    db.failReplica("KvStore", null, 0, ZONES[s.key() % 3], kind == 97);
                    if (kind == 97) replicasFailed.add(ZONES[s.key() % 3]);
                    else replicasFailed.remove(ZONES[s.key() % 3]);
                    lastFault = clock[0];
                }
            } catch (DynamoDbException e) {
                assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.InternalServerError);
                assertThat(healthy).as("refused while every replica was up: %s", e.getMessage()).isFalse();
            }
        }
        db.requestInstant(-1);
        for (String z : ZONES) db.bringZoneUp(z);
        for (String z : ZONES) db.failReplica("KvStore", null, 0, z, false);
        clock[0] += 10_000;
        db.endTick(tickStart, clock[0]);
        for (Map.Entry<String, Integer> e : latest.entrySet()) {
            assertThat(value(db.getItem(get(e.getKey(), true)))).as("acknowledged write of %s", e.getKey()).isEqualTo(e.getValue());
        }
    }

    private static PutItemRequest put(String key, int v) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("k", AttributeValue.s(key));
        item.put("v", AttributeValue.n(Integer.toString(v)));
        return new PutItemRequest("KvStore", item, null, null, null, null, ReturnConsumedCapacity.NONE, false, null, null, null);
    }

    private static GetItemRequest get(String key, boolean consistent) {
        return new GetItemRequest("KvStore", Map.of("k", AttributeValue.s(key)), consistent, null, null, null, ReturnConsumedCapacity.NONE);
    }

    private static Integer value(GetItemResult r) {
        return r.item() == null ? null : ((AttributeValue.N) r.item().get("v")).value().intValueExact();
    }
}
