package dev.dynasim.engine.sim;

import dev.dynasim.engine.partition.HeatSplitPolicy;
import dev.dynasim.engine.partition.SizeSplitPolicy;
import dev.dynasim.engine.table.SplitSettings;

/**
 * Optional changes to the split settings of {@link SplitSettings#DEFAULTS}: each null field keeps
 * the documented default (see {@code SplitDefaults}). Lessons lower the size threshold or the heat
 * sustain time so that a split happens within minutes.
 */
public record SplitOverrides(Long sizeThresholdBytes, Long sizeSplitDurationMillis, Double heatThresholdFraction,
                             Long heatSustainMillis, Long heatSplitDurationMillis, Double maxHotChildShare) {
    /** No overrides: the defaults. */
    public static final SplitOverrides NONE = new SplitOverrides(null, null, null, null, null, null);

    /** Whether every field keeps its default. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The split settings: the defaults with these overrides applied. */
    public SplitSettings settings() {
        SizeSplitPolicy size = SplitSettings.DEFAULTS.size();
        HeatSplitPolicy heat = SplitSettings.DEFAULTS.heat();
        return new SplitSettings(
                new SizeSplitPolicy(or(sizeThresholdBytes, size.thresholdBytes()),
                        or(sizeSplitDurationMillis, size.splitDurationMillis())),
                new HeatSplitPolicy(or(heatThresholdFraction, heat.thresholdFraction()),
                        or(heatSustainMillis, heat.sustainMillis()),
                        or(heatSplitDurationMillis, heat.splitDurationMillis()),
                        or(maxHotChildShare, heat.maxHotChildShare())));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
