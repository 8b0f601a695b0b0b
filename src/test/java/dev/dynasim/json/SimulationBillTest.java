package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.BillableUsage;
import dev.dynasim.engine.billing.TableClass;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.sim.Simulation;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.trace.Trace;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A simulation metered and billed end to end, at the shipped us-east-1 prices. */
class SimulationBillTest {
    private static final PriceSheet PRICES = PriceSheetFiles.shipped("us-east-1");

    private static CreateTableRequest table(String name, String mode, ProvisionedThroughput t) {
        return new CreateTableRequest(name, List.of(new AttributeDefinition("pk", "S")), List.of(new KeySchemaElement("pk", "HASH")),
                mode, t, null, null, null);
    }

    @Test
    void provisioned100By100ForThirtyDays_example40WithTheFreeTier() {
        Simulation sim = new Simulation(1, 3_600_000, new Trace());
        sim.createTable(table("Idle", "PROVISIONED", new ProvisionedThroughput(100L, 100L)));
        sim.run(720);
        Bill bill = sim.bill(PRICES, PRICES.current());
        // 100 WCU x 720 h = $46.80 and 100 RCU x 720 h = $9.36, less 25 of each free: $35.10 + $7.02
        assertThat(bill.byTable().get("Idle")).isEqualByComparingTo("56.16");
        assertThat(bill.total()).isEqualByComparingTo("42.12");
    }

    @Test
    void onDemandWrites_billedPerMillionWriteRequestUnits() {
        Simulation sim = new Simulation(1);
        sim.createTable(table("Events", "PAY_PER_REQUEST", null));
        sim.addWorkload(new Workload("Events", KeyDistribution.sequential(), RateShape.constant(100),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "w"));
        sim.run(100);
        Bill bill = sim.bill(PRICES, PRICES.current());
        // 10,000 writes of 1 KB: 10,000 WRU x $0.625 per million
        assertThat(bill.lines().get(0).what()).isEqualTo("On-demand writes");
        assertThat(bill.lines().get(0).amount()).isEqualByComparingTo("0.00625");
        assertThat(PRICES.current()).hasToString("2024-11-01");
    }

    @Test
    void capacityChangeAndModeSwitch_areBilledInTheHoursTheyHappen_subtotalsAddUpToTheTotal() {
        Simulation sim = new Simulation(1, 60_000, new Trace());
        sim.createTable(table("Orders", "PROVISIONED", new ProvisionedThroughput(100L, 100L)));
        sim.run(60);
        sim.updateTable(new dev.dynasim.engine.table.UpdateTableRequest("Orders", null, null, new ProvisionedThroughput(100L, 200L),
                null, null, null, null));
        sim.run(60);
        sim.updateTable(new dev.dynasim.engine.table.UpdateTableRequest("Orders", null, "PAY_PER_REQUEST", null, null, null, null, null));
        sim.addWorkload(new Workload("Orders", KeyDistribution.sequential(), RateShape.constant(10),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "w"));
        sim.run(60);
        Bill bill = sim.bill(PRICES, PRICES.current());
        // hour 0: 100 WCU ($0.065) + 100 RCU ($0.013); hour 1: 200 WCU ($0.13) + 100 RCU;
        // hour 2, on demand: 36,000 writes of 1 KB = 36,000 WRU ($0.0225), plus a few bytes of storage
        assertThat(bill.hours()).extracting(h -> h.fromMillis() / 3_600_000).containsExactly(0L, 1L, 2L);
        assertThat(bill.hours().get(0).amount()).isEqualByComparingTo("0.078");
        assertThat(bill.hours().get(1).amount()).isEqualByComparingTo("0.143");
        assertThat(bill.hours().get(2).amount()).isBetween(new java.math.BigDecimal("0.0225"), new java.math.BigDecimal("0.0226"));
        java.math.BigDecimal charges = bill.hours().stream().map(h -> h.amount()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        java.math.BigDecimal credits = bill.lines().stream().filter(l -> l.table() == null).map(l -> l.amount())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(charges.add(credits).subtract(bill.total()).abs()).isLessThan(new java.math.BigDecimal("1e-12"));
        assertThat(bill.days()).singleElement().satisfies(d -> assertThat(d.amount()).isEqualByComparingTo(charges));
        // each hour keeps its line items, which add up to its amount
        assertThat(bill.hours().get(1).lines()).extracting(l -> l.what() + " " + l.amount().stripTrailingZeros().toPlainString())
                .containsExactly("Provisioned write capacity 0.13", "Provisioned read capacity 0.013");
        assertThat(bill.hours().get(2).lines()).extracting(l -> l.what()).startsWith("On-demand writes");
        for (var h : bill.hours()) {
            assertThat(h.lines().stream().map(l -> l.amount()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                    .isEqualByComparingTo(h.amount());
        }
        assertThat(bill.days().get(0).lines()).isEmpty();
        assertThat(bill.toString()).contains("\nCharges by hour (before the free tier, credited once for the period)\n"
                + "hour  from      charges\n"
                + "0     d0 00:00    $0.08\n"
                + "1     d0 01:00    $0.14\n"
                + "2     d0 02:00    $0.02\n");
    }

    @Test
    void storageAbove25Gb_billedInBinaryGbMonths_beyondTheFreeTier() {
        dev.dynasim.engine.billing.TableMeter meter = new dev.dynasim.engine.billing.TableMeter("Big");
        // 30 GiB (30 x 2^30 bytes) stored for a 720-hour month: 30 GB-months, 5 of them billed at $0.25
        meter.tick(0, 720 * 3_600_000L, true, 0, 0, 0, 0, 30L << 30);
        Bill bill = Bill.of(PRICES, PRICES.current(), 720, List.of(meter.usage()));
        assertThat(bill.lines().get(0).quantity()).isEqualByComparingTo("30");
        assertThat(bill.total()).isEqualByComparingTo("1.25");
        assertThat(meter.usageByHour()).hasSize(720);
    }

    @Test
    void storedBytes_includeTheItemOverheadAndIndexEntries() {
        Simulation sim = new Simulation(1);
        sim.createTable(new CreateTableRequest("Orders", List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("g", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PAY_PER_REQUEST", null,
                List.of(new dev.dynasim.engine.table.IndexDefinition("ByG", List.of(new KeySchemaElement("g", "HASH")), "KEYS_ONLY",
                        null, null)), null, null));
        sim.database().putItem(new dev.dynasim.engine.table.PutItemRequest("Orders", java.util.Map.of(
                "pk", dev.dynasim.engine.model.AttributeValue.s("a"), "g", dev.dynasim.engine.model.AttributeValue.s("b")),
                null, null, null, null, null, false, null, null, null));
        // the item is 5 bytes ("pk" + "a", "g" + "b") + 100 of overhead; its KEYS_ONLY index entry holds the
        // same two attributes (index key and table key), + 100 again
        assertThat(sim.database().storage("Orders").totalBytes()).isEqualTo(210);
    }

    @Test
    void standardIaTable_billsItsStorageAndThroughputAtIaPrices_withoutTheFreeTier() {
        BillableUsage ia = new BillableUsage("Archive", TableClass.STANDARD_INFREQUENT_ACCESS, 0, 1_000_000, 0, 0, 100);
        Bill bill = Bill.of(PRICES, PRICES.current(), 720, List.of(ia));
        // 100 GB-months at $0.10 (P7) and 1 M WRU at 1.25 x $0.625; no free-tier credit for Standard-IA usage
        assertThat(bill.lines()).extracting(l -> l.what()).containsExactly("On-demand writes (Standard-IA)", "Storage (Standard-IA)");
        assertThat(bill.total()).isEqualByComparingTo("10.78125");
    }

    @Test
    void switchingTableClassMidRun_billsEachSpellAtItsClassPrices() {
        Simulation sim = new Simulation(1, 3_600_000, new Trace());
        sim.createTable(table("Logs", "PROVISIONED", new ProvisionedThroughput(100L, 100L)));
        sim.run(2);
        sim.updateTable(new dev.dynasim.engine.table.UpdateTableRequest("Logs", null, null, null, null, null, null, null,
                "STANDARD_INFREQUENT_ACCESS"));
        sim.run(1);
        Bill bill = sim.bill(PRICES, PRICES.current());
        // 2 hours of 100 WCU as Standard ($0.13), 1 as Standard-IA (100 x $0.0008125); the free tier covers 25 WCU for
        // 3 hours, but only against the 200 Standard WCU-hours
        assertThat(bill.lines()).filteredOn(l -> l.what().startsWith("Provisioned write")).extracting(l -> l.what(), l -> l.quantity().toPlainString())
                .containsExactly(tuple("Provisioned write capacity", "200"), tuple("Provisioned write capacity (Standard-IA)", "100"));
        assertThat(bill.lines()).filteredOn(l -> l.what().equals("Provisioned write capacity (Standard-IA)"))
                .singleElement().satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("0.08125"));
        assertThat(sim.database().describeTable("Logs").tableClass()).isEqualTo("STANDARD_INFREQUENT_ACCESS");
    }

    @Test
    void onDemandUnits_areItemisedIntoPlainIndexUpkeepAndTransactional() {
        Simulation sim = new Simulation(1);
        sim.createTable(new CreateTableRequest("Orders", List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("g", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PAY_PER_REQUEST", null,
                List.of(new dev.dynasim.engine.table.IndexDefinition("ByG", List.of(new KeySchemaElement("g", "HASH")), "ALL", null, null)),
                null, null));
        var db = sim.database();
        for (int i = 0; i < 3; i++) {
            db.putItem(new dev.dynasim.engine.table.PutItemRequest("Orders", java.util.Map.of("pk", dev.dynasim.engine.model.AttributeValue.s("k" + i),
                    "g", dev.dynasim.engine.model.AttributeValue.s("x")), null, null, null, null, null, false, null, null, null));
        }
        db.transactWriteItems(new dev.dynasim.engine.table.TransactWriteItemsRequest(List.of(new dev.dynasim.engine.table.TransactWriteItem(
                dev.dynasim.engine.table.TransactAction.PUT, "Orders", java.util.Map.of("pk", dev.dynasim.engine.model.AttributeValue.s("t")),
                null, null, null, null, null, null)), null, false, null));
        db.query(new dev.dynasim.engine.table.QueryRequest("Orders", "ByG", "g = :g", null, null, null,
                java.util.Map.of(":g", dev.dynasim.engine.model.AttributeValue.s("x")), null, null, false, null, null, null, null, null, null, null));
        Bill bill = sim.bill(PRICES, PRICES.current());
        // 3 puts: 3 WRU on the table and 3 keeping the GSI; the transactional put of an item without the GSI key: 2 WRU;
        // the Query of the GSI (3 small items, eventually consistent): 0.5 RRU
        assertThat(bill.lines()).filteredOn(l -> "Orders".equals(l.table()) && l.what().startsWith("On-demand"))
                .extracting(l -> l.what(), l -> l.quantity().toPlainString())
                .containsExactly(tuple("On-demand writes", "0.000003"), tuple("On-demand writes: secondary index upkeep", "0.000003"),
                        tuple("On-demand writes: transactional (2x)", "0.000002"), tuple("On-demand reads: secondary indexes", "0.0000005"));
    }
}
