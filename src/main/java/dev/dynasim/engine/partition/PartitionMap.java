package dev.dynasim.engine.partition;

import dev.dynasim.engine.model.AttributeValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The partitions of one table or global secondary index: contiguous, non-overlapping ranges covering
 * the whole token space, in key order (F3.3). Routes a token to its partition by a floor lookup in
 * O(log n), and changes only by splitting: one partition at a token (for size or heat), or all at their
 * midpoints when throughput outgrows them (F3.10). Partitions never merge (F3.14). Mutable; the
 * {@link Partition} values it hands out are immutable snapshots. Ids follow {@link PartitionId}.
 */
public final class PartitionMap {
    private final int historyTicks;
    private Partition[] partitions;
    /** The partitions' start tokens as two parallel arrays of words, sign-flipped so that signed order is unsigned order (a cache-friendly floor search). */
    private long[] startHigh;
    private long[] startLow;
    private ConsumptionHistory[] usage;
    private final Map<PartitionId, Integer> positions = new HashMap<>();
    private int nextNumber;

    private PartitionMap(int count, Throughput total, int historyTicks) {
        if (historyTicks < 1) throw new IllegalArgumentException("history must hold at least one tick");
        this.historyTicks = historyTicks;
        List<TokenRange> ranges = TokenRange.FULL.divide(count);
        Throughput each = total.dividedBy(count);
        List<Partition> initial = new ArrayList<>(count);
        for (TokenRange r : ranges) initial.add(new Partition(new PartitionId(nextNumber++), r, each, 0));
        install(initial, new ConsumptionHistory[count]);
    }

    private PartitionMap(PartitionMap original) {
        this.historyTicks = original.historyTicks;
        this.nextNumber = original.nextNumber;
        install(List.of(original.partitions), original.usage.clone());
    }

    /** A copy of the layout as it is now, to look at: splitting or re-dividing the copy leaves this map alone. */
    public PartitionMap snapshot() {
        return new PartitionMap(this);
    }

    /** {@code count} equal partitions sharing {@code total} evenly, keeping {@link SplitDefaults#HISTORY_TICKS} ticks of usage each. */
    public static PartitionMap withPartitions(int count, Throughput total) {
        return withPartitions(count, total, SplitDefaults.HISTORY_TICKS);
    }

    /** {@code count} equal partitions sharing {@code total} evenly, keeping {@code historyTicks} ticks of usage each. */
    public static PartitionMap withPartitions(int count, Throughput total, int historyTicks) {
        return new PartitionMap(count, total, historyTicks);
    }

    /** A provisioned table's layout: ceil(RCU/3000 + WCU/1000) partitions sharing the capacity evenly (F3.10, example 29). */
    public static PartitionMap provisioned(long readUnits, long writeUnits) {
        Throughput total = new Throughput(readUnits, writeUnits);
        return withPartitions(PartitionRules.partitionsSupporting(total), total);
    }

    /** A new on-demand table's layout: sized for its warm 12,000 RRU / 4,000 WRU, so 8 partitions of 1,500 / 500 (F3.22). */
    public static PartitionMap onDemand() {
        return withPartitions(PartitionRules.onDemandInitialPartitions(), PartitionRules.onDemandWarmThroughput());
    }

    /** The number of partitions. */
    public int size() {
        return partitions.length;
    }

    /** The partitions in key order. */
    public List<Partition> partitions() {
        return List.of(partitions);
    }

    /** The partition at this position in key order (0 owns the lowest tokens). */
    public Partition partitionAt(int index) {
        return partitions[index];
    }

    /** The position in key order of the partition that owns the token: a floor lookup, O(log n). */
    public int indexOf(Token token) {
        long high = token.high() ^ Long.MIN_VALUE;
        long low = token.low() ^ Long.MIN_VALUE;
        int lo = 0;
        int hi = startHigh.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            long h = startHigh[mid];
            if (h < high || (h == high && startLow[mid] <= low)) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The partition that owns the token. */
    public Partition route(Token token) {
        return partitions[indexOf(token)];
    }

    /** Where a token lives: the token, its partition and that partition's range. */
    public KeyPlacement describe(Token token) {
        return new KeyPlacement(token, route(token));
    }


    /** Whether a partition with this id is live (not yet split). */
    public boolean contains(PartitionId id) {
        return find(id) >= 0;
    }

    /** The live partition with this id. */
    public Partition partition(PartitionId id) {
        return partitions[require(id)];
    }

    /** The sum of all partitions' allocations. */
    public Throughput totalAllocated() {
        Throughput sum = Throughput.ZERO;
        for (Partition p : partitions) sum = sum.plus(p.allocated());
        return sum;
    }

    /** The sum of all partitions' stored bytes. */
    public long totalStoredBytes() {
        long sum = 0;
        for (Partition p : partitions) sum += p.storedBytes();
        return sum;
    }

    /** Adds {@code delta} bytes (negative when items shrink or go) to the partition owning the token. */
    public void addStoredBytes(Token token, long delta) {
        int i = indexOf(token);
        partitions[i] = partitions[i].withStoredBytes(partitions[i].storedBytes() + delta);
    }

    /** Adds {@code delta} bytes to the partition at a position in key order (no look-up by id). */
    public void addStoredBytesAt(int index, long delta) {
        partitions[index] = partitions[index].withStoredBytes(partitions[index].storedBytes() + delta);
    }

    /** Sets a partition's stored bytes, e.g. from a recount after a split. */
    public void setStoredBytes(PartitionId id, long bytes) {
        int i = require(id);
        partitions[i] = partitions[i].withStoredBytes(bytes);
    }

    /** Records one tick of a partition's usage. */
    public void recordUsage(PartitionId id, TickUsage tick) {
        usage[require(id)].record(tick);
    }

    /** A partition's recent usage (live view, bounded). */
    public ConsumptionHistory usage(PartitionId id) {
        return usage[require(id)];
    }

    /** The recent usage of the partition at this position in key order (live view, bounded). */
    public ConsumptionHistory usageAt(int index) {
        return usage[index];
    }

    /**
     * Splits one partition at a token into two children, lower first, numbered with the next two ids.
     * Each child gets half the parent's throughput (throughput dilution, F3.10, example 31) and the
     * parent's bytes in proportion to its share of the range (a uniform-hashing estimate; correct it
     * with {@link #setStoredBytes} or use {@link #split(PartitionId, Token, long)}). Children start with
     * an empty usage history. Returns the two children.
     */
    public List<Partition> split(PartitionId id, Token at) {
        Partition parent = partition(id);
        BigInteger lowerWidth = at.toBigInteger().subtract(parent.range().start().toBigInteger());
        long lowerBytes = BigInteger.valueOf(parent.storedBytes()).multiply(lowerWidth).divide(parent.range().width()).longValueExact();
        return split(id, at, lowerBytes);
    }

    /** Splits one partition at a token as {@link #split(PartitionId, Token)}, giving the lower child {@code lowerBytes}. */
    public List<Partition> split(PartitionId id, Token at, long lowerBytes) {
        int i = require(id);
        Partition parent = partitions[i];
        if (lowerBytes < 0 || lowerBytes > parent.storedBytes()) throw new IllegalArgumentException("lower child bytes out of range");
        List<TokenRange> halves = parent.range().split(at);
        Throughput half = parent.allocated().halved();
        Partition lower = new Partition(new PartitionId(nextNumber++), halves.get(0), half, lowerBytes);
        Partition upper = new Partition(new PartitionId(nextNumber++), halves.get(1), half, parent.storedBytes() - lowerBytes);
        List<Partition> next = new ArrayList<>(Arrays.asList(partitions));
        next.set(i, lower);
        next.add(i + 1, upper);
        ConsumptionHistory[] nextUsage = new ConsumptionHistory[next.size()];
        System.arraycopy(usage, 0, nextUsage, 0, i);
        System.arraycopy(usage, i + 1, nextUsage, i + 2, usage.length - i - 1);
        install(next, nextUsage);
        return List.of(lower, upper);
    }

    /** Carries out a split plan; returns the two children, or no partitions if the plan's partition was split meanwhile. */
    public List<Partition> apply(SplitPlan plan) {
        if (!contains(plan.partition())) return List.of();
        return split(plan.partition(), plan.at());
    }

    /**
     * Splits every partition at its midpoint, in key order; each child gets half its parent's throughput and
     * bytes. The result reports the first partition's new share; {@link #provision} then re-divides evenly.
     */
    public Reallocation doubleAll() {
        int before = size();
        List<Partition> parents = partitions();
        for (Partition p : parents) split(p.id(), p.range().midpoint());
        return new Reallocation(before, size(), partitions[0].allocated());
    }

    /**
     * Sets the table's (or index's) throughput: the partitions double while they cannot support it (F3.10,
     * examples 30 and 32), then the throughput is divided evenly. Lowering it, or switching mode, keeps the
     * partitions and only re-divides (F3.14).
     */
    public Reallocation provision(Throughput total) {
        int before = size();
        int target = PartitionRules.partitionsAfterRaise(before, total);
        while (size() < target) doubleAll();
        Throughput each = divide(total);
        return new Reallocation(before, size(), each);
    }

    /** Divides this throughput evenly across the current partitions, keeping them all. */
    public Reallocation divideEvenly(Throughput total) {
        return new Reallocation(size(), size(), divide(total));
    }

    /** An aligned table of the partitions: id, range start and end in short hex, share of key space, throughput, size. */
    @Override
    public String toString() {
        return PartitionTable.render(this);
    }

    private Throughput divide(Throughput total) {
        Throughput each = total.dividedBy(size());
        for (int i = 0; i < partitions.length; i++) partitions[i] = partitions[i].withAllocated(each);
        return each;
    }

    private void install(List<Partition> list, ConsumptionHistory[] histories) {
        partitions = list.toArray(new Partition[0]);
        startHigh = new long[partitions.length];
        startLow = new long[partitions.length];
        for (int i = 0; i < partitions.length; i++) {
            Token start = partitions[i].range().start();
            startHigh[i] = start.high() ^ Long.MIN_VALUE;
            startLow[i] = start.low() ^ Long.MIN_VALUE;
            if (histories[i] == null) histories[i] = new ConsumptionHistory(historyTicks);
        }
        usage = histories;
        positions.clear();
        for (int i = 0; i < partitions.length; i++) positions.put(partitions[i].id(), i);
    }

    private int find(PartitionId id) {
        Integer i = positions.get(id);
        return i == null ? -1 : i;
    }

    private int require(PartitionId id) {
        int i = find(id);
        if (i < 0) throw new IllegalArgumentException("no live partition " + id);
        return i;
    }
}
