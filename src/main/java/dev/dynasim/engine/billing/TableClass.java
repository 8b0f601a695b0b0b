package dev.dynasim.engine.billing;

/** A table's class: what its storage costs (P6, P7). */
public enum TableClass {
    /** The default class (P6). */
    STANDARD,
    /** Cheaper storage, dearer throughput (P7). */
    STANDARD_INFREQUENT_ACCESS
}
