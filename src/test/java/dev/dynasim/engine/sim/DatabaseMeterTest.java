package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.billing.BillableUsage;
import dev.dynasim.engine.billing.TableMeter;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.Account;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.table.PutItemRequest;
import dev.dynasim.engine.table.UpdateTableRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The database meter bills what was used under the settings in force when it was used: units served
 * between ticks before a switch of mode at on-demand prices, capacity up to the instant it changes, and
 * a table deleted and created again under the same name as a fresh table whose usage adds to the old one's.
 */
class DatabaseMeterTest {
    private static final long HOUR = 3_600_000;
    private final AtomicLong clock = new AtomicLong();
    private final Database db = new Database(clock::get, Account.EXAMPLE);
    private final DatabaseMeter meter = new DatabaseMeter(db);

    private void create(String billingMode, ProvisionedThroughput throughput) {
        db.createTable(new CreateTableRequest("Songs", List.of(new AttributeDefinition("pk", "S")), List.of(new KeySchemaElement("pk", "HASH")),
                billingMode, throughput, null, null, null, null));
    }

    /** Puts {@code n} small items (one write unit each). */
    private void put(int n, String prefix) {
        for (int i = 0; i < n; i++) {
            db.putItem(new PutItemRequest("Songs", Map.of("pk", AttributeValue.s(prefix + i)), null, null, null, null, null, false, null, null,
                    null));
        }
    }

    private BillableUsage only(long now) {
        List<BillableUsage> usage = meter.usage(now);
        assertThat(usage).hasSize(1);
        return usage.get(0);
    }

    @Test
    void aTableDeletedAndCreatedAgain_isAFreshTable_whoseUnitsAddToTheOldOnes() {
        create("PAY_PER_REQUEST", null);
        put(10, "a");
        meter.tick(0, HOUR);
        clock.set(HOUR);
        db.deleteTable("Songs");
        create("PAY_PER_REQUEST", null);
        put(3, "b"); // the new table's running total (3) is below the old one's (10): it must not bill -7
        meter.tick(HOUR, 2 * HOUR);
        assertThat(only(2 * HOUR).onDemandWriteUnits()).isEqualTo(13.0);
    }

    @Test
    void unitsServedBetweenTicks_beforeASwitchToProvisioned_areBilledOnDemand() {
        create("PAY_PER_REQUEST", null);
        meter.tick(0, HOUR);
        clock.set(HOUR + 1_000);
        put(5, "a");
        db.updateTable(new UpdateTableRequest("Songs", null, "PROVISIONED", new ProvisionedThroughput(10, 10), null, null, null, null));
        meter.tick(HOUR, 2 * HOUR);
        BillableUsage u = only(2 * HOUR);
        assertThat(u.onDemandWriteUnits()).isEqualTo(5.0);
        // provisioned from the switch (1 s into the hour) to its end: 10 WCU x 3,599 s
        assertThat(u.writeCapacityUnitHours()).isEqualByComparingTo(new BigDecimal("9.997222222222222222222222222222222"));
    }

    @Test
    void aCapacityChange_isBilledFromTheInstantItIsMade() {
        create("PROVISIONED", new ProvisionedThroughput(10, 10));
        meter.tick(0, HOUR);
        clock.set(HOUR + HOUR / 2);
        db.updateTable(new UpdateTableRequest("Songs", null, null, new ProvisionedThroughput(20, 30), null, null, null, null));
        meter.tick(HOUR, 2 * HOUR);
        BillableUsage u = only(2 * HOUR);
        assertThat(u.readCapacityUnitHours()).isEqualByComparingTo("25"); // 10 x 1.5 h + 20 x 0.5 h
        assertThat(u.writeCapacityUnitHours()).isEqualByComparingTo("30"); // 10 x 1.5 h + 30 x 0.5 h
    }

    @Test
    void aDeletedTable_staysOnTheBill_withWhatItUsedUpToItsDeletion() {
        create("PROVISIONED", new ProvisionedThroughput(10, 10));
        meter.tick(0, HOUR);
        clock.set(HOUR + HOUR / 4);
        db.deleteTable("Songs");
        meter.tick(HOUR, 2 * HOUR);
        assertThat(only(2 * HOUR).writeCapacityUnitHours()).isEqualByComparingTo("12.5");
    }

    @Test
    void aMeterWhoseRunningTotalsGoBackwards_refusesRatherThanBillingNegativeUnits() {
        TableMeter m = new TableMeter("t");
        m.tick(0, 1, true, 10, 10, 0, 0, 0);
        assertThatThrownBy(() -> m.tick(1, 2, true, 3, 10, 0, 0, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("went backwards");
    }

    @Test
    void unitsServedAfterASwitchOfTableClass_areBilledAtTheNewClass() {
        create("PAY_PER_REQUEST", null);
        meter.tick(0, HOUR);
        clock.set(HOUR + 1_000);
        put(2, "a");
        db.updateTable(new UpdateTableRequest("Songs", null, null, null, null, null, null, null, "STANDARD_INFREQUENT_ACCESS"));
        put(5, "b");
        meter.tick(HOUR, 2 * HOUR);
        List<BillableUsage> usage = meter.usage(2 * HOUR);
        assertThat(usage).extracting(BillableUsage::tableClass, BillableUsage::onDemandWriteUnits).containsExactly(
                org.assertj.core.groups.Tuple.tuple(dev.dynasim.engine.billing.TableClass.STANDARD, 2.0),
                org.assertj.core.groups.Tuple.tuple(dev.dynasim.engine.billing.TableClass.STANDARD_INFREQUENT_ACCESS, 5.0));
    }

    @Test
    void aTableDeletedAndCreatedAgainWithinATick_isNotBilledTwiceForTheOverlap() {
        create("PROVISIONED", new ProvisionedThroughput(10, 10));
        meter.tick(0, HOUR);
        clock.set(HOUR + HOUR / 2);
        db.deleteTable("Songs");
        create("PROVISIONED", new ProvisionedThroughput(10, 10));
        meter.tick(HOUR, 2 * HOUR);
        assertThat(only(2 * HOUR).writeCapacityUnitHours()).isEqualByComparingTo("20"); // 10 WCU for 2 h, not 2.5 h
    }
}
