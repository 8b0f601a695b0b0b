package dev.dynasim.engine.table;

import java.util.function.LongSupplier;

/**
 * One simulated DynamoDB account in one Region: its tables and the operations on them, at the
 * current simulated time. Every operation validates its request as DynamoDB does and either
 * returns a result value or throws a {@link dev.dynasim.engine.model.DynamoDbException} with
 * DynamoDB's exception name and message; bad input never changes stored data.
 */
public final class Database {
    private final LongSupplier clock;

    /** A database whose timestamps come from the given simulated clock (milliseconds). */
    public Database(LongSupplier clock) {
        this.clock = clock;
    }

    /** A database at simulated time zero. */
    public Database() {
        this(() -> 0L);
    }

    /** Creates a table (CreateTable). */
    public TableDescription createTable(CreateTableRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Describes a table (DescribeTable). */
    public TableDescription describeTable(String tableName) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Lists table names in order, from after {@code exclusiveStartTableName}, at most {@code limit} (ListTables). */
    public ListTablesResult listTables(String exclusiveStartTableName, Integer limit) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Changes billing mode, throughput or GSIs (UpdateTable). */
    public TableDescription updateTable(UpdateTableRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Deletes a table (DeleteTable) and returns its last description. */
    public TableDescription deleteTable(String tableName) {
        throw new UnsupportedOperationException("in progress");
    }

    /** PutItem. */
    public PutItemResult putItem(PutItemRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** GetItem. */
    public GetItemResult getItem(GetItemRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** UpdateItem. */
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** DeleteItem. */
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Query. */
    public QueryResult query(QueryRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Scan. */
    public QueryResult scan(ScanRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** BatchGetItem. */
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** BatchWriteItem. */
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** TransactGetItems. */
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** TransactWriteItems. */
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The current simulated time in milliseconds. */
    public long now() {
        return clock.getAsLong();
    }
}
