package dev.dynasim.engine.table;

import dev.dynasim.engine.partition.NoSplit;
import dev.dynasim.engine.partition.Partition;
import dev.dynasim.engine.partition.SplitPlan;
import java.util.List;

/**
 * A split decision of a tick, as a value: a split started (the plan, completing later), a split
 * completed (the plan and the two children), a split under way dropped because its partition split
 * another way first ({@code cancelled}, with {@code why}), or a hot partition that is not splitting
 * ({@code noSplit}): either no split would help (F3.13) or its heat has not yet lasted long enough
 * (a deferred split, {@link NoSplit#splitWouldNotHelp()} false). {@code index} is null for the table.
 */
public record SplitEvent(String table, String index, SplitPlan started, SplitPlan completed, List<Partition> children,
                         NoSplit noSplit, SplitPlan cancelled, String why) {

    static SplitEvent started(String table, String index, SplitPlan plan) {
        return new SplitEvent(table, index, plan, null, List.of(), null, null, null);
    }

    static SplitEvent completed(String table, String index, SplitPlan plan, List<Partition> children) {
        return new SplitEvent(table, index, null, plan, List.copyOf(children), null, null, null);
    }

    /** A hot partition that does not split: beyond help, or not yet (deferred). */
    static SplitEvent noSplit(String table, String index, NoSplit decision) {
        return new SplitEvent(table, index, null, null, List.of(), decision, null, null);
    }

    static SplitEvent cancelled(String table, String index, SplitPlan plan, String why) {
        return new SplitEvent(table, index, null, null, List.of(), null, plan, why);
    }
}
