package dev.dynasim.engine.table;

import static dev.dynasim.engine.table.Fixtures.get;
import static dev.dynasim.engine.table.Fixtures.item;
import static dev.dynasim.engine.table.Fixtures.key;
import static dev.dynasim.engine.table.Fixtures.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked examples of section 8 of the facts file, as exact consumed-capacity figures. */
class WorkedExamplesTest {
    private final Database db = Fixtures.database();

    private double getUnits(long bytes, boolean consistent) {
        db.putItem(put(item("a", 1, bytes)));
        return db.getItem(get(key("a", 1), consistent)).consumedCapacity().capacityUnits();
    }

    @Test
    void getItem_3500Bytes_costs1StrongOrHalfEventual() {
        // example 4
        assertThat(getUnits(3_500, true)).isEqualTo(1.0);
        assertThat(getUnits(3_500, false)).isEqualTo(0.5);
    }

    @Test
    void getItem_4199Bytes_costs2Strong1Eventual4Transactional() {
        // example 5
        assertThat(getUnits(4_199, true)).isEqualTo(2.0);
        assertThat(getUnits(4_199, false)).isEqualTo(1.0);
        var tx = db.transactGetItems(new TransactGetItemsRequest(
                List.of(new TransactGetItem("tbl", key("a", 1), null, null)), ReturnConsumedCapacity.TOTAL));
        assertThat(tx.consumedCapacity().get(0).capacityUnits()).isEqualTo(4.0);
        assertThat(tx.consumedCapacity().get(0).readCapacityUnits()).isEqualTo(4.0);
    }

    @Test
    void getItem_10KB_costs3Strong() {
        // example 6
        assertThat(getUnits(10_240, true)).isEqualTo(3.0);
        assertThat(getUnits(10_240, false)).isEqualTo(1.5);
    }

    @Test
    void getItem_8KB_costs2Strong1Eventual() {
        // example 7
        assertThat(getUnits(8_192, true)).isEqualTo(2.0);
        assertThat(getUnits(8_192, false)).isEqualTo(1.0);
    }

    @Test
    void getItem_missingItem_stillCostsTheMinimum() {
        // F2.5
        assertThat(db.getItem(get(key("none", 1), true)).consumedCapacity().capacityUnits()).isEqualTo(1.0);
        assertThat(db.getItem(get(key("none", 1), false)).consumedCapacity().capacityUnits()).isEqualTo(0.5);
    }

    @Test
    void batchGet_1point5KBAnd6point5KB_roundsEachItemSeparately() {
        // example 8: 4 KB + 8 KB = 3 RCU, not 2
        db.putItem(put(item("a", 1, 1_536)));
        db.putItem(put(item("a", 2, 6_656)));
        var r = db.batchGetItem(new BatchGetItemRequest(Map.of("tbl", new KeysAndAttributes(
                List.of(key("a", 1), key("a", 2)), true, null, null, null)), ReturnConsumedCapacity.TOTAL));
        assertThat(r.consumedCapacity().get(0).capacityUnits()).isEqualTo(3.0);
        assertThat(r.responses().get("tbl")).hasSize(2);
    }

    private double queryUnits(int items, long bytesEach, boolean consistent) {
        for (int i = 0; i < items; i++) db.putItem(put(item("q", i, bytesEach)));
        return db.query(Fixtures.query(null, "pk = :p", Map.of(":p", AttributeValue.s("q")), consistent, null))
                .consumedCapacity().capacityUnits();
    }

    @Test
    void query_10ItemsOf300Bytes_sumsThenRoundsOnce() {
        // example 9
        assertThat(queryUnits(10, 300, true)).isEqualTo(1.0);
    }

    @Test
    void query_10ItemsTotalling40point8KB_costs11Strong() {
        // example 10: 10 x 4,178 B = 41,780 B -> 44 KB
        assertThat(queryUnits(10, 4_178, true)).isEqualTo(11.0);
    }

    @Test
    void query_1500ItemsOf64Bytes_costs24StrongOr12Eventual() {
        // example 11
        assertThat(queryUnits(1_500, 64, true)).isEqualTo(24.0);
        assertThat(db.query(Fixtures.query(null, "pk = :p", Map.of(":p", AttributeValue.s("q")), false, null))
                .consumedCapacity().capacityUnits()).isEqualTo(12.0);
    }

    @Test
    void query_noMatch_costsTheMinimum() {
        // F2.7
        assertThat(queryUnits(0, 0, true)).isEqualTo(1.0);
    }

    @Test
    void scan_full1MBPageWithSelectiveFilter_chargesTheWholePage() {
        // example 13: 256 items of 4 KB fill the 1 MB page; the filter keeps 3
        for (int i = 0; i < 300; i++) {
            db.putItem(put(item("s" + i, 1, 4_096, "keep", AttributeValue.bool(i % 100 == 0))));
        }
        var r = db.scan(new ScanRequest("tbl", null, "keep = :t", null, null, Map.of(":t", AttributeValue.bool(true)), null,
                null, true, null, null, null, ReturnConsumedCapacity.TOTAL, null, null, null));
        assertThat(r.scannedCount()).isEqualTo(256);
        assertThat(r.consumedCapacity().capacityUnits()).isEqualTo(256.0);
        assertThat(r.lastEvaluatedKey()).isNotNull();
    }

    @Test
    void gsiQuery_8EntriesOf2000Bytes_costs2ChargedToTheIndex() {
        // example 14
        Database gdb = Fixtures.tickingDatabase();
        gdb.createTable(Fixtures.table(false, List.of(new IndexDefinition("gsi", List.of(new KeySchemaElement("gk", "HASH")),
                "ALL", null, null)), null, new AttributeDefinition("gk", "S")));
        for (int i = 0; i < 8; i++) gdb.putItem(put(item("p" + i, null, 2_000, "gk", AttributeValue.s("G"))));
        var c = gdb.query(Fixtures.query("gsi", "gk = :g", Map.of(":g", AttributeValue.s("G")), false, null)).consumedCapacity();
        assertThat(c.capacityUnits()).isEqualTo(2.0);
        assertThat(c.globalSecondaryIndexes().get("gsi").capacityUnits()).isEqualTo(2.0);
        assertThat(c.table().capacityUnits()).isEqualTo(0.0);
    }

    @Test
    void lsiQuery_withNonProjectedAttributes_addsOneFetchPerItem() {
        // example 15: index part 800 B -> 1 RCU, plus 4 fetches of 1 RCU = 5 RCU on the table's capacity
        Database ldb = Fixtures.tickingDatabase();
        ldb.createTable(Fixtures.table(true, null, List.of(new IndexDefinition("lsi",
                List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("lk", "RANGE")), "KEYS_ONLY", null, null)),
                new AttributeDefinition("lk", "S")));
        for (int i = 0; i < 4; i++) ldb.putItem(put(item("a", i, 300, "lk", AttributeValue.s("k" + i))));
        var c = ldb.query(new QueryRequest("tbl", "lsi", "pk = :p", null, null, null, Map.of(":p", AttributeValue.s("a")),
                Select.ALL_ATTRIBUTES, null, true, null, null, ReturnConsumedCapacity.INDEXES, null, null, null, null))
                .consumedCapacity();
        assertThat(c.capacityUnits()).isEqualTo(5.0);
        assertThat(c.table().capacityUnits()).isEqualTo(4.0);
        assertThat(c.localSecondaryIndexes().get("lsi").capacityUnits()).isEqualTo(1.0);
    }

    @Test
    void putItem_1point6KB_costs2AndHalfKB_costs1() {
        // example 16
        assertThat(db.putItem(put(item("a", 1, 1_638))).consumedCapacity().capacityUnits()).isEqualTo(2.0);
        assertThat(db.putItem(put(item("b", 1, 500))).consumedCapacity().capacityUnits()).isEqualTo(1.0);
    }

    @Test
    void transactWrite_1point5KBItem_costsDouble() {
        // example 17
        var r = db.transactWriteItems(new TransactWriteItemsRequest(List.of(new TransactWriteItem(TransactAction.PUT, "tbl",
                item("a", 1, 1_536), null, null, null, null, null, null)), ReturnConsumedCapacity.TOTAL, false, null));
        assertThat(r.consumedCapacity().get(0).capacityUnits()).isEqualTo(4.0);
    }

    @Test
    void updateItem_900To2100Bytes_chargedOnTheLargerImage() {
        // example 18
        db.putItem(put(item("a", 1, 900)));
        var r = db.updateItem(new UpdateItemRequest("tbl", key("a", 1), "SET big = :b", null, null,
                Map.of(":b", AttributeValue.s("y".repeat(1_197))), null, ReturnConsumedCapacity.TOTAL, false,
                null, null, null, null));
        assertThat(r.consumedCapacity().capacityUnits()).isEqualTo(3.0);
    }

    @Test
    void batchWrite_halfKBAnd3point5KB_costs5() {
        // example 19
        var r = db.batchWriteItem(new BatchWriteItemRequest(Map.of("tbl", List.of(
                new WriteRequest(item("a", 1, 500), null), new WriteRequest(item("a", 2, 3_584), null))),
                ReturnConsumedCapacity.TOTAL, false));
        assertThat(r.consumedCapacity().get(0).capacityUnits()).isEqualTo(5.0);
    }

    @Test
    void failedConditionalPut_onNewKeyCosts1_onExisting2KBItemCosts2() {
        // example 20
        assertThatThrownBy(() -> db.putItem(put(item("n", 1, 500), "attribute_exists(pk)")))
                .isInstanceOf(DynamoDbException.class).hasMessage("The conditional request failed");
        assertThat(db.usage("tbl").writeUnits()).isEqualTo(1.0);
        db.putItem(put(item("e", 1, 100)));
        assertThatThrownBy(() -> db.putItem(put(item("e", 1, 2_048), "attribute_not_exists(pk)")))
                .isInstanceOf(DynamoDbException.class);
        assertThat(db.usage("tbl").writeUnits()).isEqualTo(1.0 + 1.0 + 2.0);
    }

    @Test
    void transactions_threeHalfKBItems_cost6WriteAnd6Read() {
        // example 21
        List<TransactWriteItem> writes = new ArrayList<>();
        List<TransactGetItem> gets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            writes.add(new TransactWriteItem(TransactAction.PUT, "tbl", item("a", i, 500), null, null, null, null, null, null));
            gets.add(new TransactGetItem("tbl", key("a", i), null, null));
        }
        assertThat(db.transactWriteItems(new TransactWriteItemsRequest(writes, ReturnConsumedCapacity.TOTAL, false, null))
                .consumedCapacity().get(0).capacityUnits()).isEqualTo(6.0);
        assertThat(db.transactGetItems(new TransactGetItemsRequest(gets, ReturnConsumedCapacity.TOTAL))
                .consumedCapacity().get(0).capacityUnits()).isEqualTo(6.0);
    }

    @Test
    void putWithTwoGsis_costs3_andChangingOneIndexKeyCostsThatIndex2() {
        // example 22
        Database gdb = Fixtures.tickingDatabase();
        gdb.createTable(Fixtures.table(false, List.of(
                new IndexDefinition("gsiA", List.of(new KeySchemaElement("a", "HASH")), "ALL", null, null),
                new IndexDefinition("gsiB", List.of(new KeySchemaElement("b", "HASH")), "ALL", null, null)), null,
                new AttributeDefinition("a", "S"), new AttributeDefinition("b", "S")));
        Map<String, AttributeValue> it = item("p", null, 800, "a", AttributeValue.s("A1"), "b", AttributeValue.s("B1"));
        assertThat(gdb.putItem(put(it)).consumedCapacity().capacityUnits()).isEqualTo(3.0);
        var c = gdb.updateItem(new UpdateItemRequest("tbl", key("p", null), "SET a = :a", null, null,
                Map.of(":a", AttributeValue.s("A2")), null, ReturnConsumedCapacity.INDEXES, false, null, null, null, null))
                .consumedCapacity();
        assertThat(c.table().capacityUnits()).isEqualTo(1.0);
        assertThat(c.globalSecondaryIndexes().get("gsiA").capacityUnits()).isEqualTo(2.0);
        assertThat(c.globalSecondaryIndexes().get("gsiB").capacityUnits()).isEqualTo(1.0);
    }

    @Test
    void validation_keyTooLongAndItemTooLarge_useDynamoDbMessages() {
        // examples 45-47, with the oracle's wording (errors.jsonl partition-key-2049-bytes, item-over-400kb-by-1)
        Map<String, AttributeValue> longKey = new LinkedHashMap<>(key("k".repeat(2_049), 1));
        assertThatThrownBy(() -> db.putItem(put(longKey))).isInstanceOf(DynamoDbException.class)
                .hasMessage("Hash primary key values must be under 2048 bytes, and range primary key values must be under 1024 bytes");
        assertThatThrownBy(() -> db.putItem(put(item("a", 1, 409_601)))).isInstanceOf(DynamoDbException.class)
                .hasMessage("Item size has exceeded the maximum allowed size");
        assertThat(db.putItem(put(item("a", 1, 409_600))).consumedCapacity().capacityUnits()).isEqualTo(400.0);
        assertThatThrownBy(() -> db.getItem(get(Map.of("pk", AttributeValue.n(7), "sk", AttributeValue.n(1)), true)))
                .isInstanceOf(DynamoDbException.class).hasMessageStartingWith("One or more parameter values were invalid: Type mismatch for key");
    }

    @Test
    void eventualReadsTotalling80KB_cost10() {
        // example 12: 80 KB / 4 KB = 20, halved
        assertThat(queryUnits(20, 4_096, false)).isEqualTo(10.0);
    }

    @Test
    void storage_addsHundredBytesPerItemAndPerIndexEntry_apartFromRequestSizes() {
        // F1.24 and example 42's overhead rule
        Database gdb = Fixtures.tickingDatabase();
        gdb.createTable(Fixtures.table(false, List.of(new IndexDefinition("gsi", List.of(new KeySchemaElement("gk", "HASH")),
                "KEYS_ONLY", null, null)), null, new AttributeDefinition("gk", "S")));
        gdb.putItem(put(item("p1", null, 1_000, "gk", AttributeValue.s("G"))));
        gdb.putItem(put(item("p2", null, 500)));
        StorageSize s = gdb.storage("tbl");
        assertThat(s.itemBytes()).isEqualTo(1_500);
        assertThat(s.itemOverheadBytes()).isEqualTo(200);
        assertThat(s.indexEntryBytes()).isEqualTo(2 + 2 + 2 + 1);
        assertThat(s.indexOverheadBytes()).isEqualTo(100);
        assertThat(s.totalBytes()).isEqualTo(1_807);
        assertThat(gdb.describeTable("tbl").tableSizeBytes()).isEqualTo(1_500);
    }
}
