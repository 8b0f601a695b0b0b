package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.billing.AutoScalingPolicy;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.Account;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.trace.ScalingActivity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A table's auto scaling goes with the table: deleted and created again under its name, the new table has none. */
class AutoScalingLifecycleTest {
    @Test
    void aDeletedTablesPolicy_doesNotActOnATableCreatedAgainUnderItsName() {
        AtomicLong clock = new AtomicLong();
        Database db = new Database(clock::get, Account.EXAMPLE);
        List<ScalingActivity> activities = new ArrayList<>();
        AutoScaling scaling = new AutoScaling(db, db::updateTable, activities::add);
        create(db, "PROVISIONED", new ProvisionedThroughput(100, 100));
        scaling.put("Songs", null, AutoScalingPolicy.of(5, 100, 0.7));
        db.deleteTable("Songs");
        create(db, "PROVISIONED", new ProvisionedThroughput(100, 100)); // idle: the old policy would scale it in
        for (long minute = 0; minute < 30; minute++) {
            clock.set((minute + 1) * 60_000);
            db.endTick(minute * 60_000, (minute + 1) * 60_000, false);
            scaling.tick(minute * 60_000, (minute + 1) * 60_000);
        }
        assertThat(activities).isEmpty();
    }

    private static void create(Database db, String mode, ProvisionedThroughput throughput) {
        db.createTable(new CreateTableRequest("Songs", List.of(new AttributeDefinition("pk", "S")), List.of(new KeySchemaElement("pk", "HASH")),
                mode, throughput, null, null, null, null));
    }
}
