package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.ItemSizes;
import dev.dynasim.engine.model.KeyElement;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.model.ProjectionType;
import dev.dynasim.engine.model.TableSpec;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB's checks of items and keys, with its exact messages and in the order DynamoDB Local
 * makes them (oracle errors.jsonl): first every attribute in turn (its value, recursively, then
 * its name, then the running item size), then the table key, the LSI sort keys and the GSI keys.
 * All methods are static and side-effect free; the success path allocates little.
 */
public final class ItemValidator {
    /** errors.jsonl item-over-400kb-by-1. */
    public static final String ITEM_TOO_LARGE = "Item size has exceeded the maximum allowed size";
    /** errors.jsonl attribute-name-empty. */
    public static final String EMPTY_NAME = "Empty attribute name";
    /** errors.jsonl attribute-name-65536-bytes. */
    public static final String NAME_TOO_LARGE = "Attribute name is too large, must be less than 65536 bytes";
    /** errors.jsonl nesting-33-maps and nesting-32-lists. */
    public static final String NESTING = "Nesting Levels have exceeded supported limits: "
            + "Attributes in the item have nested levels beyond supported limit";
    /** errors.jsonl null-false. */
    public static final String NULL_FALSE =
            "One or more parameter values were invalid: Null attribute value types must have the value of true";
    /** Facts V11 (DynamoDB Local's text has the same double space). */
    public static final String EMPTY_SS = "One or more parameter values were invalid: An string set  may not be empty";
    /** Facts V11. */
    public static final String EMPTY_NS = "One or more parameter values were invalid: An number set  may not be empty";
    /** Facts V11. */
    public static final String EMPTY_BS = "One or more parameter values were invalid: Binary sets should not be empty";
    /** errors.jsonl duplicate-number-set-equal-value: any two members of equal value. */
    public static final String NS_DUPLICATES = "Input collection contains duplicates";
    /** errors.jsonl duplicate-binary-set. */
    public static final String BS_DUPLICATES =
            "One or more parameter values were invalid: Input collection of type BS contains duplicates.";
    /** A null where a value belongs (DynamoDB Local's wording). */
    public static final String NULL_VALUE = "The supplied Item contains a null AttributeValue";
    /** errors.jsonl missing-partition-key, missing-sort-key. */
    public static final String MISSING_KEY = "One of the required keys was not given a value";
    /** errors.jsonl sort-key-wrong-type, get-key-wrong-type. */
    public static final String KEY_TYPE_MISMATCH = "One or more parameter values were invalid: Type mismatch for key";
    /** errors.jsonl gsi-key-wrong-type. */
    public static final String INDEX_KEY_TYPE_MISMATCH =
            "One or more parameter values were invalid: Type mismatch for Index Key";
    /** A key value of type BOOL, NULL, M or L (DynamoDB Local's wording). */
    public static final String INVALID_KEY_VALUE_TYPE = "Invalid attribute value type";
    /** errors.jsonl partition-key-2049-bytes, sort-key-1025-bytes. */
    public static final String KEY_TOO_LARGE = "Hash primary key values must be under 2048 bytes, "
            + "and range primary key values must be under 1024 bytes";
    /** An index key over its size limit (DynamoDB Local's wording). */
    public static final String INDEX_KEY_TOO_LARGE = "One or more parameter values were invalid: Size limit exceeded";
    /** errors.jsonl get-extra-key-attribute. */
    public static final String KEY_CONDITION_COUNT = "The number of conditions on the keys is invalid";
    /** errors.jsonl update-grows-over-400kb. */
    public static final String UPDATED_ITEM_TOO_LARGE = "Item size to update has exceeded the maximum allowed size";
    /** An UpdateExpression giving an index key a value of another type (DynamoDB Local's wording). */
    public static final String UPDATE_INDEX_KEY_TYPE =
            "The update expression attempted to update the secondary index key to unsupported type";
    /** AttributeUpdates giving an index key a value of another type (DynamoDB Local's wording). */
    public static final String LEGACY_UPDATE_INDEX_KEY_TYPE =
            "Updates on index keys must be of the same data type as the key attribute";

    private static final String EMPTY_KEY_PREFIX = "One or more parameter values are not valid. ";
    private static final String EMPTY_INDEX_KEY_PREFIX = "One or more parameter values are not valid. "
            + "A value specified for a secondary index key is not supported. ";
    private static final String EMPTY_STRING = "The AttributeValue for a key attribute cannot contain an empty string value.";
    private static final String EMPTY_BINARY = "The AttributeValue for a key attribute cannot contain an empty binary value.";
    private static final String UPDATE_EMPTY_INDEX_KEY_PREFIX = "One or more parameter values are not valid. The update "
            + "expression attempted to update a secondary index key to a value that is not supported. ";
    /** Map and list overhead and per-element overhead (F1.22), as ItemSizes counts them. */
    private static final int CONTAINER_BYTES = 3;
    private static final int ELEMENT_BYTES = 1;

    private ItemValidator() {
    }

    /** Checks every attribute of an item (values, names, nesting, 400 KB); the table is not needed. */
    public static void validateItem(Map<String, AttributeValue> item) {
        checkMap(item, 0);
    }

    /** Checks one value as the value of a top-level attribute (e.g. an ExpressionAttributeValue). */
    public static void validateValue(AttributeValue value) {
        checkValue(value, 1);
    }

    /**
     * Checks one ExpressionAttributeValue as DynamoDB Local does (nesting counted from the value
     * itself) and reports a problem as "ExpressionAttributeValues contains invalid value: ... for
     * key :placeholder".
     */
    public static void validateExpressionAttributeValue(String placeholder, AttributeValue value) {
        try {
            checkValue(value, 0);
        } catch (DynamoDbException e) {
            throw DynamoDbException.validation(
                    "ExpressionAttributeValues contains invalid value: " + e.getMessage() + " for key " + placeholder);
        }
    }

    /** PutItem's checks: {@link #validateItem}, then {@link #validateItemKeys}. */
    public static void validatePutItem(TableSpec spec, Map<String, AttributeValue> item) {
        validateItem(item);
        validateItemKeys(spec, item);
    }

    /**
     * The checks of an item against its table: partition key, sort key, each LSI sort key, each
     * GSI key, then the size of the item plus its LSI entries (F1.20).
     */
    public static void validateItemKeys(TableSpec spec, Map<String, AttributeValue> item) {
        KeyElement partition = spec.keySchema().partitionKey();
        KeyElement sort = spec.keySchema().sortKey();
        String problem = keyProblem(item, partition, Limits.MAX_PARTITION_KEY_BYTES, null);
        if (problem == null && sort != null) problem = keyProblem(item, sort, Limits.MAX_SORT_KEY_BYTES, null);
        if (problem != null) throw DynamoDbException.validation(problem);
        if (indexKeyProblem(item, spec.localIndexes(), spec.globalIndexes()) != null) {
            throw DynamoDbException.validation(indexKeyProblem(item,
                    TableDefinitions.dynamoDbLocalOrder(spec.localIndexes()), TableDefinitions.dynamoDbLocalOrder(spec.globalIndexes())));
        }
        if (!spec.localIndexes().isEmpty() && itemWithLocalIndexesBytes(spec, item) > Limits.MAX_ITEM_BYTES) {
            throw DynamoDbException.validation(ITEM_TOO_LARGE);
        }
    }

    /**
     * Checks a Key parameter (GetItem, DeleteItem, UpdateItem, batches, transactions): its values,
     * then the number of attributes, then each key attribute's presence, type, emptiness and size.
     */
    public static void validateKey(TableSpec spec, Map<String, AttributeValue> key) {
        checkMap(key, 0);
        boolean composite = spec.keySchema().sortKey() != null;
        int n = key.size();
        if (n == 0 || n > 2 || (n == 2 && !composite) || (n == 1 && composite)) {
            throw DynamoDbException.validation(KEY_CONDITION_COUNT);
        }
        String problem = keyProblem(key, spec.keySchema().partitionKey(), Limits.MAX_PARTITION_KEY_BYTES, null);
        if (problem == null && composite) {
            problem = keyProblem(key, spec.keySchema().sortKey(), Limits.MAX_SORT_KEY_BYTES, null);
        }
        if (problem != null) throw DynamoDbException.validation(problem);
    }

    /**
     * UpdateItem's checks of the item an update produced, in DynamoDB Local's order: index keys of
     * another type, the 400 KB limit ("Item size to update ..."), then empty index keys (GSIs,
     * then LSIs). {@code updateExpression} is false for the legacy AttributeUpdates parameter.
     */
    public static void validateUpdatedItem(TableSpec spec, Map<String, AttributeValue> item, boolean updateExpression) {
        for (AttributeValue value : item.values()) {
            if (nestingLevels(value) >= Limits.MAX_NESTING_DEPTH) throw DynamoDbException.validation(NESTING);
        }
        List<IndexSpec> globals = TableDefinitions.dynamoDbLocalOrder(spec.globalIndexes());
        List<IndexSpec> locals = TableDefinitions.dynamoDbLocalOrder(spec.localIndexes());
        for (IndexSpec index : globals) checkUpdatedKeyTypes(item, index, updateExpression);
        for (IndexSpec index : locals) checkUpdatedKeyTypes(item, index, updateExpression);
        if (ItemSizes.itemBytes(item) > Limits.MAX_ITEM_BYTES) throw DynamoDbException.validation(UPDATED_ITEM_TOO_LARGE);
        for (IndexSpec index : globals) {
            checkUpdatedKeyNotEmpty(item, index.keySchema().partitionKey(), index.name(), updateExpression);
            if (index.keySchema().sortKey() != null) {
                checkUpdatedKeyNotEmpty(item, index.keySchema().sortKey(), index.name(), updateExpression);
            }
        }
        for (IndexSpec index : locals) {
            if (index.keySchema().sortKey() != null) {
                checkUpdatedKeyNotEmpty(item, index.keySchema().sortKey(), index.name(), updateExpression);
            }
        }
        String problem = indexKeyProblem(item, locals, globals);
        if (problem != null) throw DynamoDbException.validation(problem);
        if (!locals.isEmpty() && itemWithLocalIndexesBytes(spec, item) > Limits.MAX_ITEM_BYTES) {
            throw DynamoDbException.validation(UPDATED_ITEM_TOO_LARGE);
        }
    }

    /**
     * True when an existing item can enter a new GSI: it has both index key attributes, of the
     * index's types, not empty and within the key size limits. Items that cannot are left out
     * of the index, as DynamoDB's backfill does.
     */
    public static boolean fitsIndex(IndexSpec index, Map<String, AttributeValue> item) {
        KeyElement sort = index.keySchema().sortKey();
        if (!item.containsKey(index.keySchema().partitionKey().name()) || (sort != null && !item.containsKey(sort.name()))) {
            return false;
        }
        return indexKeyProblem(item, List.of(), List.of(index)) == null;
    }

    private static void checkUpdatedKeyTypes(Map<String, AttributeValue> item, IndexSpec index, boolean updateExpression) {
        KeyElement sort = index.keySchema().sortKey();
        if (!hasType(item, index.keySchema().partitionKey()) || (sort != null && !hasType(item, sort))) {
            throw DynamoDbException.validation(updateExpression ? UPDATE_INDEX_KEY_TYPE : LEGACY_UPDATE_INDEX_KEY_TYPE);
        }
    }

    private static boolean hasType(Map<String, AttributeValue> item, KeyElement key) {
        AttributeValue v = item.get(key.name());
        return v == null || key.type().matches(v);
    }

    private static void checkUpdatedKeyNotEmpty(Map<String, AttributeValue> item, KeyElement key, String indexName,
                                                boolean updateExpression) {
        AttributeValue v = item.get(key.name());
        String what = null;
        if (v instanceof AttributeValue.S s && s.value().isEmpty()) what = EMPTY_STRING;
        if (v instanceof AttributeValue.B b && b.length() == 0) what = EMPTY_BINARY;
        if (what == null) return;
        if (updateExpression) throw DynamoDbException.validation(UPDATE_EMPTY_INDEX_KEY_PREFIX + what);
        throw DynamoDbException.validation(emptyKey(what, key.name(), indexName));
    }

    /** How many maps and lists a value nests (a scalar or set is 0, an empty map or list 1). */
    private static int nestingLevels(AttributeValue value) {
        Iterable<AttributeValue> members;
        if (value instanceof AttributeValue.M m) members = m.value().values();
        else if (value instanceof AttributeValue.L l) members = l.value();
        else return 0;
        int deepest = 0;
        for (AttributeValue member : members) deepest = Math.max(deepest, nestingLevels(member));
        return deepest + 1;
    }

    /** Checks a map level (the item itself is level 0) and returns its names-plus-values bytes. */
    private static long checkMap(Map<String, AttributeValue> attributes, int level) {
        if (level >= Limits.MAX_NESTING_DEPTH) throw DynamoDbException.validation(NESTING);
        long running = 0;
        for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
            long valueBytes = checkValue(e.getValue(), level + 1);
            String name = e.getKey();
            if (name == null || name.isEmpty()) throw DynamoDbException.validation(EMPTY_NAME);
            int nameBytes = ItemSizes.utf8Length(name);
            if (nameBytes > Limits.MAX_ATTRIBUTE_NAME_BYTES) throw DynamoDbException.validation(NAME_TOO_LARGE);
            running += nameBytes + valueBytes;
            if (running > Limits.MAX_ITEM_BYTES) throw DynamoDbException.validation(ITEM_TOO_LARGE);
        }
        return running;
    }

    /** Checks a value at a nesting level (a top-level attribute is level 1); returns its bytes. */
    private static long checkValue(AttributeValue value, int level) {
        if (value == null) throw DynamoDbException.validation(NULL_VALUE);
        if (value instanceof AttributeValue.S s) return s.utf8Length();
        if (value instanceof AttributeValue.N n) {
            NumberRules.checkRange(n.value());
            return ItemSizes.numberBytes(n.value());
        }
        if (value instanceof AttributeValue.M m) {
            return CONTAINER_BYTES + checkMap(m.value(), level) + (long) ELEMENT_BYTES * m.value().size();
        }
        if (value instanceof AttributeValue.L l) return checkList(l.value(), level);
        if (value instanceof AttributeValue.B b) return b.length();
        if (value instanceof AttributeValue.Bool) return 1;
        if (value instanceof AttributeValue.Null nul) {
            if (!nul.isNull()) throw DynamoDbException.validation(NULL_FALSE);
            return 1;
        }
        if (value instanceof AttributeValue.SS ss) return checkStringSet(ss.value());
        if (value instanceof AttributeValue.NS ns) return checkNumberSet(ns.value());
        return checkBinarySet(((AttributeValue.BS) value).value());
    }

    private static long checkList(List<AttributeValue> values, int level) {
        if (level >= Limits.MAX_NESTING_DEPTH) throw DynamoDbException.validation(NESTING);
        long running = 0;
        for (AttributeValue v : values) {
            running += checkValue(v, level + 1);
            if (running > Limits.MAX_ITEM_BYTES) throw DynamoDbException.validation(ITEM_TOO_LARGE);
        }
        return CONTAINER_BYTES + running + (long) ELEMENT_BYTES * values.size();
    }

    private static long checkStringSet(List<String> members) {
        if (members.isEmpty()) throw DynamoDbException.validation(EMPTY_SS);
        if (members.size() > 1 && new HashSet<>(members).size() < members.size()) {
            throw DynamoDbException.validation(
                    "One or more parameter values were invalid: Input collection " + members + " contains duplicates");
        }
        long bytes = 0;
        for (String s : members) bytes += ItemSizes.utf8Length(s);
        return bytes;
    }

    private static long checkNumberSet(List<AttributeValue.N> members) {
        if (members.isEmpty()) throw DynamoDbException.validation(EMPTY_NS);
        Set<BigDecimal> seen = members.size() > 1 ? new HashSet<>() : null;
        long bytes = 0;
        for (AttributeValue.N n : members) {
            NumberRules.checkRange(n.value());
            if (seen != null && !seen.add(n.value().signum() == 0 ? BigDecimal.ZERO : n.value().stripTrailingZeros())) {
                throw DynamoDbException.validation(NS_DUPLICATES);
            }
            bytes += ItemSizes.numberBytes(n.value());
        }
        return bytes;
    }

    private static long checkBinarySet(List<AttributeValue.B> members) {
        if (members.isEmpty()) throw DynamoDbException.validation(EMPTY_BS);
        if (members.size() > 1 && new HashSet<>(members).size() < members.size()) {
            throw DynamoDbException.validation(BS_DUPLICATES);
        }
        long bytes = 0;
        for (AttributeValue.B b : members) bytes += b.length();
        return bytes;
    }

    /**
     * The problem with one key attribute, or null. {@code indexName} is null for the table key
     * (a missing value is then an error) and names the index otherwise (a missing value is fine).
     */
    private static String keyProblem(Map<String, AttributeValue> item, KeyElement key, int maxBytes, String indexName) {
        AttributeValue v = item.get(key.name());
        if (v == null) return indexName == null ? MISSING_KEY : null;
        if (v instanceof AttributeValue.Bool || v instanceof AttributeValue.Null
                || v instanceof AttributeValue.M || v instanceof AttributeValue.L) {
            return INVALID_KEY_VALUE_TYPE;
        }
        if (!key.type().matches(v)) return indexName == null ? KEY_TYPE_MISMATCH : INDEX_KEY_TYPE_MISMATCH;
        long bytes;
        if (v instanceof AttributeValue.S s) {
            if (s.value().isEmpty()) return emptyKey(EMPTY_STRING, key.name(), indexName);
            bytes = s.utf8Length();
        } else if (v instanceof AttributeValue.B b) {
            if (b.length() == 0) return emptyKey(EMPTY_BINARY, key.name(), indexName);
            bytes = b.length();
        } else {
            bytes = ItemSizes.numberBytes(((AttributeValue.N) v).value());
        }
        if (bytes > maxBytes) return indexName == null ? KEY_TOO_LARGE : INDEX_KEY_TOO_LARGE;
        return null;
    }

    private static String emptyKey(String what, String keyName, String indexName) {
        if (indexName == null) return EMPTY_KEY_PREFIX + what + " Key: " + keyName;
        return EMPTY_INDEX_KEY_PREFIX + what + " IndexName: " + indexName + ", IndexKey: " + keyName;
    }

    /** The first index key problem: LSI sort keys, then GSI partition and sort keys, in list order. */
    private static String indexKeyProblem(Map<String, AttributeValue> item, List<IndexSpec> locals, List<IndexSpec> globals) {
        for (IndexSpec lsi : locals) {
            KeyElement sort = lsi.keySchema().sortKey();
            if (sort == null) continue;
            String problem = keyProblem(item, sort, Limits.MAX_SORT_KEY_BYTES, lsi.name());
            if (problem != null) return problem;
        }
        for (IndexSpec gsi : globals) {
            String problem = keyProblem(item, gsi.keySchema().partitionKey(), Limits.MAX_PARTITION_KEY_BYTES, gsi.name());
            if (problem == null && gsi.keySchema().sortKey() != null) {
                problem = keyProblem(item, gsi.keySchema().sortKey(), Limits.MAX_SORT_KEY_BYTES, gsi.name());
            }
            if (problem != null) return problem;
        }
        return null;
    }

    /**
     * The item's bytes plus, for each LSI whose keys it carries, the bytes of its index entry:
     * the whole item for ALL, the index key attributes for KEYS_ONLY, and those plus the
     * included attributes for INCLUDE (F1.20; DynamoDB Local's accounting).
     */
    private static long itemWithLocalIndexesBytes(TableSpec spec, Map<String, AttributeValue> item) {
        long base = ItemSizes.itemBytes(item);
        long total = base;
        for (IndexSpec lsi : spec.localIndexes()) {
            KeyElement partition = lsi.keySchema().partitionKey();
            KeyElement sort = lsi.keySchema().sortKey();
            if (!item.containsKey(partition.name()) || (sort != null && !item.containsKey(sort.name()))) continue;
            if (lsi.projection().type() == ProjectionType.ALL) {
                total += base;
                continue;
            }
            total += attributeBytes(item, partition.name());
            if (sort != null) total += attributeBytes(item, sort.name());
            if (lsi.projection().type() == ProjectionType.INCLUDE) {
                for (String name : lsi.projection().nonKeyAttributes()) total += attributeBytes(item, name);
            }
        }
        return total;
    }

    private static long attributeBytes(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? 0 : ItemSizes.utf8Length(name) + ItemSizes.valueBytes(v);
    }
}
