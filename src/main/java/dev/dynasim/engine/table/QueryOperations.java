package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.ReadConsistency;
import dev.dynasim.engine.expr.CompiledExpressions;
import dev.dynasim.engine.expr.Expressions;
import dev.dynasim.engine.expr.ProjectionPaths;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.model.ProjectionType;
import java.util.List;
import java.util.Map;

/** Query and Scan over a table or one of its secondary indexes. */
final class QueryOperations {
    private final Database db;

    QueryOperations(Database db) {
        this.db = db;
    }

    QueryResult query(QueryRequest r, String action) {
        checkLimit(r.limit());
        LegacyParameters.checkNotMixed(
                Map.of("KeyConditions", r.keyConditions() != null, "QueryFilter", r.queryFilter() != null,
                        "AttributesToGet", r.attributesToGet() != null),
                Map.of("KeyConditionExpression", r.keyConditionExpression() != null,
                        "FilterExpression", r.filterExpression() != null, "ProjectionExpression", r.projectionExpression() != null));
        LegacyParameters legacy = new LegacyParameters();
        String keyText = r.keyConditionExpression() != null ? r.keyConditionExpression() : legacy.condition(r.keyConditions(), null);
        String filterText = r.filterExpression() != null ? r.filterExpression() : legacy.condition(r.queryFilter(), r.conditionalOperator());
        String projectionText = r.projectionExpression() != null ? r.projectionExpression() : legacy.projection(r.attributesToGet());
        Select select = select(r.select(), projectionText);
        CompiledExpressions compiled = Expressions.compile(legacy.expressions(null, keyText, filterText, projectionText, null,
                r.expressionAttributeNames(), r.expressionAttributeValues()));
        Table table = db.table(r.tableName());
        SecondaryIndex index = index(table, r.indexName(), r.consistentRead(), select);
        KeySchema schema = index == null ? table.key() : index.spec.keySchema();
        if (compiled.keyCondition() == null) {
            throw DynamoDbException.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        KeyRange range = KeyRange.of(schema, compiled.keyCondition().terms());
        if (db.authorizing()) db.authorize(action, table.name(), r.indexName(), List.of(range.partitionKey()), ItemOperations.names(compiled.projection()),
                r.select() == null ? null : r.select().name(), null);
        if (compiled.filter() != null) {
            for (String name : compiled.filter().topLevelNames()) {
                if (schema.contains(name)) {
                    throw DynamoDbException.validation("Filter Expression can only contain non-primary key attributes: Primary key attribute: " + name);
                }
            }
        }
        Map<String, AttributeValue> start = r.exclusiveStartKey();
        StartKeys.check(table, index, start, range.partitionKey());
        SortedStore store = index == null ? table.store : index.store;
        SortKey after = start == null ? null : (index == null ? table.sortKeyOf(start) : index.positionOf(start));
        boolean forward = r.scanIndexForward() == null || r.scanIndexForward();
        ItemGroup group = store.group(range.partitionKey());
        ReadPage page = page(table, index, compiled, select, r.consistentRead());
        return page.read(range.entries(group, after, forward), r.limit(), r.returnConsumedCapacity(), range.partitionKey(), db.now());
    }

    QueryResult scan(ScanRequest r) {
        checkLimit(r.limit());
        Segments segments = Segments.of(r.segment(), r.totalSegments());
        LegacyParameters.checkNotMixed(
                Map.of("ScanFilter", r.scanFilter() != null, "AttributesToGet", r.attributesToGet() != null),
                Map.of("FilterExpression", r.filterExpression() != null, "ProjectionExpression", r.projectionExpression() != null));
        LegacyParameters legacy = new LegacyParameters();
        String filterText = r.filterExpression() != null ? r.filterExpression() : legacy.condition(r.scanFilter(), r.conditionalOperator());
        String projectionText = r.projectionExpression() != null ? r.projectionExpression() : legacy.projection(r.attributesToGet());
        Select select = select(r.select(), projectionText);
        CompiledExpressions compiled = Expressions.compile(legacy.expressions(null, null, filterText, projectionText, null,
                r.expressionAttributeNames(), r.expressionAttributeValues()));
        Table table = db.table(r.tableName());
        SecondaryIndex index = index(table, r.indexName(), r.consistentRead(), select);
        if (db.authorizing()) db.authorize("Scan", table.name(), r.indexName(), null, ItemOperations.names(compiled.projection()),
                r.select() == null ? null : r.select().name(), null);
        Map<String, AttributeValue> start = r.exclusiveStartKey();
        StartKeys.check(table, index, start, null);
        ReadPage page = page(table, index, compiled, select, r.consistentRead());
        return page.read(ScanCursor.entries(table, index, segments, start == null ? null : startOf(table, index, start)),
                r.limit(), r.returnConsumedCapacity(), null, db.now());
    }

    private static ScanCursor.Start startOf(Table table, SecondaryIndex index, Map<String, AttributeValue> start) {
        String pk = index == null ? table.key().partitionKey().name() : index.spec.keySchema().partitionKey().name();
        return new ScanCursor.Start(start.get(pk), start);
    }

    private ReadPage page(Table table, SecondaryIndex index, CompiledExpressions compiled, Select select, boolean consistentRead) {
        ProjectionPaths projection = compiled.projection();
        boolean fetch = false;
        if (index != null && !index.spec.global() && index.spec.projection().type() != ProjectionType.ALL) {
            fetch = select == Select.ALL_ATTRIBUTES || (projection != null && !projected(index, projection));
        }
        return new ReadPage(table, index, compiled.filter(), projection, select == Select.COUNT, fetch,
                ReadConsistency.of(consistentRead));
    }

    private static boolean projected(SecondaryIndex index, ProjectionPaths projection) {
        for (String name : projection.topLevelNames()) {
            if (index.tableKey.contains(name) || index.spec.keySchema().contains(name)) continue;
            if (index.spec.projection().type() == ProjectionType.INCLUDE
                    && index.spec.projection().nonKeyAttributes().contains(name)) continue;
            return false;
        }
        return true;
    }

    private static void checkLimit(Integer limit) {
        if (limit != null && limit < 1) throw DynamoDbException.validation("Limit must be greater than or equal to 1");
    }

    private static Select select(Select requested, String projection) {
        if (requested == null) return projection != null ? Select.SPECIFIC_ATTRIBUTES : null;
        if (projection != null && requested == Select.COUNT) {
            throw DynamoDbException.validation("Cannot specify the ProjectionExpression when choosing to get only the Count");
        }
        if (projection != null && requested != Select.SPECIFIC_ATTRIBUTES) {
            throw DynamoDbException.validation("Cannot specify the ProjectionExpression when choosing to get "
                    + requested.name());
        }
        if (projection == null && requested == Select.SPECIFIC_ATTRIBUTES) {
            throw DynamoDbException.validation("Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
        }
        return requested;
    }

    /** The index a read names (null for the table), checked for the read's consistency and Select. */
    private static SecondaryIndex index(Table table, String indexName, boolean consistentRead, Select select) {
        SecondaryIndex index = null;
        if (indexName != null) {
            index = table.indexes.get(indexName);
            if (index == null) throw DynamoDbException.validation("The table does not have the specified index: " + indexName);
        }
        if (consistentRead && index != null && index.spec.global()) {
            throw DynamoDbException.validation("Consistent read cannot be true when querying a GSI");
        }
        checkSelect(index, select);
        return index;
    }

    private static void checkSelect(SecondaryIndex index, Select select) {
        if (select == Select.ALL_PROJECTED_ATTRIBUTES && index == null) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Select type ALL_PROJECTED_ATTRIBUTES is not supported for a table without an index");
        }
        if (select == Select.ALL_ATTRIBUTES && index != null && index.spec.global()
                && index.spec.projection().type() != ProjectionType.ALL) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index "
                    + index.spec.name() + " because its projection type is not ALL");
        }
    }
}
