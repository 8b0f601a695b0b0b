package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.BillableUsage;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.billing.TableClass;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bills exported as JSON and CSV keep exact amounts (example 40: 100 WCU for 720 hours, less the free tier). */
class BillExportTest {
    private static final PriceSheet PRICES = PriceSheetFiles.shipped("us-east-1");
    private static final Bill BILL = Bill.of(PRICES, LocalDate.of(2026, 11, 24), 720,
            List.of(new BillableUsage("Orders", TableClass.STANDARD, 0, 0, 0, 72_000, 0)));

    @Test
    void json_exactAmountsAndTheDocumentedFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(BillExport.json(BILL));
        assertThat(root.get("format").asText()).isEqualTo("dynasim-bill/1");
        assertThat(root.get("total").asText()).isEqualTo("35.1");
        assertThat(root.get("byTable").get("Orders").asText()).isEqualTo("46.8");
        assertThat(root.get("byTable").get("(account)").asText()).isEqualTo("-11.7");
        JsonNode first = root.get("lines").get(0);
        assertThat(first.get("item").asText()).isEqualTo("Provisioned write capacity");
        assertThat(first.get("quantity").asText()).isEqualTo("72000");
        assertThat(first.get("unitPrice").asText()).isEqualTo("0.00065");
        assertThat(first.get("source").asText()).startsWith("facts P3: https://aws.amazon.com/dynamodb/pricing/provisioned/");
    }

    @Test
    void json_saysByHourAndByDayAreBeforeTheFreeTier() throws Exception {
        JsonNode root = new ObjectMapper().readTree(BillExport.json(BILL));
        assertThat(root.get("byHourAndByDayBeforeFreeTier").isBoolean()).isTrue();
        assertThat(root.get("byHourAndByDayBeforeFreeTier").booleanValue()).isTrue();
        List<String> fields = new java.util.ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsSubsequence("byHourAndByDayBeforeFreeTier", "byHour", "byDay");
    }

    @Test
    void csv_oneRowPerLineItemWithAHeader() {
        List<String> lines = BillExport.csv(BILL).lines().toList();
        assertThat(lines.get(0)).isEqualTo("table,item,quantity,unit,unitPrice,amount,source");
        assertThat(lines.get(1)).startsWith("Orders,\"Provisioned write capacity\",72000,WCU-hour,0.00065,46.8,");
        assertThat(lines.get(2)).startsWith(",\"Free tier: provisioned write capacity\",18000,WCU-hour,0.00065,-11.7,");
        assertThat(lines).hasSize(3);
    }

    @Test
    void hourlyAndDailySubtotals_exportedExactly() throws Exception {
        dev.dynasim.engine.sim.Simulation sim = new dev.dynasim.engine.sim.Simulation(1, 3_600_000, new dev.dynasim.engine.trace.Trace());
        sim.createTable(new dev.dynasim.engine.table.CreateTableRequest("Orders",
                List.of(new dev.dynasim.engine.table.AttributeDefinition("pk", "S")),
                List.of(new dev.dynasim.engine.table.KeySchemaElement("pk", "HASH")), "PROVISIONED",
                new dev.dynasim.engine.model.ProvisionedThroughput(100L, 100L), null, null, null));
        sim.run(25);
        Bill bill = sim.bill(PRICES, PRICES.current());
        JsonNode root = new ObjectMapper().readTree(BillExport.json(bill));
        // each hour: 100 WCU x $0.00065 + 100 RCU x $0.00013 = $0.078; day 0 has 24 of them, day 1 one
        assertThat(root.get("byHour")).hasSize(25);
        assertThat(root.get("byHour").get(24).get("fromMillis").asText()).isEqualTo("86400000");
        assertThat(root.get("byHour").get(24).get("amount").asText()).isEqualTo("0.078");
        assertThat(root.get("byDay").get(0).get("amount").asText()).isEqualTo("1.872");
        assertThat(root.get("byDay").get(1).get("amount").asText()).isEqualTo("0.078");
        List<String> csv = BillExport.hoursCsv(bill).lines().toList();
        assertThat(csv).hasSize(26);
        assertThat(csv.get(0)).isEqualTo("fromMillis,toMillis,amount");
        assertThat(csv.get(1)).isEqualTo("0,3600000,0.078");
    }
}
