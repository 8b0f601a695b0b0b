package dev.dynasim.engine.billing;

/** What a price sheet prices (facts file, section 5), with the unit its price is per. */
public enum PriceKey {
    /** On-demand write request units (P1-P2). */
    ON_DEMAND_WRITE("million WRU"),
    /** On-demand read request units (P1-P2). */
    ON_DEMAND_READ("million RRU"),
    /** Provisioned write capacity (P3). */
    PROVISIONED_WRITE("WCU-hour"),
    /** Provisioned read capacity (P3). */
    PROVISIONED_READ("RCU-hour"),
    /** On-demand write request units of the Standard-IA table class (P7: dearer throughput; a parameter). */
    ON_DEMAND_WRITE_IA("million WRU"),
    /** On-demand read request units of the Standard-IA table class (P7). */
    ON_DEMAND_READ_IA("million RRU"),
    /** Provisioned write capacity of the Standard-IA table class (P7). */
    PROVISIONED_WRITE_IA("WCU-hour"),
    /** Provisioned read capacity of the Standard-IA table class (P7). */
    PROVISIONED_READ_IA("RCU-hour"),
    /** Standard table class storage (P6). */
    STORAGE_STANDARD("GB-month"),
    /** Standard-IA table class storage (P7). */
    STORAGE_STANDARD_IA("GB-month"),
    /** Replicated write request units of global tables (P5). */
    REPLICATED_WRITE("million rWRU"),
    /** Replicated provisioned write capacity of global tables (P5). */
    REPLICATED_WRITE_CAPACITY("rWCU-hour"),
    /** Always-free storage per month (P8). */
    FREE_STORAGE("GB"),
    /** Always-free provisioned write capacity (P8). */
    FREE_WRITE_CAPACITY("WCU"),
    /** Always-free provisioned read capacity (P8). */
    FREE_READ_CAPACITY("RCU");

    private final String unit;

    PriceKey(String unit) {
        this.unit = unit;
    }

    /** The unit the price or allowance is per, e.g. "million WRU". */
    public String unit() {
        return unit;
    }
}
