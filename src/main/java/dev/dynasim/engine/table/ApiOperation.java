package dev.dynasim.engine.table;

/** The data-plane operations that consume capacity, by their DynamoDB API names. */
public enum ApiOperation {
    GET_ITEM("GetItem"), PUT_ITEM("PutItem"), UPDATE_ITEM("UpdateItem"), DELETE_ITEM("DeleteItem"), QUERY("Query"),
    SCAN("Scan"), BATCH_GET_ITEM("BatchGetItem"), BATCH_WRITE_ITEM("BatchWriteItem"),
    TRANSACT_GET_ITEMS("TransactGetItems"), TRANSACT_WRITE_ITEMS("TransactWriteItems");

    private final String apiName;

    ApiOperation(String apiName) {
        this.apiName = apiName;
    }

    /** The DynamoDB API name, e.g. {@code GetItem}. */
    public String apiName() {
        return apiName;
    }
}
