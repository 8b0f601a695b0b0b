package dev.dynasim.engine.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.sim.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WorkloadRunTest {

    private static Workload orders(String stream) {
        OperationMix mix = OperationMix.of(2, 1, 1, 0, 0).withItemSize(ItemSize.uniform(100, 2000)).withStrongShare(0.5);
        return new Workload("Orders", new ZipfKeys(100, 1.2), RateShape.constant(2.5), mix, stream);
    }

    private static Workload inventory(String stream) {
        return new Workload("Inventory", KeyDistribution.uniform(10_000), RateShape.constant(100),
                OperationMix.of(1, 1, 0, 0, 0), stream);
    }

    @Test
    void requestsAt_fractionalRate_carriesTheFraction() {
        WorkloadRun run = orders("orders").start(new SplittableRandom(1));
        assertThat(LongStream.range(0, 4).map(t -> run.requestsAt(t * 1000, 1000)).toArray()).containsExactly(2, 3, 2, 3);
        WorkloadRun quarter = new Workload("T", KeyDistribution.uniform(1), RateShape.constant(0.25),
                OperationMix.only(Operation.PUT), "q").start(new SplittableRandom(1));
        assertThat(LongStream.range(0, 8).map(t -> quarter.requestsAt(t * 1000, 1000)).toArray())
                .containsExactly(0, 0, 0, 1, 0, 0, 0, 1);
    }

    @Test
    void next_seed42Orders_drawsGoldenRequests() {
        WorkloadRun run = orders("orders").start(new RandomStreams(42).stream("orders"));
        List<RequestSpec> got = new ArrayList<>();
        run.forEach(8, got::add);
        assertThat(got).containsExactly(
                new RequestSpec(Operation.GET, "key-13", 1590, false),
                new RequestSpec(Operation.GET, "key-0", 1314, false),
                new RequestSpec(Operation.GET, "key-3", 1098, true),
                new RequestSpec(Operation.GET, "key-38", 1661, false),
                new RequestSpec(Operation.GET, "key-27", 460, false),
                new RequestSpec(Operation.GET, "key-0", 388, true),
                new RequestSpec(Operation.PUT, "key-0", 116, false),
                new RequestSpec(Operation.PUT, "key-1", 222, false));
    }

    @Test
    void next_sameSeed_givesIdenticalSequences() {
        assertThat(draw(new RandomStreams(9), orders("orders"), 500))
                .isEqualTo(draw(new RandomStreams(9), orders("orders"), 500));
    }

    @Test
    void next_otherWorkloadsStreamRenamed_leavesThisWorkloadUnchanged() {
        RandomStreams before = new RandomStreams(9);
        draw(before, orders("orders"), 300);
        List<RequestSpec> inventoryBefore = draw(before, inventory("inventory"), 300);
        RandomStreams after = new RandomStreams(9);
        List<RequestSpec> ordersAfter = draw(after, orders("orders-v2"), 300);
        List<RequestSpec> inventoryAfter = draw(after, inventory("inventory"), 300);
        assertThat(inventoryAfter).isEqualTo(inventoryBefore);
        assertThat(ordersAfter).isNotEqualTo(draw(new RandomStreams(9), orders("orders"), 300));
    }

    @Test
    void start_sequentialKeysTwice_eachRunStartsAtTheFirstKey() {
        Workload w = new Workload("Events", KeyDistribution.sequential(), RateShape.constant(1),
                OperationMix.only(Operation.PUT), "events");
        w.start(new SplittableRandom(1)).forEach(10, r -> { });
        assertThat(w.start(new SplittableRandom(1)).next().key()).isEqualTo("seq-0000000000000000000");
    }

    @Test
    void operationMix_shares_followTheWeights() {
        OperationMix mix = OperationMix.of(2, 1, 1, 0, 0);
        assertThat(mix.share(Operation.GET)).isEqualTo(0.5);
        assertThat(mix.share(Operation.SCAN)).isZero();
        assertThat(mix.weights()).isEqualTo(Map.of(Operation.GET, 2.0, Operation.PUT, 1.0, Operation.UPDATE, 1.0));
        assertThat(mix.nextConsistentRead(Operation.PUT, null)).isFalse();
        assertThatThrownBy(() -> OperationMix.of(0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemSize_uniformRange_drawsGoldenSizesWithinBounds() {
        SplittableRandom rng = new SplittableRandom(7);
        ItemSize size = ItemSize.uniform(100, 2000);
        assertThat(new int[] {size.next(rng), size.next(rng), size.next(rng)}).containsExactly(647, 446, 236);
        assertThat(size.mean()).isEqualTo(1050.0);
    }

    private static List<RequestSpec> draw(RandomStreams streams, Workload w, int n) {
        WorkloadRun run = w.start(streams.stream(w.stream()));
        List<RequestSpec> out = new ArrayList<>();
        run.forEach(n, out::add);
        return out;
    }
}
