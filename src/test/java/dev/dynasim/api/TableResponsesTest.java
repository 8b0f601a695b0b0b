package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.model.Projection;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.model.TableSpec;
import dev.dynasim.engine.table.Account;
import dev.dynasim.engine.table.IndexDescription;
import dev.dynasim.engine.table.ListTablesResult;
import dev.dynasim.engine.table.TableDescription;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TableResponsesTest {
    private static final TableResponses LOCAL = new TableResponses();

    private static TableDescription semDoc() {
        return semDoc(Account.LOCAL);
    }

    private static TableDescription semDoc(Account account) {
        Map<String, ScalarType> defs = new LinkedHashMap<>();
        defs.put("pk", ScalarType.S);
        defs.put("sk", ScalarType.S);
        defs.put("g", ScalarType.S);
        defs.put("lsk", ScalarType.N);
        IndexSpec lsi = IndexSpec.local("lsiKeysOnly", KeySchema.of("pk", ScalarType.S, "lsk", ScalarType.N), Projection.keysOnly());
        IndexSpec gsi = IndexSpec.global("gInc", KeySchema.of("g", ScalarType.S), Projection.include("color"));
        TableSpec spec = new TableSpec("sem_doc", KeySchema.of("pk", ScalarType.S, "sk", ScalarType.S), defs,
                BillingMode.PAY_PER_REQUEST, ProvisionedThroughput.NONE, List.of(gsi), List.of(lsi));
        return new TableDescription(spec, "ACTIVE", 1_700_000_000_123L, 119, 5, account.tableArn("sem_doc"),
                List.of(new IndexDescription(gsi, "ACTIVE", 103, 4, account.indexArn("sem_doc", "gInc"))),
                List.of(new IndexDescription(lsi, "ACTIVE", 71, 2, account.indexArn("sem_doc", "lsiKeysOnly"))),
                false, 0, 0, 0, 0, null, -1);
    }

    @Test
    void describeTable_onDemandWithIndexes_matchesOracleShape() {
        JsonNode expected = WireJson.parse("{\"Table\": {\"AttributeDefinitions\": [{\"AttributeName\": \"pk\", \"AttributeType\": \"S\"},"
                + " {\"AttributeName\": \"sk\", \"AttributeType\": \"S\"}, {\"AttributeName\": \"g\", \"AttributeType\": \"S\"},"
                + " {\"AttributeName\": \"lsk\", \"AttributeType\": \"N\"}], \"TableName\": \"sem_doc\", \"KeySchema\":"
                + " [{\"AttributeName\": \"pk\", \"KeyType\": \"HASH\"}, {\"AttributeName\": \"sk\", \"KeyType\": \"RANGE\"}],"
                + " \"TableStatus\": \"ACTIVE\", \"CreationDateTime\": \"<volatile>\", \"ProvisionedThroughput\":"
                + " {\"LastIncreaseDateTime\": \"<volatile>\", \"LastDecreaseDateTime\": \"<volatile>\", \"NumberOfDecreasesToday\": 0,"
                + " \"ReadCapacityUnits\": 0, \"WriteCapacityUnits\": 0}, \"TableSizeBytes\": 119, \"ItemCount\": 5,"
                + " \"TableArn\": \"arn:aws:dynamodb:ddblocal:000000000000:table/sem_doc\", \"BillingModeSummary\":"
                + " {\"BillingMode\": \"PAY_PER_REQUEST\", \"LastUpdateToPayPerRequestDateTime\": \"<volatile>\"},"
                + " \"LocalSecondaryIndexes\": [{\"IndexName\": \"lsiKeysOnly\", \"KeySchema\": [{\"AttributeName\": \"pk\","
                + " \"KeyType\": \"HASH\"}, {\"AttributeName\": \"lsk\", \"KeyType\": \"RANGE\"}], \"Projection\":"
                + " {\"ProjectionType\": \"KEYS_ONLY\"}, \"IndexSizeBytes\": 71, \"ItemCount\": 2, \"IndexArn\":"
                + " \"arn:aws:dynamodb:ddblocal:000000000000:table/sem_doc/index/lsiKeysOnly\"}], \"GlobalSecondaryIndexes\":"
                + " [{\"IndexName\": \"gInc\", \"KeySchema\": [{\"AttributeName\": \"g\", \"KeyType\": \"HASH\"}],"
                + " \"Projection\": {\"ProjectionType\": \"INCLUDE\", \"NonKeyAttributes\": [\"color\"]}, \"IndexStatus\": \"ACTIVE\","
                + " \"IndexSizeBytes\": 103, \"ItemCount\": 4, \"IndexArn\":"
                + " \"arn:aws:dynamodb:ddblocal:000000000000:table/sem_doc/index/gInc\"}], \"DeletionProtectionEnabled\": false}}");
        assertThat(OracleMatcher.diff(expected, LOCAL.wrap("Table", semDoc()), "$", null)).isNull();
    }

    @Test
    void describeTable_creationDateTime_isEpochSecondsWithMillis() {
        JsonNode table = LOCAL.description(semDoc());
        assertThat(table.get("CreationDateTime").decimalValue()).isEqualByComparingTo(new BigDecimal("1700000000.123"));
        assertThat(WireJson.write(table.get("CreationDateTime"))).isEqualTo("1700000000.123");
    }

    @Test
    void describeTable_otherRegion_writesArnsInIt() {
        JsonNode table = LOCAL.description(semDoc(new Account("eu-west-1", "123456789012")));
        assertThat(table.get("TableArn").textValue()).isEqualTo("arn:aws:dynamodb:eu-west-1:123456789012:table/sem_doc");
    }

    @Test
    void describeTable_provisionedNeverOnDemand_omitsBillingModeSummary() {
        TableSpec spec = new TableSpec("p_t", KeySchema.of("pk", ScalarType.S), Map.of("pk", ScalarType.S),
                BillingMode.PROVISIONED, new ProvisionedThroughput(5, 3), null, null);
        JsonNode table = LOCAL.description(new TableDescription(spec, "ACTIVE", 0, 0, 0, null, List.of(), List.of(),
                false, 0, 0, 0, -1, null, -1));
        assertThat(table.has("BillingModeSummary")).isFalse();
        assertThat(table.has("GlobalSecondaryIndexes")).isFalse();
        assertThat(WireJson.write(table.get("ProvisionedThroughput"))).isEqualTo("{\"LastIncreaseDateTime\":0,"
                + "\"LastDecreaseDateTime\":0,\"NumberOfDecreasesToday\":0,\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":3}");
    }

    @Test
    void listTables_lastPage_omitsLastEvaluatedTableName() {
        assertThat(WireJson.write(TableResponses.listTables(new ListTablesResult(List.of("a", "b"), null))))
                .isEqualTo("{\"TableNames\":[\"a\",\"b\"]}");
        assertThat(WireJson.write(TableResponses.listTables(new ListTablesResult(List.of("a"), "a"))))
                .isEqualTo("{\"TableNames\":[\"a\"],\"LastEvaluatedTableName\":\"a\"}");
    }
}
