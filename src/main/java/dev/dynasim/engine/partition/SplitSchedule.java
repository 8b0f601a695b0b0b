package dev.dynasim.engine.partition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The splits decided but not yet completed for one partition map (splits take minutes, F3.13): at most
 * one per partition, so a policy's repeated decision is not scheduled twice. The engine asks for the
 * plans that are due and applies them with {@link PartitionMap#apply(SplitPlan)}.
 */
public final class SplitSchedule {
    private final Map<PartitionId, SplitPlan> pending = new LinkedHashMap<>();

    /** Schedules a plan; returns false, scheduling nothing, if the partition already has a split under way. */
    public boolean begin(SplitPlan plan) {
        return pending.putIfAbsent(plan.partition(), plan) == null;
    }

    /** Drops the split under way of a partition that split another way first; returns it, or null if there was none. */
    public SplitPlan cancel(PartitionId id) {
        return pending.remove(id);
    }

    /** Whether the partition has a split under way. */
    public boolean isSplitting(PartitionId id) {
        return pending.containsKey(id);
    }

    /** The plans under way, in the order they were scheduled. */
    public List<SplitPlan> pending() {
        return List.copyOf(pending.values());
    }

    /** Removes and returns the plans completing at or before {@code nowMillis}, by completion time, then scheduling order. */
    public List<SplitPlan> takeDue(long nowMillis) {
        List<SplitPlan> due = new ArrayList<>();
        for (SplitPlan p : pending.values()) if (p.completesAtMillis() <= nowMillis) due.add(p);
        due.sort(Comparator.comparingLong(SplitPlan::completesAtMillis));
        for (SplitPlan p : due) pending.remove(p.partition());
        return due;
    }
}
