package dev.dynasim.engine.partition;

/** Why a partition splits. */
public enum SplitCause {
    /** It stores close to 10 GB (F3.8, F3.10); the data is halved at its median key. */
    SIZE,
    /** Its consumption stayed near its limit (split for heat, F3.13); the load is divided at an observed key. */
    HEAT,
    /** Provisioned throughput was raised beyond what the partitions support; every partition splits (F3.10). */
    THROUGHPUT
}
