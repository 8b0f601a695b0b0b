package dev.dynasim.engine.table;

import dev.dynasim.engine.partition.HeatSplitPolicy;
import dev.dynasim.engine.partition.SizeSplitPolicy;

/**
 * How partitions decide to split, for every table and GSI of a database: for size (near 10 GB)
 * and for heat (sustained consumption near the limit). Defaults from
 * {@link dev.dynasim.engine.partition.SplitDefaults}; lessons lower them to show a split quickly.
 */
public record SplitSettings(SizeSplitPolicy size, HeatSplitPolicy heat) {
    /** The documented defaults. */
    public static final SplitSettings DEFAULTS = new SplitSettings(SizeSplitPolicy.defaults(), HeatSplitPolicy.defaults());
}
