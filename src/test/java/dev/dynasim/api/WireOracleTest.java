package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.model.DynamoDbException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the wire layer alone against every oracle line, without the engine: valid requests decode,
 * requests the decoders reject are rejected with the oracle's exact error, and every item DynamoDB
 * Local answered survives a decode/encode round trip unchanged.
 */
class WireOracleTest {
    private static final Set<String> ITEM_MAPS = Set.of("Item", "Attributes", "LastEvaluatedKey");

    @Test
    void decoders_everyOracleRequest_decodeOrFailExactlyAsExpected() {
        List<String> problems = new ArrayList<>();
        int rejected = 0;
        for (String file : OracleConformanceTest.FILES) {
            for (JsonNode line : OracleReplay.lines("/oracle/" + file)) {
                JsonNode expect = OracleMatcher.expand(line.get("expect"));
                String where = file + " " + line.get("case").asText() + " step " + line.get("step").asInt() + ": ";
                try {
                    decode(line.get("operation").asText(), OracleMatcher.expand(line.get("request")));
                } catch (DynamoDbException e) {
                    rejected++;
                    ObjectNode answer = WireJson.object();
                    answer.set("error", WireErrors.body(e));
                    String why = OracleMatcher.check(expect, answer);
                    if (why != null) problems.add(where + why);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(rejected).isEqualTo(9);
    }

    @Test
    void codec_everyItemInOracleResponses_roundTripsUnchanged() {
        Set<OracleReplay.LineKey> deviations = OracleConformanceTest.deviationKeys();
        List<String> problems = new ArrayList<>();
        int items = 0;
        for (String file : OracleConformanceTest.FILES) {
            for (JsonNode line : OracleReplay.lines("/oracle/" + file)) {
                if (deviations.contains(new OracleReplay.LineKey(file, line.get("case").asText(), line.get("step").asInt()))) {
                    continue;
                }
                List<JsonNode> maps = new ArrayList<>();
                collectItems(OracleMatcher.expand(line.get("expect")), maps);
                for (JsonNode map : maps) {
                    items++;
                    String why = OracleMatcher.diff(map, AttributeValueCodec.encodeMap(AttributeValueCodec.decodeMap(map)), "$", null);
                    if (why != null) problems.add(file + " " + line.get("case").asText() + ": " + why);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(items).isEqualTo(804);
    }

    private static void collectItems(JsonNode node, List<JsonNode> maps) {
        if (node.isArray()) {
            for (JsonNode m : node) collectItems(m, maps);
            return;
        }
        if (!node.isObject()) return;
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (ITEM_MAPS.contains(e.getKey()) && e.getValue().isObject()) {
                maps.add(e.getValue());
            } else if (e.getKey().equals("Items") && e.getValue().isArray()) {
                e.getValue().forEach(maps::add);
            } else {
                collectItems(e.getValue(), maps);
            }
        }
    }

    private static Object decode(String operation, JsonNode body) {
        WireRequest r = WireRequest.of(body);
        return switch (operation) {
            case "PutItem" -> ItemRequests.put(r);
            case "GetItem" -> ItemRequests.get(r);
            case "UpdateItem" -> ItemRequests.update(r);
            case "DeleteItem" -> ItemRequests.delete(r);
            case "Query" -> ReadRequests.query(r);
            case "Scan" -> ReadRequests.scan(r);
            case "BatchGetItem" -> MultiItemRequests.batchGet(r);
            case "BatchWriteItem" -> MultiItemRequests.batchWrite(r);
            case "TransactGetItems" -> MultiItemRequests.transactGet(r);
            case "TransactWriteItems" -> MultiItemRequests.transactWrite(r);
            case "CreateTable" -> TableRequests.create(r);
            case "UpdateTable" -> TableRequests.update(r);
            case "DescribeTable", "DeleteTable" -> TableRequests.tableName(r);
            case "ListTables" -> TableRequests.listLimit(r);
            case "ExecuteStatement" -> PartiQlSelect.parse(r.string("Statement"), null, false, null, null);
            default -> new ApiHandler(null).handle(operation, body);
        };
    }
}
