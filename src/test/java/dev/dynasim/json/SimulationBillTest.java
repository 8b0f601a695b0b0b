package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.billing.Bill;
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
}
