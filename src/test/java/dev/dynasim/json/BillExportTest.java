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
    void csv_oneRowPerLineItemWithAHeader() {
        List<String> lines = BillExport.csv(BILL).lines().toList();
        assertThat(lines.get(0)).isEqualTo("table,item,quantity,unit,unitPrice,amount,source");
        assertThat(lines.get(1)).startsWith("Orders,\"Provisioned write capacity\",72000,WCU-hour,0.00065,46.8,");
        assertThat(lines.get(2)).startsWith(",\"Free tier: provisioned write capacity\",18000,WCU-hour,0.00065,-11.7,");
        assertThat(lines).hasSize(3);
    }
}
