package dev.dynasim.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.BillingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceJsonTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void line_requestServed_writesFixedFieldOrder() {
        assertThat(TraceJson.line(new RequestServed(1000, "Orders", null, 3, "GetItem", 0.5, 0, TOKEN)))
                .isEqualTo("{\"type\":\"RequestServed\",\"time\":1000,\"table\":\"Orders\",\"index\":null,"
                        + "\"partition\":3,\"operation\":\"GetItem\",\"requests\":1,\"readUnits\":0.5,"
                        + "\"writeUnits\":0,\"keyToken\":\"" + TOKEN + "\"}");
    }

    @Test
    void line_requestThrottled_endsWithReason() {
        assertThat(TraceJson.line(new RequestThrottled(2000, "Orders", "ByCustomer", 0, "PutItem", 40, 0, 40, null,
                "IndexWriteKeyRangeThroughputExceeded")))
                .isEqualTo("{\"type\":\"RequestThrottled\",\"time\":2000,\"table\":\"Orders\",\"index\":\"ByCustomer\","
                        + "\"partition\":0,\"operation\":\"PutItem\",\"requests\":40,\"readUnits\":0,"
                        + "\"writeUnits\":40,\"keyToken\":null,\"reason\":\"IndexWriteKeyRangeThroughputExceeded\"}");
    }

    @Test
    void line_splitEvents_writeCauseAndTokens() {
        assertThat(TraceJson.line(new SplitStarted(60_000, "T", null, 2, SplitCause.HEAT, TOKEN, 360_000)))
                .isEqualTo("{\"type\":\"SplitStarted\",\"time\":60000,\"table\":\"T\",\"index\":null,\"partition\":2,"
                        + "\"cause\":\"HEAT\",\"splitToken\":\"" + TOKEN + "\",\"completesAt\":360000}");
        assertThat(TraceJson.line(new PartitionSplit(360_000, "T", null, 2, List.of(4L, 5L), SplitCause.SIZE, TOKEN)))
                .isEqualTo("{\"type\":\"PartitionSplit\",\"time\":360000,\"table\":\"T\",\"index\":null,\"parent\":2,"
                        + "\"children\":[4,5],\"cause\":\"SIZE\",\"splitToken\":\"" + TOKEN + "\"}");
        assertThat(TraceJson.line(new SplitDeferred(5, "T", null, 1, SplitCause.HEAT, "split in progress")))
                .isEqualTo("{\"type\":\"SplitDeferred\",\"time\":5,\"table\":\"T\",\"index\":null,\"partition\":1,"
                        + "\"cause\":\"HEAT\",\"why\":\"split in progress\"}");
        assertThat(TraceJson.line(new SplitCancelled(6, "T", "G", 2, SplitCause.SIZE, "superseded by a throughput split")))
                .isEqualTo("{\"type\":\"SplitCancelled\",\"time\":6,\"table\":\"T\",\"index\":\"G\",\"partition\":2,"
                        + "\"cause\":\"SIZE\",\"why\":\"superseded by a throughput split\"}");
        assertThat(TraceJson.line(new NoSplitHelps(5, "T", null, 1, "single key", TOKEN)))
                .isEqualTo("{\"type\":\"NoSplitHelps\",\"time\":5,\"table\":\"T\",\"index\":null,\"partition\":1,"
                        + "\"why\":\"single key\",\"keyToken\":\"" + TOKEN + "\"}");
    }

    @Test
    void line_tableEvents_writeModeAndCapacity() {
        assertThat(TraceJson.line(new TableCreated(0, "T", BillingMode.PROVISIONED, 6000, 2000, 4, List.of("G1"),
                List.of("00000000000000000000000000000000", "40000000000000000000000000000000", "80000000000000000000000000000000", "c0000000000000000000000000000000"))))
                .isEqualTo("{\"type\":\"TableCreated\",\"time\":0,\"table\":\"T\",\"mode\":\"PROVISIONED\","
                        + "\"readCapacity\":6000,\"writeCapacity\":2000,\"partitions\":4,\"indexes\":[\"G1\"],"
                        + "\"partitionStarts\":[\"00000000000000000000000000000000\",\"40000000000000000000000000000000\","
                        + "\"80000000000000000000000000000000\",\"c0000000000000000000000000000000\"]}");
        assertThat(TraceJson.line(new CapacityChanged(9, "T", null, BillingMode.PAY_PER_REQUEST, 0, 0)))
                .isEqualTo("{\"type\":\"CapacityChanged\",\"time\":9,\"table\":\"T\",\"index\":null,"
                        + "\"mode\":\"PAY_PER_REQUEST\",\"readCapacity\":0,\"writeCapacity\":0}");
    }

    @Test
    void line_tickMetrics_writesEveryMetricInDeclarationOrder() {
        assertThat(TraceJson.line(new TickMetrics(1000, "T", null, 7, 1.5, 1000, 0, 250.25, 30, 2, 10_737_418_240L, 9)))
                .isEqualTo("{\"type\":\"TickMetrics\",\"time\":1000,\"table\":\"T\",\"index\":null,\"partition\":7,"
                        + "\"consumedReadUnits\":1.5,\"consumedWriteUnits\":1000,\"throttledReadUnits\":0,"
                        + "\"throttledWriteUnits\":250.25,\"servedRequests\":30,\"throttledRequests\":2,"
                        + "\"bytes\":10737418240,\"partitionCount\":9}");
    }

    @Test
    void line_stringsWithQuotesAndControls_areEscaped() {
        assertThat(TraceJson.line(new NoSplitHelps(0, "a\"b\\c", null, 0, "x\ny\u0001\u2028", null)))
                .isEqualTo("{\"type\":\"NoSplitHelps\",\"time\":0,\"table\":\"a\\\"b\\\\c\",\"index\":null,"
                        + "\"partition\":0,\"why\":\"x\\ny\\u0001\\u2028\",\"keyToken\":null}");
    }

    @Test
    void number_values_areWrittenWithoutLocaleOrNegativeZero() {
        assertThat(JsonObject.number(3.0)).isEqualTo("3");
        assertThat(JsonObject.number(-0.0)).isEqualTo("0");
        assertThat(JsonObject.number(0.1)).isEqualTo("0.1");
        assertThat(JsonObject.number(1e20)).isEqualTo("1.0E20");
        assertThatThrownBy(() -> JsonObject.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void line_replicationEvents_fieldsInDocumentedOrder() {
        List<TraceEvent> all = SampleEvents.all();
        assertThat(all.subList(10, 15).stream().map(TraceJson::line).toList()).containsExactly(
                "{\"type\":\"ZoneChanged\",\"time\":305000,\"table\":\"T\",\"zone\":\"use1-az1\",\"up\":false}",
                "{\"type\":\"ReplicaChanged\",\"time\":305000,\"table\":\"T\",\"index\":null,\"partition\":2,"
                        + "\"change\":\"LEADER_ELECTED\",\"zone\":\"use1-az2\",\"detail\":\"serves from 307000 ms\"}",
                "{\"type\":\"RequestFailed\",\"time\":306000,\"table\":\"T\",\"index\":null,\"partition\":2,"
                        + "\"operation\":\"PutItem\",\"requests\":3,\"error\":\"InternalServerError\",\"reason\":\"LEASE_WAIT\"}",
                "{\"type\":\"ReplicationMetrics\",\"time\":306000,\"table\":\"T\",\"eventualReads\":10,\"staleReads\":2,"
                        + "\"maxVersionsBehind\":1,\"maxStalenessMillis\":40,\"replicatedWrites\":5,\"lagP50Millis\":30,"
                        + "\"lagP99Millis\":90,\"lagMaxMillis\":95,\"writesRefused\":3,\"readsRefused\":0}",
                "{\"type\":\"AvailabilityWindow\",\"time\":600000,\"table\":\"T\",\"windowStart\":300000,"
                        + "\"requests\":1000,\"failed\":3,\"availability\":0.997}");
    }

    @Test
    void line_everyEventType_isSerialized() {
        assertThat(TraceEvent.class.getPermittedSubclasses()).hasSize(17);
        assertThat(SampleEvents.all().stream().map(e -> e.getClass().getSimpleName()).sorted().toList())
                .isEqualTo(Arrays.stream(TraceEvent.class.getPermittedSubclasses()).map(Class::getSimpleName).sorted().toList());
        for (TraceEvent e : SampleEvents.all()) {
            assertThat(TraceJson.line(e)).startsWith("{\"type\":\"" + e.getClass().getSimpleName() + "\",\"time\":");
        }
    }
}
