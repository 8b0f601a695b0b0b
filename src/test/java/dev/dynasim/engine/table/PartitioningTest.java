package dev.dynasim.engine.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.partition.Partition;
import dev.dynasim.engine.partition.PartitionMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables get and keep their partitions by the documented rules, seen through the Database. */
class PartitioningTest {
    private final Database db = Fixtures.tickingDatabase();

    private PartitionMap create(String name, long rcu, long wcu) {
        db.createTable(new CreateTableRequest(name, List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(rcu, wcu), null, null, null));
        return db.partitions(name, null);
    }

    private static void assertEach(PartitionMap map, double read, double write) {
        for (Partition p : map.partitions()) {
            assertThat(p.allocated().readUnits()).isEqualTo(read);
            assertThat(p.allocated().writeUnits()).isEqualTo(write);
        }
    }

    @Test
    void initialPartitions_followTheDocumentedFormula() {
        // example 29: ceil(RCU/3000 + WCU/1000)
        assertThat(create("one", 1_000, 500).size()).isEqualTo(1);
        PartitionMap two = create("two", 1_000, 1_000);
        assertThat(two.size()).isEqualTo(2);
        assertEach(two, 500, 500);
        PartitionMap four = create("four", 5_000, 2_000);
        assertThat(four.size()).isEqualTo(4);
        assertEach(four, 1_250, 500);
    }

    @Test
    void raisingThroughputBeyondThePartitions_doublesThem_andLoweringKeepsThem() {
        // example 30: 4 partitions raised to 8,000 RCU -> 8 at 1,000 / 250
        create("grow", 5_000, 2_000);
        db.updateTable(new UpdateTableRequest("grow", null, null, new ProvisionedThroughput(8_000, 2_000), null, null, null, null));
        assertThat(db.partitions("grow", null).size()).isEqualTo(8);
        assertEach(db.partitions("grow", null), 1_000, 250);
        db.updateTable(new UpdateTableRequest("grow", null, null, new ProvisionedThroughput(100, 100), null, null, null, null));
        assertThat(db.partitions("grow", null).size()).isEqualTo(8);
        db.updateTable(new UpdateTableRequest("grow", null, "PAY_PER_REQUEST", null, null, null, null, null));
        assertThat(db.partitions("grow", null).size()).isEqualTo(8);
    }

    @Test
    void onDemandTable_startsSizedForItsWarmThroughput() {
        db.createTable(Fixtures.table(false, null, null));
        assertThat(db.partitions("tbl", null).size()).isEqualTo(8);
    }
}
