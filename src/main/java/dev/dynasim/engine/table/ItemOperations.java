package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.CapacityUnits;
import dev.dynasim.engine.capacity.OperationType;
import dev.dynasim.engine.capacity.ReadConsistency;
import dev.dynasim.engine.expr.CompiledExpressions;
import dev.dynasim.engine.expr.Condition;
import dev.dynasim.engine.expr.Expressions;
import dev.dynasim.engine.expr.ProjectionPaths;
import dev.dynasim.engine.expr.Update;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.partition.Token;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The single-item operations: PutItem, GetItem, UpdateItem and DeleteItem. */
final class ItemOperations {
    static final Set<ReturnValue> PUT_OR_DELETE_RETURNS = EnumSet.of(ReturnValue.NONE, ReturnValue.ALL_OLD);
    private static final Set<ReturnValue> UPDATE_RETURNS = EnumSet.allOf(ReturnValue.class);

    private final Database db;

    ItemOperations(Database db) {
        this.db = db;
    }

    PutItemResult put(PutItemRequest r) {
        ReturnValue returns = Requests.returnValues(r.returnValues(), PUT_OR_DELETE_RETURNS);
        Condition condition = writeCondition(r.returnValuesOnConditionCheckFailure(), r.conditionExpression(), r.expected(),
                r.conditionalOperator(), r.expressionAttributeNames(), r.expressionAttributeValues());
        Map<String, AttributeValue> item = Requests.orEmpty(r.item());
        ItemValidator.validateItem(item);
        Table table = db.table(r.tableName());
        ItemValidator.validateItemKeys(table.spec, item);
        if (db.authorizing()) db.authorize("PutItem", table.name(), null, List.of(table.partitionKeyOf(item)), item.keySet(), null, returns.name());
        WriteOutcome outcome = writeIf(table, item, StoredItem.of(item), condition, r.returnValuesOnConditionCheckFailure());
        return new PutItemResult(oldImage(returns, outcome), report(table, outcome, r.returnConsumedCapacity()),
                collectionMetrics(table, item, r.returnItemCollectionMetrics()));
    }

    GetItemResult get(GetItemRequest r) {
        LegacyParameters legacy = new LegacyParameters();
        if (r.attributesToGet() != null) {
            LegacyParameters.checkNotMixed(Map.of("AttributesToGet", true), Map.of("ProjectionExpression", r.projectionExpression() != null));
        }
        String projection = r.projectionExpression() != null ? r.projectionExpression() : legacy.projection(r.attributesToGet());
        CompiledExpressions compiled = Expressions.compile(legacy.expressions(null, null, null, projection, null,
                r.expressionAttributeNames(), null));
        Map<String, AttributeValue> key = Requests.orEmpty(r.key());
        ItemValidator.validateItem(key);
        Table table = db.table(r.tableName());
        ItemValidator.validateKey(table.spec, key);
        AttributeValue pk = table.partitionKeyOf(key);
        if (db.authorizing()) db.authorize("GetItem", table.name(), null, List.of(pk), names(compiled.projection()), null, null);
        ItemGroup group = table.group(pk);
        SortKey sk = table.sortKeyOf(key);
        StoredItem current = group == null ? null : group.entries.get(sk);
        Token token = group != null ? group.token : table.hash.token(pk);
        VersionLog.Seen seen = table.readItem(token, pk, sk, current, r.consistentRead());
        StoredItem stored = seen.item();
        double units = CapacityUnits.readUnits(stored == null ? 0 : stored.bytes(), ReadConsistency.of(r.consistentRead()));
        table.admitRead(null, token, units, db.now());
        if (!r.consistentRead()) table.replication.countEventual(seen);
        table.usage.read(units);
        CapacityTally tally = new CapacityTally(table.name());
        tally.addTable(units);
        Map<String, AttributeValue> item = stored == null ? null : project(compiled.projection(), stored.attributes());
        return new GetItemResult(item, tally.report(r.returnConsumedCapacity(), null));
    }

    UpdateItemResult update(UpdateItemRequest r) {
        ReturnValue returns = Requests.returnValues(r.returnValues(), UPDATE_RETURNS);
        Requests.returnValues(r.returnValuesOnConditionCheckFailure(), PUT_OR_DELETE_RETURNS);
        LegacyParameters.checkNotMixed(
                Map.of("Expected", r.expected() != null, "AttributeUpdates", r.attributeUpdates() != null),
                Map.of("ConditionExpression", r.conditionExpression() != null, "UpdateExpression", r.updateExpression() != null));
        LegacyParameters legacy = new LegacyParameters();
        String conditionText = r.conditionExpression() != null ? r.conditionExpression()
                : legacy.condition(r.expected(), r.conditionalOperator());
        String updateText = r.updateExpression() != null ? r.updateExpression() : legacy.update(r.attributeUpdates());
        CompiledExpressions compiled = Expressions.compile(legacy.expressions(conditionText, null, null, null, updateText,
                r.expressionAttributeNames(), r.expressionAttributeValues()));
        Map<String, AttributeValue> key = Requests.orEmpty(r.key());
        ItemValidator.validateItem(key);
        Table table = db.table(r.tableName());
        ItemValidator.validateKey(table.spec, key);
        Update update = compiled.update();
        if (db.authorizing()) db.authorize("UpdateItem", table.name(), null, List.of(table.partitionKeyOf(key)),
                update == null ? null : update.topLevelNames(), null, returns.name());
        if (update != null) Requests.checkKeyNotUpdated(table, update.topLevelNames());
        StoredItem before = table.get(key);
        Map<String, AttributeValue> start = before != null ? before.attributes() : new LinkedHashMap<>(key);
        Map<String, AttributeValue> changed = update == null ? start : update.apply(start);
        ItemValidator.validateUpdatedItem(table.spec, changed, r.updateExpression() != null);
        StoredItem after = StoredItem.of(changed);
        WriteOutcome outcome = writeIf(table, key, after, compiled.condition(), r.returnValuesOnConditionCheckFailure());
        Map<String, AttributeValue> attributes = switch (returns) {
            case NONE -> null;
            case ALL_OLD -> before == null ? null : before.attributes();
            case ALL_NEW -> after.attributes();
            case UPDATED_OLD -> before == null || update == null ? null : update.updatedPaths().apply(before.attributes());
            case UPDATED_NEW -> update == null ? null : update.updatedPaths().apply(after.attributes());
        };
        if (attributes != null && attributes.isEmpty()) attributes = null;
        return new UpdateItemResult(attributes, report(table, outcome, r.returnConsumedCapacity()),
                collectionMetrics(table, key, r.returnItemCollectionMetrics()));
    }

    DeleteItemResult delete(DeleteItemRequest r) {
        ReturnValue returns = Requests.returnValues(r.returnValues(), PUT_OR_DELETE_RETURNS);
        Condition condition = writeCondition(r.returnValuesOnConditionCheckFailure(), r.conditionExpression(), r.expected(),
                r.conditionalOperator(), r.expressionAttributeNames(), r.expressionAttributeValues());
        Map<String, AttributeValue> key = Requests.orEmpty(r.key());
        ItemValidator.validateItem(key);
        Table table = db.table(r.tableName());
        ItemValidator.validateKey(table.spec, key);
        if (db.authorizing()) db.authorize("DeleteItem", table.name(), null, List.of(table.partitionKeyOf(key)), null, null, returns.name());
        WriteOutcome outcome = writeIf(table, key, null, condition, r.returnValuesOnConditionCheckFailure());
        return new DeleteItemResult(oldImage(returns, outcome), report(table, outcome, r.returnConsumedCapacity()),
                collectionMetrics(table, key, r.returnItemCollectionMetrics()));
    }

    /** The condition of a PutItem or DeleteItem, after the checks of its condition parameters. */
    private static Condition writeCondition(ReturnValue onFailure, String expression, Map<String, ExpectedAttribute> expected,
                                            String operator, Map<String, String> names, Map<String, AttributeValue> values) {
        Requests.returnValues(onFailure, PUT_OR_DELETE_RETURNS);
        if (expected != null) {
            LegacyParameters.checkNotMixed(Map.of("Expected", true), Map.of("ConditionExpression", expression != null));
        }
        return condition(expression, expected, operator, names, values);
    }

    /** Writes {@code after} (null deletes) at {@code key} if the condition holds and capacity admits it, metering the units. */
    private WriteOutcome writeIf(Table table, Map<String, AttributeValue> key, StoredItem after, Condition condition,
                                 ReturnValue onFailure) {
        WritePlan plan = table.plan(key, after, false);
        table.checkWritable(plan.token());
        checkCondition(table, key, condition, plan.outcome().before(), after, onFailure);
        table.admit(plan, db.now());
        WriteOutcome outcome = table.apply(plan);
        table.usage.write(outcome.totalUnits(), outcome.totalUnits() - outcome.tableUnits(), false);
        return outcome;
    }

    private static Map<String, AttributeValue> oldImage(ReturnValue returns, WriteOutcome outcome) {
        return returns == ReturnValue.ALL_OLD && outcome.before() != null ? outcome.before().attributes() : null;
    }

    private static ConsumedCapacity report(Table table, WriteOutcome outcome, ReturnConsumedCapacity mode) {
        CapacityTally tally = new CapacityTally(table.name());
        tally.add(outcome);
        return tally.report(mode, null);
    }

    /** Compiles a condition given as an expression or as legacy Expected. */
    static Condition condition(String expression, Map<String, ExpectedAttribute> expected, String operator,
                               Map<String, String> names, Map<String, AttributeValue> values) {
        LegacyParameters legacy = new LegacyParameters();
        String text = expression != null ? expression : legacy.condition(expected, operator);
        return Expressions.compile(legacy.expressions(text, null, null, null, null, names, values)).condition();
    }

    /**
     * Throws ConditionalCheckFailedException when the condition is false, after charging what a
     * failed conditional write costs (F2.11: one unit when there is no item, else the new item's
     * size; a delete is sized on the item it would have deleted).
     */
    void checkCondition(Table table, Map<String, AttributeValue> key, Condition condition, StoredItem before,
                        StoredItem after, ReturnValue onFailure) {
        if (condition == null) return;
        if (condition.test(before == null ? Map.of() : before.attributes())) return;
        long bytes = before == null ? 0 : after != null ? after.bytes() : before.bytes();
        double units = CapacityUnits.writeUnits(bytes, false);
        table.admit(new RequestAdmission().add(table.partitions, table.store.token(table.partitionKeyOf(key)), OperationType.Write, units), db.now());
        table.usage.write(units);
        Map<String, AttributeValue> item = onFailure == ReturnValue.ALL_OLD && before != null ? before.attributes() : null;
        throw new DynamoDbException(ErrorCode.ConditionalCheckFailedException, ServiceMessages.CONDITIONAL_REQUEST_FAILED, item, null);
    }

    /** The top-level attribute names a projection names (null: none, all attributes). */
    static Set<String> names(ProjectionPaths projection) {
        return projection == null ? null : projection.topLevelNames();
    }

    /** The item restricted to a projection, or the item itself when there is none. */
    static Map<String, AttributeValue> project(ProjectionPaths projection, Map<String, AttributeValue> item) {
        return projection == null ? item : projection.apply(item);
    }

    /** ItemCollectionMetrics for a table with an LSI, when asked for. */
    static ItemCollectionMetrics collectionMetrics(Table table, Map<String, AttributeValue> item, boolean requested) {
        if (!requested || !table.hasLocalIndex()) return null;
        AttributeValue pk = table.partitionKeyOf(item);
        return ItemCollections.metrics(table.key().partitionKey().name(), pk, table.collectionBytes(pk));
    }
}
