package dev.dynasim.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UpdateTable's daily limit on capacity decreases (P12, example 44): enforced in a simulation, not in DynamoDB Local's mirror. */
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
}
