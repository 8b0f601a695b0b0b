package dev.dynasim.engine.trace;

/** Why a partition split: it grew near the size limit, it stayed hot, or table throughput was raised (F3.3). */
public enum SplitCause { SIZE, HEAT, THROUGHPUT }
