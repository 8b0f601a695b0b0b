package dev.dynasim.engine.workload;

/** The operations a workload issues, with their DynamoDB API names. */
public enum Operation {
    GET("GetItem", true), PUT("PutItem", false), UPDATE("UpdateItem", false), DELETE("DeleteItem", false),
    QUERY("Query", true), SCAN("Scan", true);

    private final String apiName;
    private final boolean read;

    Operation(String apiName, boolean read) {
        this.apiName = apiName;
        this.read = read;
    }

    /** The DynamoDB API name, e.g. "GetItem" (the trace's operation field). */
    public String apiName() {
        return apiName;
    }

    /** True for reads (GET, QUERY, SCAN), which have a consistency. */
    public boolean isRead() {
        return read;
    }
}
