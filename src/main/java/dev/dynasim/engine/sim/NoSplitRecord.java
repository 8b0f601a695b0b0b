package dev.dynasim.engine.sim;

/** A hot partition that no split would help (one hot key, or sequential keys), as the trace reported it. */
public record NoSplitRecord(long timeMillis, String table, String index, long partition, String why) {
}
