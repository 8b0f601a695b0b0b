package dev.dynasim.engine.table;

/** How much consumed capacity an operation reports. */
public enum ReturnConsumedCapacity { NONE, TOTAL, INDEXES }
