package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.capacity.OnDemandHotPartitionError;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.partition.KeyHash;
import dev.dynasim.engine.sim.Scenario;
import dev.dynasim.engine.workload.HotKey;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.SequentialKeys;
import dev.dynasim.engine.workload.SpikeRate;
import dev.dynasim.engine.workload.ZipfKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading scenario files: defaults, every kind of field, and messages that name the bad field. */
class ScenarioFilesTest {
    private static final String TABLE = "{\"name\": \"Tbl\", \"partitionKey\": \"pk\", \"billingMode\": \"PAY_PER_REQUEST\"}";
    private static final String WORKLOAD = "{\"name\": \"w\", \"table\": \"Tbl\", \"keys\": {\"type\": \"uniform\", \"keys\": 10},"
            + " \"rate\": {\"type\": \"constant\", \"perSecond\": 5}, \"mix\": {\"put\": 1}}";

    private static Scenario parse(String json) {
        return ScenarioFiles.parse(json.replace('\'', '"'), "test.json", "test");
    }

    private static String problem(String json) {
        try {
            parse(json);
        } catch (ScenarioFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + json);
    }

    @Test
    void parse_minimalFile_appliesTheDocumentedDefaults() {
        Scenario s = parse("{'duration': '2m', 'tables': [" + TABLE + "]}");
        assertThat(s.name()).isEqualTo("test");
        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.tickMillis()).isEqualTo(1_000);
        assertThat(s.durationMillis()).isEqualTo(120_000);
        assertThat(s.reportEveryMillis()).isEqualTo(10_000);
        assertThat(s.split().isEmpty()).isTrue();
        assertThat(s.hotPartitionError()).isEqualTo(OnDemandHotPartitionError.PROVISIONED_THROUGHPUT_EXCEEDED);
        assertThat(s.workloads()).isEmpty();
        assertThat(s.events()).isEmpty();
        assertThat(s.tables().get(0).partitionKey().type()).isEqualTo(ScalarType.S);
    }

    @Test
    void parse_everyKindOfField_buildsTheEngineValues() {
        Scenario s = parse("{'name': 'full', 'seed': 42, 'tick': 500, 'duration': '1h30m', 'reportEvery': '5m',"
                + " 'split': {'sizeThresholdBytes': 1000000, 'heatSustain': '1m'},"
                + " 'tables': [{'name': 'Tbl', 'partitionKey': {'name': 'pk', 'type': 'N'}, 'sortKey': 'sk',"
                + "   'readCapacity': 10, 'writeCapacity': 20,"
                + "   'gsis': [{'name': 'ByX', 'partitionKey': 'x', 'readCapacity': 5, 'writeCapacity': 6}]}],"
                + " 'workloads': [{'name': 'w', 'table': 'Tbl', 'stream': 's1',"
                + "   'keys': {'type': 'hotKey', 'share': 0.5, 'base': {'type': 'zipf', 'keys': 100, 'exponent': 1.2}},"
                + "   'rate': {'type': 'spike', 'base': 1, 'spike': 9, 'start': '1m', 'duration': '30s'},"
                + "   'mix': {'get': 3, 'put': 1}, 'itemSize': {'min': 100, 'max': 200}, 'strongReads': 0.25}],"
                + " 'events': [{'at': '10m', 'table': 'Tbl', 'billingMode': 'PAY_PER_REQUEST'},"
                + "            {'at': '20m', 'table': 'Tbl', 'billingMode': 'PROVISIONED', 'readCapacity': 7, 'writeCapacity': 8}]}");
        assertThat(s.name()).isEqualTo("full");
        assertThat(s.seed()).isEqualTo(42);
        assertThat(s.tickMillis()).isEqualTo(500);
        assertThat(s.durationMillis()).isEqualTo(5_400_000);
        assertThat(s.reportEveryMillis()).isEqualTo(300_000);
        assertThat(s.split().sizeThresholdBytes()).isEqualTo(1_000_000L);
        assertThat(s.split().heatSustainMillis()).isEqualTo(60_000L);
        assertThat(s.split().settings().heat().thresholdFraction()).isEqualTo(0.8);
        var t = s.tables().get(0);
        assertThat(t.billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(t.partitionKey().type()).isEqualTo(ScalarType.N);
        assertThat(t.sortKey().name()).isEqualTo("sk");
        assertThat(t.indexes().get(0).writeCapacity()).isEqualTo(6);
        assertThat(t.request().globalSecondaryIndexes()).hasSize(1);
        var w = s.workloads().get(0);
        assertThat(w.stream()).isEqualTo("s1");
        assertThat(w.keys()).isInstanceOf(HotKey.class);
        assertThat(((HotKey) w.keys()).base()).hasToString(new ZipfKeys(100, 1.2).toString());
        assertThat(w.rate()).isEqualTo(new SpikeRate(1, 9, 60_000, 30_000));
        assertThat(w.mix().share(Operation.GET)).isEqualTo(0.75);
        assertThat(w.mix().itemSize()).isEqualTo(ItemSize.uniform(100, 200));
        assertThat(w.mix().strongShare()).isEqualTo(0.25);
        assertThat(s.events()).hasSize(2);
        assertThat(s.events().get(1).throughput().writeCapacityUnits()).isEqualTo(8);
    }

    @Test
    void parse_workloadWithoutStream_usesItsNameAsTheStream() {
        Scenario s = parse("{'duration': '1m', 'tables': [" + TABLE + "], 'workloads': [" + WORKLOAD + "]}");
        assertThat(s.workloads().get(0).stream()).isEqualTo("w");
        assertThat(s.workloads().get(0).workload().stream()).isEqualTo("w");
    }

    @Test
    void parse_badExponentInSecondWorkload_namesTheFieldAndTheRule() {
        String second = WORKLOAD.replace("\"w\"", "\"v\"").replace("{\"type\": \"uniform\", \"keys\": 10}",
                "{\"type\": \"zipf\", \"keys\": 10, \"exponent\": 0}");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'workloads': [" + WORKLOAD + ", " + second + "]}"))
                .isEqualTo("test.json: workloads[1].keys.exponent: must be > 0");
    }

    @Test
    void parse_fidelity_itemByDefault_rateWithHeavyHitters() {
        String tables = "{'duration': '1m', 'tables': [" + TABLE + "], 'workloads': [";
        assertThat(parse(tables + WORKLOAD + "]}").workloads().get(0).rateLevel()).isFalse();
        var rate = parse(tables + WORKLOAD.replace("}}", "}, \"fidelity\": \"rate\"}") + "]}").workloads().get(0);
        assertThat(rate.rateHeavyHitters()).isEqualTo(100);
        assertThat(parse(tables + WORKLOAD.replace("}}", "}, \"fidelity\": \"rate\", \"heavyHitters\": 7}") + "]}")
                .workloads().get(0).rateHeavyHitters()).isEqualTo(7);
        assertThat(problem(tables + WORKLOAD.replace("}}", "}, \"fidelity\": \"fast\"}") + "]}"))
                .isEqualTo("test.json: workloads[0].fidelity: must be one of item, rate, not \"fast\"");
        assertThat(problem(tables + WORKLOAD.replace("}}", "}, \"heavyHitters\": 7}") + "]}"))
                .isEqualTo("test.json: workloads[0].heavyHitters: applies only to \"fidelity\": \"rate\"");
        assertThat(problem(tables + WORKLOAD.replace("}}", "}, \"fidelity\": \"rate\", \"heavyHitters\": 100001}") + "]}"))
                .isEqualTo("test.json: workloads[0].heavyHitters: must be <= 100000");
    }

    @Test
    void parse_sortKeys_onlyOnATableWithASortKey() {
        String sorted = "{'name': 'Tbl', 'partitionKey': 'pk', 'sortKey': {'name': 'sk', 'type': 'N'}, 'billingMode': 'PAY_PER_REQUEST'}";
        String withSortKeys = WORKLOAD.replace("}}", "}, \"sortKeys\": {\"type\": \"sequential\"}}");
        assertThat(parse("{'duration': '1m', 'tables': [" + sorted + "], 'workloads': [" + withSortKeys + "]}")
                .workloads().get(0).workload().sortKeys()).isInstanceOf(SequentialKeys.class);
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'workloads': [" + withSortKeys + "]}"))
                .isEqualTo("test.json: workloads[0].sortKeys: table \"Tbl\" has no sortKey");
    }

    @Test
    void parse_keyHash_md5ByDefault_orDynamoDbLocal() {
        assertThat(parse("{'duration': '1m', 'tables': [" + TABLE + "]}").keyHash()).isEqualTo(KeyHash.MD5);
        assertThat(parse("{'duration': '1m', 'keyHash': 'DYNAMODB_LOCAL', 'tables': [" + TABLE + "]}").keyHash())
                .isEqualTo(KeyHash.DYNAMODB_LOCAL);
        assertThat(problem("{'duration': '1m', 'keyHash': 'SHA1', 'tables': [" + TABLE + "]}"))
                .isEqualTo("test.json: keyHash: must be one of MD5, DYNAMODB_LOCAL, not \"SHA1\"");
    }

    @Test
    void parse_faultEvents_zoneAndReplicaFaults_orNameTheProblem() {
        Scenario s = parse("{'duration': '1m', 'tables': [" + TABLE + "], 'events': ["
                + "{'at': '10s', 'fault': 'zoneDown', 'zone': 'use1-az2'},"
                + "{'at': '20s', 'fault': 'slowReplica', 'table': 'Tbl', 'partition': 1, 'zone': 'use1-az3', 'extraLag': '2s'}]}");
        assertThat(s.events()).extracting(e -> e.describe())
                .containsExactly("zoneDown use1-az2", "slowReplica use1-az3 in Tbl partition 1, +2000 ms");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'events': [{'at': '1s', 'fault': 'zoneDown', 'zone': 'use1-az9'}]}"))
                .isEqualTo("test.json: events[0].zone: no Availability Zone use1-az9 in us-east-1; zones: use1-az1, use1-az2, use1-az3");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'events': [{'at': '1s', 'fault': 'azDown', 'zone': 'use1-az1'}]}"))
                .isEqualTo("test.json: events[0].fault: must be one of zoneDown, zoneUp, replicaDown, replicaUp, slowReplica, not \"azDown\"");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'events': [{'at': '1s', 'fault': 'replicaDown', 'zone': 'use1-az1'}]}"))
                .isEqualTo("test.json: events[0].table: is required");
    }

    @Test
    void parse_autoScaling_onProvisionedTables() {
        Scenario s = parse("{'duration': '1m', 'tables': [{'name': 'Tbl', 'partitionKey': 'pk', 'readCapacity': 10, 'writeCapacity': 100,"
                + " 'autoScaling': {'write': {'max': 400}}}]}");
        assertThat(s.tables().get(0).writeScaling()).isEqualTo(dev.dynasim.engine.billing.AutoScalingPolicy.of(5, 400, 0.7));
        assertThat(s.tables().get(0).readScaling()).isNull();
        assertThat(problem("{'duration': '1m', 'tables': [{'name': 'Tbl', 'partitionKey': 'pk', 'readCapacity': 10, 'writeCapacity': 100,"
                + " 'autoScaling': {'write': {'max': 400, 'target': 0.95}}}]}"))
                .isEqualTo("test.json: tables[0].autoScaling.write.target: must be between 0.2 and 0.9 (20% to 90%), not 0.95");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE.replace("}", ", 'autoScaling': {}}") + "]}"))
                .isEqualTo("test.json: tables[0].autoScaling: only for PROVISIONED tables");
    }

    @Test
    void parse_onDemandHotPartitionError_byExceptionName_orNamesTheChoices() {
        assertThat(parse("{'duration': '1m', 'onDemandHotPartitionError': 'ThrottlingException', 'tables': [" + TABLE + "]}")
                .hotPartitionError()).isEqualTo(OnDemandHotPartitionError.THROTTLING);
        assertThat(problem("{'duration': '1m', 'onDemandHotPartitionError': 'Throttling', 'tables': [" + TABLE + "]}"))
                .isEqualTo("test.json: onDemandHotPartitionError: must be one of ProvisionedThroughputExceededException,"
                        + " ThrottlingException, not \"Throttling\"");
    }

    @Test
    void parse_unknownField_isRejectedWithTheKnownFields() {
        assertThat(problem("{'duration': '1m', 'tabels': []}"))
                .isEqualTo("test.json: tabels: unknown field; known fields: name, description, seed, tick, duration,"
                        + " reportEvery, split, onDemandHotPartitionError, keyHash, tables, workloads, events, principals, serverCluster");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'workloads': ["
                + WORKLOAD.replace("\"keys\": 10}", "\"keys\": 10, \"exponnent\": 2}") + "]}"))
                .isEqualTo("test.json: workloads[0].keys.exponnent: unknown field; known fields: type, keys");
    }

    @Test
    void parse_missingOrMistypedFields_namesEachProblem() {
        assertThat(problem("{'tables': [" + TABLE + "]}")).isEqualTo("test.json: duration: is required");
        assertThat(problem("{'duration': 'soon', 'tables': [" + TABLE + "]}"))
                .isEqualTo("test.json: duration: not a duration: \"soon\" (use a whole number and a unit: ms, s, m, h or d,"
                        + " e.g. 90s, 30m, 2h)");
        assertThat(problem("{'duration': '1m'}")).isEqualTo("test.json: tables: is required: a scenario needs at least one table");
        assertThat(problem("{'duration': '1m', 'seed': 'x', 'tables': [" + TABLE + "]}"))
                .isEqualTo("test.json: seed: must be a whole number, not the string \"x\"");
        assertThat(problem("{'duration': '1m', 'tables': [{'name': 'Tbl', 'partitionKey': 'pk'}]}"))
                .isEqualTo("test.json: tables[0].readCapacity: is required");
        assertThat(problem("{'duration': '1m', 'tables': [{'name': 'Tbl', 'partitionKey': 'pk', 'billingMode': 'ON_DEMAND'}]}"))
                .isEqualTo("test.json: tables[0].billingMode: must be one of PROVISIONED, PAY_PER_REQUEST, not \"ON_DEMAND\"");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE.replace("}", ", 'writeCapacity': 5}") + "]}"))
                .isEqualTo("test.json: tables[0].writeCapacity: only for PROVISIONED tables (this one is PAY_PER_REQUEST)");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'workloads': [" + WORKLOAD.replace("\"table\": \"Tbl\"", "\"table\": \"Nope\"") + "]}"))
                .isEqualTo("test.json: workloads[0].table: no table named \"Nope\" in tables");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'workloads': [" + WORKLOAD.replace("{\"put\": 1}", "{\"put\": 0}") + "]}"))
                .isEqualTo("test.json: workloads[0].mix: needs at least one positive weight (get, put, update, delete, query or scan)");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'workloads': [" + WORKLOAD.replace("\"keys\": {\"type\": \"uniform\"", "\"keys\": {\"type\": \"gaussian\"") + "]}"))
                .isEqualTo("test.json: workloads[0].keys.type: must be one of uniform, zipf, hotKey, sequential, sharded, not \"gaussian\"");
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'events': [{'at': '10s', 'table': 'Tbl'}]}"))
                .isEqualTo("test.json: events[0]: an event needs billingMode, or readCapacity and writeCapacity, or both");
    }

    @Test
    void parse_tableNameDynamoDbRefuses_namesTheRule() {
        assertThat(problem("{'duration': '1m', 'tables': [{'name': 'T', 'partitionKey': 'pk', 'billingMode': 'PAY_PER_REQUEST'}]}"))
                .isEqualTo("test.json: tables[0].name: must be 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'"
                        + " (DynamoDB's rule), not \"T\"");
    }

    @Test
    void parse_invalidJson_givesLineAndColumnWithoutAStackTrace() {
        assertThat(problem("{'duration': '1m',\n 'tables': [}")).startsWith("test.json: line 2, column 13: not valid JSON: ");
        assertThat(problem("{'duration': '1m', 'duration': '2m'}")).startsWith("test.json: line 1, column ")
                .contains("Duplicate field 'duration'");
        assertThat(problem("")).isEqualTo("test.json: the file is empty");
        assertThat(problem("[1]")).isEqualTo("test.json: the file: must be an object, not an array");
    }

    @Test
    void read_fileOnDisk_namesTheScenarioAfterTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "{\"duration\": \"10s\", \"tables\": [" + TABLE + "]}");
        assertThat(ScenarioFiles.read(file).name()).isEqualTo("mine");
        assertThat(ScenarioFiles.resolve(file.toString()).name()).isEqualTo("mine");
        Files.writeString(file, "{\"duration\": \"10s\"}");
        assertThatThrownBy(() -> ScenarioFiles.read(file)).isInstanceOf(ScenarioFileException.class)
                .hasMessage("mine.json: tables: is required: a scenario needs at least one table");
    }

    @Test
    void resolve_unknownName_listsTheShippedScenarios() {
        assertThatThrownBy(() -> ScenarioFiles.resolve("hot-keys")).isInstanceOf(ScenarioFileException.class)
                .hasMessage("no shipped scenario named \"hot-keys\"; shipped: hot-key, write-sharding, growing-table,"
                        + " on-demand-spike, daily-peak, burst-and-adaptive, az-loss, two-az-loss, slow-replica, strong-vs-eventual, least-privilege");
        assertThatThrownBy(() -> ScenarioFiles.resolve("missing/file.json")).isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("missing/file.json: no such file");
        assertThat(ScenarioFiles.resolve("hot-key").name()).isEqualTo("hot-key");
    }

    @Test
    void durations_textForms_parseAndFormatBothWays() {
        assertThat(Durations.parse("90s")).isEqualTo(90_000);
        assertThat(Durations.parse("30m")).isEqualTo(1_800_000);
        assertThat(Durations.parse("2h")).isEqualTo(7_200_000);
        assertThat(Durations.parse("1d2h")).isEqualTo(93_600_000);
        assertThat(Durations.parse("250ms")).isEqualTo(250);
        assertThat(Durations.format(5_400_000)).isEqualTo("1h30m");
        assertThat(Durations.format(1_500)).isEqualTo("1s500ms");
        assertThatThrownBy(() -> Durations.parse("2 h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.parse("h")).isInstanceOf(IllegalArgumentException.class);
    }

    private static final String ALICE = "'principals': {'alice': {'policies': [{'Statement': {'Effect': 'Allow',"
            + " 'Action': 'dynamodb:PutItem', 'Resource': '*'}}]}}";

    @Test
    void principals_andServerCluster_areRead() {
        Scenario s = parse("{'duration': '1m', " + ALICE + ", 'serverCluster': {'instanceType': 'm6i.xlarge', 'shards': 2,"
                + " 'readsFromSecondaries': true, 'queueTimeout': '5s'}, 'tables': [" + TABLE + "], 'workloads': ["
                + WORKLOAD.replace("\"name\": \"w\",", "\"name\": \"w\", \"principal\": \"alice\",") + "]}");
        assertThat(s.workloads().get(0).principal().arn()).isEqualTo("arn:aws:iam::123456789012:user/alice");
        assertThat(s.workloads().get(0).principal().userId()).isEqualTo(Principal.syntheticUserId("arn:aws:iam::123456789012:user/alice"));
        assertThat(s.workloads().get(0).principal().userName()).isEqualTo("alice");
        assertThat(s.workloads().get(0).principal().policies().get(0).arn()).isEqualTo("arn:aws:iam::123456789012:policy/alice-policy-1");
        assertThat(s.serverCluster()).isEqualTo(dev.dynasim.engine.billing.ClusterSpec.sharded("m6i.xlarge", 2)
                .withReadsFromSecondaries(true).withQueueTimeoutMillis(5_000));
    }

    @Test
    void badPrincipalsOrCluster_nameTheField() {
        assertThat(problem("{'duration': '1m', 'tables': [" + TABLE + "], 'workloads': ["
                + WORKLOAD.replace("\"name\": \"w\",", "\"name\": \"w\", \"principal\": \"bob\",") + "]}"))
                .isEqualTo("test.json: workloads[0].principal: no user named \"bob\" in principals");
        assertThat(problem("{'duration': '1m', 'principals': {'eve': {'policies': [{'Statement': {'Effect': 'Perhaps',"
                + " 'Action': '*', 'Resource': '*'}}]}}, 'tables': [" + TABLE + "]}"))
                .startsWith("test.json: principals.eve.policies[0]: ").contains("Effect");
        assertThat(problem("{'duration': '1m', " + ALICE + ", 'tables': [" + TABLE + "], 'workloads': ["
                + WORKLOAD.replace("\"name\": \"w\",", "\"name\": \"w\", \"principal\": \"alice\", \"fidelity\": \"rate\",") + "]}"))
                .isEqualTo("test.json: workloads[0].principal: needs \"fidelity\": \"item\" (rate level is not authorised request by request)");
        assertThat(problem("{'duration': '1m', 'serverCluster': {'shards': 2}, 'tables': [" + TABLE + "]}"))
                .isEqualTo("test.json: serverCluster.instanceType: is required");
    }
}
