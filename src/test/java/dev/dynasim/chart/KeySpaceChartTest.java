package dev.dynasim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.trace.NoSplitHelps;
import dev.dynasim.engine.trace.PartitionSplit;
import dev.dynasim.engine.trace.RequestServed;
import dev.dynasim.engine.trace.SplitCause;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key-space dataset: ranges from the creation's start tokens and each split's token, keys where they hash. */
class KeySpaceChartTest {
    private static final String ZERO = "00000000000000000000000000000000";
    private static final String QUARTER = "40000000000000000000000000000000";
    private static final String HALF = "80000000000000000000000000000000";
    private static final String THREE_QUARTERS = "c0000000000000000000000000000000";
    private static final String NEXT = "c0000000000000000000000000000001";

    @Test
    void bands_atCreationAndAfterEachSplit_toScale_withOnlyTheKeysNoSplitHelpsWhereTheyHash() {
        List<TraceEvent> trace = List.of(
                new TableCreated(0, "Orders", BillingMode.PAY_PER_REQUEST, 0, 0, 2, List.of("G"), List.of(ZERO, HALF)),
                new RequestServed(1000, "Orders", null, 0, "GetItem", 5, 2.5, 0, QUARTER),
                new RequestServed(1000, "Orders", "G", 0, "Query", 9, 1, 0, HALF),
                new PartitionSplit(40_000, "Orders", null, 1, List.of(2L, 3L), SplitCause.HEAT, THREE_QUARTERS),
                new PartitionSplit(40_000, "Orders", "G", 0, List.of(1L, 2L), SplitCause.HEAT, HALF),
                new PartitionSplit(80_000, "Orders", null, 3, List.of(4L, 5L), SplitCause.HEAT, NEXT),
                new NoSplitHelps(100_000, "Orders", null, 4, "RANGE_TOO_NARROW: one token", THREE_QUARTERS));
        KeySpaceMap data = new KeySpaceChart().data(new ChartInput("t", 1000, 120_000, trace, null, null));

        assertThat(data.table()).isEqualTo("Orders");
        assertThat(data.bands()).extracting(KeySpaceMap.Band::timeMillis, KeySpaceMap.Band::label)
                .containsExactly(tuple(0L, "created (0 s)"),
                        tuple(40_000L, "after split (40 s)"),
                        tuple(80_000L, "after split (80 s)"));
        assertThat(data.bands().get(0).partitions()).containsExactly(
                new KeySpaceMap.Range(0, ZERO, HALF, 0.0, 0.5, "170141183460469231731687303715884105728", false),
                new KeySpaceMap.Range(1, HALF, null, 0.5, 1.0, "170141183460469231731687303715884105728", false));
        assertThat(data.bands().get(1).partitions()).containsExactly(
                new KeySpaceMap.Range(0, ZERO, HALF, 0.0, 0.5, "170141183460469231731687303715884105728", false),
                new KeySpaceMap.Range(2, HALF, THREE_QUARTERS, 0.5, 0.75, "85070591730234615865843651857942052864", true),
                new KeySpaceMap.Range(3, THREE_QUARTERS, null, 0.75, 1.0, "85070591730234615865843651857942052864", true));
        assertThat(data.bands().get(2).partitions()).extracting(KeySpaceMap.Range::partition, KeySpaceMap.Range::tokens, KeySpaceMap.Range::split)
                .containsExactly(tuple(0L, "170141183460469231731687303715884105728", false),
                        tuple(2L, "85070591730234615865843651857942052864", false),
                        tuple(4L, "1", true),
                        tuple(5L, "85070591730234615865843651857942052863", true));
        // only the key no split helps is marked: a request's key token (QUARTER) is not a promise of the hottest keys
        assertThat(data.keys()).containsExactly(new KeySpaceMap.KeyMark(THREE_QUARTERS, 0.75, "hot key c0000000", 4));
        assertThat(new KeySpaceChart().caption(data)).isEqualTo("The key space of Orders in t: 2 partitions at creation, 4 after 2 splits."
                + " Hot key c0000000 ends in P4, a partition of a single token: no split can spread its load.");
    }

    @Test
    void manySplits_giveOneBandAtTheEnd() {
        List<TraceEvent> trace = new ArrayList<>();
        trace.add(new TableCreated(0, "T", BillingMode.PAY_PER_REQUEST, 0, 0, 1, List.of(), List.of(ZERO)));
        String[] cuts = {HALF, "20000000000000000000000000000000", "10000000000000000000000000000000", "08000000000000000000000000000000",
                "04000000000000000000000000000000"};
        long parent = 0;
        long next = 1;
        for (int i = 0; i < cuts.length; i++) {
            trace.add(new PartitionSplit(10_000L * (i + 1), "T", null, parent, List.of(next, next + 1), SplitCause.SIZE, cuts[i]));
            parent = next;
            next += 2;
        }
        KeySpaceMap data = new KeySpaceChart().data(new ChartInput("t", 1000, 60_000, trace, null, null));
        assertThat(data.bands()).extracting(KeySpaceMap.Band::label).containsExactly("created (0 s)", "end (60 s)");
        assertThat(data.bands().get(1).partitions()).extracting(KeySpaceMap.Range::partition).containsExactly(9L, 10L, 8L, 6L, 4L, 2L);
        assertThat(data.keys()).isEmpty();
        assertThat(new KeySpaceChart().caption(data)).isEqualTo("The key space of T in t: 1 partition at creation, 6 after 5 splits.");
    }
}
