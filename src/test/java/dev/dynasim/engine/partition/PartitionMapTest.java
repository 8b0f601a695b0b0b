package dev.dynasim.engine.partition;

import static dev.dynasim.engine.partition.Tokens.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionMapTest {
    private static final long GB = 1024L * 1024 * 1024;

    private static List<Throughput> allocations(PartitionMap map) {
        return map.partitions().stream().map(Partition::allocated).toList();
    }

    private static List<String> ids(PartitionMap map) {
        return map.partitions().stream().map(p -> p.id().toString()).toList();
    }

    // worked example 29
    @Test
    void provisioned_example29_countsAndEvenShares() {
        PartitionMap one = PartitionMap.provisioned(1_000, 500);
        PartitionMap two = PartitionMap.provisioned(1_000, 1_000);
        PartitionMap four = PartitionMap.provisioned(5_000, 2_000);
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.partitionAt(0).range()).isEqualTo(TokenRange.FULL);
        assertThat(allocations(one)).containsExactly(new Throughput(1_000, 500));
        assertThat(two.size()).isEqualTo(2);
        assertThat(allocations(two)).containsOnly(new Throughput(500, 500));
        assertThat(four.size()).isEqualTo(4);
        assertThat(allocations(four)).containsOnly(new Throughput(1_250, 500));
    }

    // worked example 30: raise to 8,000 RCU, then one partition fills
    @Test
    void provision_example30_eightThenNine() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        Reallocation raised = map.provision(new Throughput(8_000, 2_000));
        assertThat(raised).isEqualTo(new Reallocation(4, 8, new Throughput(1_000, 250)));
        assertThat(raised.doublings()).isEqualTo(1);
        assertThat(allocations(map)).hasSize(8).containsOnly(new Throughput(1_000, 250));
        assertThat(map.partitions()).allSatisfy(p -> assertThat(p.range().ownership()).isEqualTo(0.125));

        Partition full = map.partitionAt(3);
        map.split(full.id(), full.range().midpoint());
        assertThat(map.size()).isEqualTo(9);
    }

    // worked example 31: throughput dilution
    @Test
    void split_example31_childrenGetHalfOthersUnchanged() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        Partition parent = map.partitionAt(1);
        List<Partition> children = map.split(parent.id(), parent.range().midpoint());
        assertThat(children).extracting(Partition::allocated).containsOnly(new Throughput(625, 250));
        assertThat(allocations(map)).containsExactly(new Throughput(1_250, 500), new Throughput(625, 250),
                new Throughput(625, 250), new Throughput(1_250, 500), new Throughput(1_250, 500));
        assertThat(map.totalAllocated()).isEqualTo(new Throughput(5_000, 2_000));
    }

    // worked example 32, the paper's numbers (the paper prints 675 for 625, D1)
    @Test
    void provision_example32_paperSequence() {
        PartitionMap map = PartitionMap.provisioned(0, 3_200);
        assertThat(map.size()).isEqualTo(4);
        assertThat(allocations(map)).containsOnly(new Throughput(0, 800));
        assertThat(map.provision(new Throughput(0, 3_600))).isEqualTo(new Reallocation(4, 4, new Throughput(0, 900)));
        assertThat(map.provision(new Throughput(0, 6_000))).isEqualTo(new Reallocation(4, 8, new Throughput(0, 750)));
        assertThat(map.provision(new Throughput(0, 5_000))).isEqualTo(new Reallocation(8, 8, new Throughput(0, 625)));
        assertThat(allocations(map)).hasSize(8).containsOnly(new Throughput(0, 625));
    }

    @Test
    void provision_lowered_keepsPartitionsAndRedivides() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        map.provision(new Throughput(8_000, 2_000));
        Reallocation lowered = map.provision(new Throughput(10, 10));
        assertThat(lowered).isEqualTo(new Reallocation(8, 8, new Throughput(1.25, 1.25)));
        assertThat(map.divideEvenly(new Throughput(800, 80))).isEqualTo(new Reallocation(8, 8, new Throughput(100, 10)));
    }

    @Test
    void provision_afterSizeSplit_doublesAllNine() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        map.split(map.partitionAt(0).id(), map.partitionAt(0).range().midpoint());
        assertThat(map.provision(new Throughput(30_000, 0))).isEqualTo(new Reallocation(5, 10, new Throughput(3_000, 0)));
    }

    @Test
    void onDemand_newTable_eightPartitionsOfWarmShare() {
        PartitionMap map = PartitionMap.onDemand();
        assertThat(map.size()).isEqualTo(8);
        assertThat(allocations(map)).containsOnly(new Throughput(1_500, 500));
    }

    @Test
    void doubleAll_fourPartitions_eightEqualSlicesNumberedInKeyOrder() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        Reallocation doubled = map.doubleAll();
        assertThat(doubled).isEqualTo(new Reallocation(4, 8, new Throughput(625, 250)));
        assertThat(ids(map)).containsExactly("P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11");
        assertThat(map.partitionAt(1).range()).isEqualTo(Tokens.range("20000000000000000000000000000000",
                "40000000000000000000000000000000"));
        assertThat(map.partitionAt(7).range()).isEqualTo(Tokens.toTop("e0000000000000000000000000000000"));
    }

    @Test
    void split_ids_retireParentAndNumberChildren() {
        PartitionMap map = PartitionMap.provisioned(1_000, 1_000);
        Partition p1 = map.partitionAt(1);
        map.split(p1.id(), hex("c0000000000000000000000000000000"));
        assertThat(ids(map)).containsExactly("P0", "P2", "P3");
        assertThat(map.contains(p1.id())).isFalse();
        assertThatThrownBy(() -> map.partition(p1.id())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.split(map.partitionAt(0).id(), Token.MIN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ranges_afterSplits_contiguousAndCoverTheSpace() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        map.split(map.partitionAt(2).id(), hex("9000000000000000000000000000abcd"));
        map.doubleAll();
        List<Partition> ps = map.partitions();
        assertThat(ps.get(0).range().start()).isEqualTo(Token.MIN);
        assertThat(ps.get(ps.size() - 1).range().endsAtTop()).isTrue();
        for (int i = 1; i < ps.size(); i++) assertThat(ps.get(i).range().start()).isEqualTo(ps.get(i - 1).range().end());
        assertThat(ps.stream().mapToDouble(p -> p.range().ownership()).sum()).isEqualTo(1.0);
    }

    @Test
    void route_edgesOfEveryRange_ownPartition() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        map.split(map.partitionAt(1).id(), hex("60000000000000000000000000000000"));
        for (int i = 0; i < map.size(); i++) {
            Partition p = map.partitionAt(i);
            assertThat(map.route(p.range().start())).isEqualTo(p);
            assertThat(map.indexOf(p.range().start())).isEqualTo(i);
            if (!p.range().endsAtTop()) {
                Token last = Token.of(p.range().end().toBigInteger().subtract(java.math.BigInteger.ONE));
                assertThat(map.route(last)).isEqualTo(p);
            }
        }
        assertThat(map.route(Token.MAX)).isEqualTo(map.partitionAt(map.size() - 1));
        assertThat(map.route(Token.MIN)).isEqualTo(map.partitionAt(0));
    }

    @Test
    void describe_key_tokenPartitionAndRange() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        AttributeValue key = AttributeValue.s("customer#42");
        KeyPlacement placement = map.describe(KeyHash.MD5.token(key));
        assertThat(placement.token()).isEqualTo(hex("dfba1a0ac5e336957cad2c23e64e6f6a"));
        assertThat(placement.partition().range().contains(placement.token())).isTrue();
        assertThat(map.route(placement.token())).isEqualTo(placement.partition());
        assertThat(map.describe(hex("50000000000000000000000000000000")).toString()).isEqualTo(
                "token 50000000000000000000000000000000 -> partition P1, range [40000000, 80000000) (25.00% of the key space)");
    }

    @Test
    void storedBytes_addedAndSplit_proportionalEstimate() {
        PartitionMap map = PartitionMap.provisioned(1_000, 500);
        map.addStoredBytes(hex("10"), 10 * GB);
        map.addStoredBytes(Token.MAX, -GB);
        assertThat(map.totalStoredBytes()).isEqualTo(9 * GB);
        List<Partition> halves = map.split(map.partitionAt(0).id(), hex("40000000000000000000000000000000"));
        assertThat(halves).extracting(Partition::storedBytes).containsExactly(9 * GB / 4, 9 * GB - 9 * GB / 4);
        map.setStoredBytes(halves.get(0).id(), 5);
        assertThat(map.partition(halves.get(0).id()).storedBytes()).isEqualTo(5);
        List<Partition> exact = map.split(halves.get(1).id(), hex("80000000000000000000000000000000"), 7);
        assertThat(exact).extracting(Partition::storedBytes).containsExactly(7L, 9 * GB - 9 * GB / 4 - 7);
    }

    @Test
    void usage_split_childrenStartEmptyOthersKeep() {
        PartitionMap map = PartitionMap.withPartitions(2, new Throughput(100, 100), 3);
        PartitionId left = map.partitionAt(0).id();
        PartitionId right = map.partitionAt(1).id();
        for (int s = 0; s < 5; s++) {
            map.recordUsage(left, new TickUsage(s * 1000L, s * 1000L + 1000, 10, 0));
            map.recordUsage(right, new TickUsage(s * 1000L, s * 1000L + 1000, 20, 0));
        }
        assertThat(map.usage(left).size()).isEqualTo(3);
        List<Partition> children = map.split(left, map.partitionAt(0).range().midpoint());
        assertThat(map.usage(children.get(0).id()).size()).isZero();
        assertThat(map.usage(children.get(1).id()).size()).isZero();
        assertThat(map.usage(right).tick(0).readUnits()).isEqualTo(20);
    }

    @Test
    void apply_planForRetiredPartition_changesNothing() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        Partition p = map.partitionAt(0);
        SplitPlan plan = new SplitPlan(p.id(), p.range().midpoint(), SplitCause.HEAT, 0, 300_000, "test");
        map.doubleAll();
        assertThat(map.apply(plan)).isEmpty();
        assertThat(map.size()).isEqualTo(8);
        Partition q = map.partitionAt(0);
        assertThat(map.apply(new SplitPlan(q.id(), q.range().midpoint(), SplitCause.SIZE, 0, 0, "test"))).hasSize(2);
    }

    @Test
    void toString_fourPartitions_alignedTable() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        map.addStoredBytes(hex("10"), 3 * GB / 2);
        assertThat(map.toString()).isEqualTo("""
                4 partitions, 5,000 read / 2,000 write units/s, 1.50 GB stored
                partition  start     end       key space  read/s  write/s   stored
                P0         00000000  40000000     25.00%   1,250      500  1.50 GB
                P1         40000000  80000000     25.00%   1,250      500      0 B
                P2         80000000  c0000000     25.00%   1,250      500      0 B
                P3         c0000000  2^128        25.00%   1,250      500      0 B
                """);
    }
}
