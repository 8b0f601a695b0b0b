package dev.dynasim.engine.model;

/**
 * DynamoDB's data-model and request limits, each defined once with its source in the facts file
 * ({@code shared/reference/dynamodb-facts.md}). Sizes are binary: 1 KB = 1,024 bytes.
 */
public final class Limits {
    private Limits() {
    }

    /** Largest item, name and value bytes: 400 KB (F1.19, Limits.html). */
    public static final int MAX_ITEM_BYTES = 409_600;
    /** Longest partition key value in bytes (F1.10). */
    public static final int MAX_PARTITION_KEY_BYTES = 2_048;
    /** Longest sort key value in bytes (F1.10). */
    public static final int MAX_SORT_KEY_BYTES = 1_024;
    /** Deepest nesting of lists and maps (F1.5). */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Most significant digits of a number (F1.16). */
    public static final int MAX_NUMBER_DIGITS = 38;
    /** Largest decimal exponent of a number's magnitude: below 1E+126 (F1.17). */
    public static final int MAX_NUMBER_EXPONENT = 125;
    /** Smallest decimal exponent of a non-zero number's magnitude: 1E-130 (F1.17). */
    public static final int MIN_NUMBER_EXPONENT = -130;
    /** Attribute names are under 64 KB (F1.14). */
    public static final int MAX_ATTRIBUTE_NAME_BYTES = 65_535;
    /** Shortest table or index name (F1.13). */
    public static final int MIN_TABLE_NAME_LENGTH = 3;
    /** Longest table or index name (F1.13). */
    public static final int MAX_TABLE_NAME_LENGTH = 255;
    /** Most global secondary indexes per table, the adjustable default (F1.6 table, Limits.html). */
    public static final int MAX_GLOBAL_INDEXES = 20;
    /** Most local secondary indexes per table (F1.6 table, Limits.html). */
    public static final int MAX_LOCAL_INDEXES = 5;
    /** Most items in one BatchGetItem (F1.6 table). */
    public static final int MAX_BATCH_GET_ITEMS = 100;
    /** Most put or delete requests in one BatchWriteItem (F1.6 table). */
    public static final int MAX_BATCH_WRITE_ITEMS = 25;
    /** Most actions in one transaction (F1.6 table, transaction-apis.html). */
    public static final int MAX_TRANSACTION_ITEMS = 100;
    /** Largest page a Query or Scan reads before filtering: 1 MB (F1.6 table). */
    public static final int MAX_PAGE_BYTES = 1_048_576;
    /** Most segments of a parallel Scan (oracle errors.jsonl, scan-total-segments-too-many). */
    public static final int MAX_TOTAL_SEGMENTS = 1_000_000;
    /** Largest item collection of a table with an LSI: 10 GB (F3.6). */
    public static final long MAX_ITEM_COLLECTION_BYTES = 10L * 1024 * 1024 * 1024;
    /** Storage overhead billed per item and per index entry: 100 bytes (F1.24). */
    public static final int STORAGE_OVERHEAD_BYTES = 100;
    /** Bytes covered by one read unit: 4 KB (F2.1). */
    public static final int READ_UNIT_BYTES = 4_096;
    /** Bytes covered by one write unit: 1 KB (F2.2). */
    public static final int WRITE_UNIT_BYTES = 1_024;
    /** Minimum provisioned RCU/WCU of a table or GSI (F2.19). */
    public static final long MIN_PROVISIONED_UNITS = 1;
    /** Default per-table maximum RCU and WCU (F2.19; DescribeLimits in the oracle). */
    public static final long TABLE_MAX_CAPACITY_UNITS = 40_000;
    /** Default per-account maximum RCU and WCU (F2.19; DescribeLimits in the oracle). */
    public static final long ACCOUNT_MAX_CAPACITY_UNITS = 80_000;

    /** Most read capacity units one partition serves per second (F3.7). */
    public static final long PARTITION_MAX_RCU = 3_000;
    /** Most write capacity units one partition serves per second (F3.7). */
    public static final long PARTITION_MAX_WCU = 1_000;
    /** Size at which a partition splits: "approximately 10 GB" (F3.8, D9). */
    public static final long PARTITION_SPLIT_BYTES = 10L * 1024 * 1024 * 1024;
    /** Seconds of unused capacity a partition banks as burst capacity (F3.16). */
    public static final long BURST_SECONDS = 300;
    /** Read request units per second a new on-demand table serves at once (F3.22, F3.27). */
    public static final long ON_DEMAND_INITIAL_RRU = 12_000;
    /** Write request units per second a new on-demand table serves at once (F3.22, F3.27). */
    public static final long ON_DEMAND_INITIAL_WRU = 4_000;
    /** An on-demand table serves up to this multiple of its previous peak at once (F3.23). */
    public static final long ON_DEMAND_PEAK_MULTIPLIER = 2;
    /** Growth beyond double the previous peak is spread over this long: 30 minutes (F3.23, D12). */
    public static final long ON_DEMAND_GROWTH_WINDOW_MILLIS = 30L * 60 * 1000;
}
