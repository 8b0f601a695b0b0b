package dev.dynasim.engine.capacity;

/** Why a request is throttled (F3.31, API_ThrottlingReason). */
public enum LimitType {
    /** A partition's own ceiling (3,000 RCU / 1,000 WCU per second, or an on-demand partition not yet split), either mode. */
    KeyRangeThroughputExceeded,
    /** A provisioned table or GSI consumed more than its provisioned units (with burst and adaptive capacity). */
    ProvisionedThroughputExceeded,
    /** An on-demand table or GSI exceeded the per-table account quota (F2.19). */
    AccountLimitExceeded,
    /** An on-demand table or GSI exceeded its configured maximum throughput (F3.26). */
    MaxOnDemandThroughputExceeded
}
