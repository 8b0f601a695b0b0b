package dev.dynasim.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.json.BillExport;
import dev.dynasim.json.PriceSheetFiles;
import org.junit.jupiter.api.Test;

/** The bill through the JSON API: DynasimGetBill meters what the lines did, on the api's simulated clock. */
class BillLinesTest {
    private static final String CREATE = "{\"TableName\":\"Orders\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
            + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PROVISIONED\","
            + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":100,\"WriteCapacityUnits\":100}}";

    @Test
    void provisionedTableForAnHourOfLines_isBilledItsCapacityHoursAndTheFreeTier() {
        ApiHandler handler = ApiHandler.ticking(60_000).billing(PriceSheetFiles.shipped("us-east-1"), BillExport::json);
        handler.answer("CreateTable", WireJson.parse(CREATE));
        for (int i = 0; i < 59; i++) handler.answer("DescribeTable", WireJson.parse("{\"TableName\":\"Orders\"}"));
        // every line, the bill's too, starts a minute later: the table was created at minute 1 and billed at minute 61,
        // so 60 minutes of 100 WCU and 100 RCU (100 unit-hours each), over a period of 61 minutes
        JsonNode bill = handler.answer("DynasimGetBill", WireJson.parse("{}")).get("response");
        assertThat(bill.get("format").asText()).isEqualTo("dynasim-bill/1");
        assertThat(bill.get("periodHours").asText()).isEqualTo("1.016666666666666666666666666666667");
        assertThat(bill.get("lines").get(0).get("item").asText()).isEqualTo("Provisioned write capacity");
        assertThat(bill.get("lines").get(0).get("quantity").asText()).isEqualTo("100");
        // 100 x $0.00065 + 100 x $0.00013 = $0.078 in all: 59 minutes in hour 0 (59/60 of an hour: exact to 34 digits), 1 in hour 1
        assertThat(new java.math.BigDecimal(bill.get("byHour").get(0).get("amount").asText()).setScale(30, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.0767");
        assertThat(new java.math.BigDecimal(bill.get("byHour").get(1).get("amount").asText()).setScale(30, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.0013");
        JsonNode before = handler.answer("DynasimGetBill", WireJson.parse("{\"PricedOn\":\"2024-10-01\"}")).get("response");
        assertThat(before.get("pricedOn").asText()).isEqualTo("2024-10-01");
    }

    @Test
    void withoutAPriceSheet_orWithABadDate_theErrorSaysSo() {
        assertThat(WireJson.write(ApiHandler.ticking(0).answer("DynasimGetBill", WireJson.parse("{}"))))
                .contains("this dynasim api has no price sheet to bill with");
        ApiHandler handler = ApiHandler.ticking(0).billing(PriceSheetFiles.shipped("us-east-1"), BillExport::json);
        assertThat(WireJson.write(handler.answer("DynasimGetBill", WireJson.parse("{\"PricedOn\":\"yesterday\"}"))))
                .contains("PricedOn must be a date like 2024-11-01, not \\\"yesterday\\\"");
    }

    @Test
    void tableClass_setByCreateAndUpdateTable_isDescribedAndBilled() {
        ApiHandler handler = ApiHandler.ticking(1_000).billing(PriceSheetFiles.shipped("us-east-1"), BillExport::json);
        handler.answer("CreateTable", WireJson.parse(CREATE.replace("\"BillingMode\"", "\"TableClass\":\"STANDARD_INFREQUENT_ACCESS\",\"BillingMode\"")));
        JsonNode table = handler.answer("DescribeTable", WireJson.parse("{\"TableName\":\"Orders\"}")).get("response").get("Table");
        assertThat(table.get("TableClassSummary").get("TableClass").asText()).isEqualTo("STANDARD_INFREQUENT_ACCESS");
        JsonNode bill = handler.answer("DynasimGetBill", WireJson.parse("{}")).get("response");
        assertThat(bill.get("lines").get(0).get("item").asText()).isEqualTo("Provisioned write capacity (Standard-IA)");
        assertThat(WireJson.write(handler.answer("UpdateTable", WireJson.parse("{\"TableName\":\"Orders\",\"TableClass\":\"GLACIER\"}"))))
                .contains("Value 'GLACIER' at 'tableClass' failed to satisfy constraint: Member must satisfy enum value set: "
                        + "[STANDARD, STANDARD_INFREQUENT_ACCESS]");
    }

    @Test
    void whatIf_throughTheApi_comparesTheFourOptions_andNamesBadScenarios() {
        ApiHandler handler = ApiHandler.ticking(1_000).whatIf(dev.dynasim.json.WhatIfRuns::json);
        JsonNode outcomes = handler.answer("DynasimWhatIf", WireJson.parse("{\"Scenario\":\"write-sharding\"}")).get("response").get("Outcomes");
        assertThat(outcomes).hasSize(4);
        assertThat(outcomes.get(0).get("option").asText()).isEqualTo("on-demand");
        assertThat(outcomes.get(0).get("bill").get("total").asText()).isEqualTo("0.15");
        assertThat(outcomes.get(3).get("option").asText()).isEqualTo("server cluster");
        assertThat(outcomes.get(3).get("detail").asText()).startsWith("3 x m6i.xlarge replica set");
        assertThat(WireJson.write(handler.answer("DynasimWhatIf", WireJson.parse("{}")))).contains("Scenario is required");
        assertThat(WireJson.write(handler.answer("DynasimWhatIf", WireJson.parse("{\"Scenario\":\"hot-keys\"}"))))
                .contains("ValidationException").contains("no shipped scenario named \\\"hot-keys\\\"");
    }
}
