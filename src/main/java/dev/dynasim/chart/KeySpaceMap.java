package dev.dynasim.chart;

import java.util.List;

/**
 * The dataset of the key-space chart: one base table's partitions as ranges of the hashed key space,
 * at creation and after its splits (one band each), and chosen keys where they hash.
 */
public record KeySpaceMap(String scenario, String table, long endMillis, List<Band> bands, List<KeyMark> keys) {
    /** Copies the lists. */
    public KeySpaceMap {
        bands = List.copyOf(bands);
        keys = List.copyOf(keys);
    }

    /** The partitions from {@code timeMillis} on, in key order; {@code label} says what made the band. */
    public record Band(long timeMillis, String label, List<Range> partitions) {
        /** Copies the list. */
        public Band {
            partitions = List.copyOf(partitions);
        }
    }

    /**
     * One partition's range {@code [startToken, endToken)}, 32 hex digits each ({@code endToken} null
     * at the top of the key space), as fractions of the key space; {@code tokens} is its width in tokens
     * (a decimal string: it can reach 2^128), {@code split} whether a split made it since the band before.
     */
    public record Range(long partition, String startToken, String endToken, double start, double end, String tokens, boolean split) {
    }

    /**
     * A hot key no split can help ({@code NoSplitHelps} named it), marked on the map: its token and
     * position, a label, and the partition that owns it in the last band.
     */
    public record KeyMark(String keyToken, double position, String label, long partition) {
    }
}
