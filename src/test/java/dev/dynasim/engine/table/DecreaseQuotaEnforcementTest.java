package dev.dynasim.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.partition.Throughput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * UpdateTable's daily limit on capacity decreases (P12, example 44): kept per table and separately per GSI, a
 * request over any of them refused as a whole; enforced in a simulation, not in DynamoDB Local's mirror.
 */
class DecreaseQuotaEnforcementTest {
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;

    private final long[] now = {0};

    private Database provisioned(boolean enforce) {
        Database db = new Database(() -> now[0], Account.LOCAL);
        db.enforceDecreaseQuota(enforce);
        db.createTable(new CreateTableRequest("tbl", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(100, 100), null, null, null));
        return db;
    }

    private static TableDescription write(Database db, long wcu) {
        return db.updateTable(new UpdateTableRequest("tbl", null, null, new ProvisionedThroughput(100, wcu), null, null, null, null));
    }

    @Test
    void fifthDecreaseWithinTheHour_isRefusedAndLeavesTheTableAsItWas() {
        Database db = provisioned(true);
        for (int i = 1; i <= 4; i++) {
            now[0] = i * MINUTE;
            assertThat(write(db, 100 - i).numberOfDecreasesToday()).isEqualTo(i);
        }
        now[0] = 30 * MINUTE;
        DynamoDbException e = catchThrowableOfType(DynamoDbException.class, () -> write(db, 90));
        assertThat(e.code()).isEqualTo(ErrorCode.LimitExceededException);
        assertThat(e.getMessage()).isEqualTo("Subscriber limit exceeded: Provisioned throughput decreases are limited within a "
                + "given UTC day: 4 at any time, then one an hour after the last. Number of decreases today: 4");
        assertThat(db.describeTable("tbl").spec().throughput().writeCapacityUnits()).isEqualTo(96);
        // increases are never limited by it
        assertThat(write(db, 500).spec().throughput().writeCapacityUnits()).isEqualTo(500);
    }

    @Test
    void anHourAfterTheLastDecrease_oneMoreIsAllowed_andTheCountResetsAtUtcMidnight() {
        Database db = provisioned(true);
        for (int i = 1; i <= 4; i++) {
            now[0] = i * MINUTE;
            write(db, 100 - i);
        }
        now[0] = 4 * MINUTE + HOUR;
        assertThat(write(db, 90).numberOfDecreasesToday()).isEqualTo(5);
        now[0] = 24 * HOUR;
        assertThat(db.describeTable("tbl").numberOfDecreasesToday()).isZero();
        assertThat(write(db, 80).numberOfDecreasesToday()).isEqualTo(1);
    }

    @Test
    void withoutEnforcement_asInDynamoDbLocal_decreasesAreOnlyCounted() {
        Database db = provisioned(false);
        for (int i = 1; i <= 6; i++) {
            now[0] = i * MINUTE;
            write(db, 100 - i);
        }
        assertThat(db.describeTable("tbl").numberOfDecreasesToday()).isEqualTo(6);
        assertThat(db.describeTable("tbl").spec().throughput().writeCapacityUnits()).isEqualTo(94);
    }

    private static final String SPENT = "Subscriber limit exceeded: Provisioned throughput decreases of index gsi1 are limited "
            + "within a given UTC day: 4 at any time, then one an hour after the last. Number of decreases today: 4";

    /** A provisioned table "tbl" (100/100) with GSIs gsi1 and gsi2 (100/100 each). */
    private Database withIndexes(boolean enforce) {
        Database db = new Database(() -> now[0], Account.LOCAL);
        db.enforceDecreaseQuota(enforce);
        db.createTable(new CreateTableRequest("tbl", List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("g", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(100, 100),
                List.of(gsi("gsi1", "g"), gsi("gsi2", "g")), null, null));
        return db;
    }

    private static IndexDefinition gsi(String name, String key) {
        return new IndexDefinition(name, List.of(new KeySchemaElement(key, "HASH")), "ALL", null, new ProvisionedThroughput(100, 100));
    }

    private static TableDescription indexes(Database db, Map<String, ProvisionedThroughput> updates) {
        return db.updateTable(new UpdateTableRequest("tbl", null, null, null, null, null, updates, null));
    }

    private static IndexDescription index(TableDescription d, String name) {
        return d.globalSecondaryIndexes().stream().filter(i -> i.spec().name().equals(name)).findFirst().orElseThrow();
    }

    /** Lowers gsi1's WCU four times, at minutes 1 to 4, to 96. */
    private void spendGsi1(Database db) {
        for (int i = 1; i <= 4; i++) {
            now[0] = i * MINUTE;
            indexes(db, Map.of("gsi1", new ProvisionedThroughput(100, 100 - i)));
        }
    }

    @Test
    void gsiDecreases_countAgainstTheIndexsOwnQuota_notTheTablesNorAnotherIndexs() {
        Database db = withIndexes(true);
        spendGsi1(db);
        TableDescription d = db.describeTable("tbl");
        assertThat(index(d, "gsi1").numberOfDecreasesToday()).isEqualTo(4);
        assertThat(index(d, "gsi2").numberOfDecreasesToday()).isZero();
        assertThat(d.numberOfDecreasesToday()).isZero();
        now[0] = 30 * MINUTE;
        // the table and gsi2 still have their own four
        assertThat(write(db, 90).numberOfDecreasesToday()).isEqualTo(1);
        TableDescription after = indexes(db, Map.of("gsi2", new ProvisionedThroughput(50, 100)));
        assertThat(index(after, "gsi2").numberOfDecreasesToday()).isEqualTo(1);
        assertThat(index(after, "gsi2").spec().throughput()).isEqualTo(new ProvisionedThroughput(50, 100));
        assertThat(index(after, "gsi1").numberOfDecreasesToday()).isEqualTo(4);
    }

    @Test
    void fifthGsiDecreaseWithinTheHour_isRefusedNamingTheIndex_andAnHourAfterItsLastOneMoreIsAllowed() {
        Database db = withIndexes(true);
        spendGsi1(db);
        now[0] = 30 * MINUTE;
        DynamoDbException e = catchThrowableOfType(DynamoDbException.class,
                () -> indexes(db, Map.of("gsi1", new ProvisionedThroughput(90, 96))));
        assertThat(e.code()).isEqualTo(ErrorCode.LimitExceededException);
        assertThat(e.getMessage()).isEqualTo(SPENT);
        assertThat(index(db.describeTable("tbl"), "gsi1").spec().throughput()).isEqualTo(new ProvisionedThroughput(100, 96));
        // increases of the index are never limited by it
        assertThat(index(indexes(db, Map.of("gsi1", new ProvisionedThroughput(200, 96))), "gsi1").spec().throughput().readCapacityUnits())
                .isEqualTo(200);
        now[0] = 4 * MINUTE + HOUR;
        assertThat(index(indexes(db, Map.of("gsi1", new ProvisionedThroughput(200, 90))), "gsi1").numberOfDecreasesToday()).isEqualTo(5);
    }

    @Test
    void requestLoweringTheTableAndAnIndexWithQuotaLeft_isRefusedAsAWholeWhenAnotherIndexsQuotaIsSpent() {
        Database db = withIndexes(true);
        spendGsi1(db);
        Throughput gsi2Partitions = db.partitions("tbl", "gsi2").totalAllocated();
        Throughput tablePartitions = db.partitions("tbl", null).totalAllocated();
        now[0] = 30 * MINUTE;
        UpdateTableRequest everything = new UpdateTableRequest("tbl", List.of(new AttributeDefinition("h", "S")), null,
                new ProvisionedThroughput(50, 50), List.of(gsi("gsi3", "h")), null,
                Map.of("gsi2", new ProvisionedThroughput(10, 10), "gsi1", new ProvisionedThroughput(100, 90)), true,
                "STANDARD_INFREQUENT_ACCESS");
        DynamoDbException e = catchThrowableOfType(DynamoDbException.class, () -> db.updateTable(everything));
        assertThat(e.code()).isEqualTo(ErrorCode.LimitExceededException);
        assertThat(e.getMessage()).isEqualTo(SPENT);
        TableDescription d = db.describeTable("tbl");
        assertThat(d.spec().throughput()).isEqualTo(new ProvisionedThroughput(100, 100));
        assertThat(d.numberOfDecreasesToday()).isZero();
        assertThat(d.lastDecreaseDateTime()).isZero();
        assertThat(d.globalSecondaryIndexes()).extracting(i -> i.spec().name()).containsExactlyInAnyOrder("gsi1", "gsi2");
        assertThat(d.spec().attributeDefinitions()).containsOnlyKeys("pk", "g");
        assertThat(index(d, "gsi2").spec().throughput()).isEqualTo(new ProvisionedThroughput(100, 100));
        assertThat(index(d, "gsi2").numberOfDecreasesToday()).isZero();
        assertThat(index(d, "gsi1").spec().throughput()).isEqualTo(new ProvisionedThroughput(100, 96));
        assertThat(d.deletionProtectionEnabled()).isFalse();
        assertThat(d.tableClass()).isNull();
        assertThat(db.partitions("tbl", "gsi2").totalAllocated()).isEqualTo(gsi2Partitions);
        assertThat(db.partitions("tbl", null).totalAllocated()).isEqualTo(tablePartitions);
    }

    @Test
    void withoutEnforcement_asInDynamoDbLocal_gsiDecreasesAreOnlyCounted() {
        Database db = withIndexes(false);
        spendGsi1(db);
        now[0] = 5 * MINUTE;
        TableDescription d = indexes(db, Map.of("gsi1", new ProvisionedThroughput(100, 80)));
        assertThat(index(d, "gsi1").numberOfDecreasesToday()).isEqualTo(5);
        assertThat(index(d, "gsi1").spec().throughput()).isEqualTo(new ProvisionedThroughput(100, 80));
    }
}
