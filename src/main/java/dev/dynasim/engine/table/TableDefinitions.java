package dev.dynasim.engine.table;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.ItemSizes;
import dev.dynasim.engine.model.KeyElement;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.model.Projection;
import dev.dynasim.engine.model.ProjectionType;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.model.TableSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CreateTable's checks, with DynamoDB's messages in DynamoDB Local's order (oracle errors.jsonl
 * create-* cases), turning a valid request into a {@link TableSpec}. Where DynamoDB Local accepts
 * what the service rejects (throughput on an on-demand table), the documented rejection is used.
 */
public final class TableDefinitions {
    /** errors.jsonl create-name-too-short, create-name-bad-chars, create-name-256-chars. */
    public static final String BAD_NAME = "Invalid table/index name.  Table/index names must be between 3 and 255 "
            + "characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'";
    /** errors.jsonl create-key-not-defined. */
    public static final String HASH_KEY_UNDEFINED = "Hash Key not specified in Attribute Definitions.  Type unknown.";
    /** DynamoDB Local's message for an undefined sort key. */
    public static final String RANGE_KEY_UNDEFINED = "Range Key not specified in Attribute Definitions.  Type unknown.";
    /** errors.jsonl create-extra-attribute-definition. */
    public static final String TOO_MANY_ATTRIBUTES = "The number of attributes in key schema must match the number "
            + "of attributes defined in attribute definitions.";
    /** errors.jsonl create-two-hash-keys. */
    public static final String TOO_MANY_HASH_KEYS =
            "Too many hash keys specified.  All Dynamo DB tables must have exactly one hash key";
    /** DynamoDB Local's message for a key schema without a HASH element. */
    public static final String NO_HASH_KEY =
            "No Hash Key specified in schema.  All Dynamo DB tables must have exactly one hash key";
    /** errors.jsonl create-key-type-bool. */
    public static final String BAD_ATTRIBUTE_TYPE = "Member must satisfy enum value set: [B, N, S]";
    /** A key type other than HASH or RANGE, in the style of the attribute-type message. */
    public static final String BAD_KEY_TYPE = "Member must satisfy enum value set: [HASH, RANGE]";
    /** errors.jsonl create-provisioned-without-throughput. */
    public static final String NO_THROUGHPUT = "No provisioned throughput specified for the table";
    /** errors.jsonl create-lsi-on-hash-only-table. */
    public static final String LSI_ON_HASH_TABLE =
            "Local Secondary indices are not allowed on hash tables, only hash and range tables";
    /** The service's rejection of throughput on an on-demand table (documented; DynamoDB Local ignores it). */
    public static final String THROUGHPUT_ON_DEMAND = "One or more parameter values were invalid: Neither "
            + "ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST";

    static final String NO_KEY_SCHEMA =
            "No defined key schema.  A key schema containing at least a hash key must be defined for all tables";
    static final String KEY_SCHEMA_TOO_BIG =
            "Key Schema too big.  Key Schema must at most consist of the hash and range key of a table";
    static final String NO_KEY_TYPE = "One or more keys is not specified as being hash or range.";
    static final String NO_ATTRIBUTE_NAME = "Attribute name must be specified.";
    static final String KEY_ORDER = "Invalid key order. Hash Key must be specified first in key schema, "
            + "Range Key must be specifed second";
    static final String SAME_KEY_NAMES = "Two keys can not have the same name";
    static final String NO_ATTRIBUTE_DEFINITIONS = "No Attribute Schema Defined";
    static final String ATTRIBUTE_NAME_LENGTH = "Names of key attributes and attributes projected into an index "
            + "must be between 1 and 255 characters, inclusive";
    static final String SAME_ATTRIBUTE_NAMES = "Cannot have two attributes with the same name";
    static final String TOO_MANY_LSIS = "Cannot have more than 5 local secondary indexes per table";
    static final String SAME_LSI_NAMES = "Two local secondary indices have the same name";
    static final String LSI_NO_RANGE = "Local secondary indices must have a range key";
    static final String LSI_OTHER_HASH = "Local Secondary indices must have the same hash key as the main table";
    static final String LSI_RANGE_UNDEFINED =
            "Local Secondary Index range key not specified in Attribute Definitions.Type unknown.";
    static final String EMPTY_GSI_LIST = "GSI list is empty/invalid";
    static final String TOO_MANY_GSIS = "GlobalSecondaryIndex count exceeds the per-table limit";
    static final String SAME_GSI_NAMES = "Two global secondary indices have the same name";
    static final String SAME_LSI_GSI_NAMES = "Local Secondary Indices AND Global Secondary Indices must have different names";
    static final String GSI_HASH_UNDEFINED =
            "Global Secondary Index hash key not specified in Attribute Definitions.Type unknown.";
    static final String GSI_RANGE_UNDEFINED =
            "Global Secondary Index range key not specified in Attribute Definitions.Type unknown.";
    static final String NO_GSI_THROUGHPUT = "No provisioned throughput specified for the global secondary index";
    static final String BAD_THROUGHPUT = "Table read and write throughput must be at least 1, and cannot be null";
    static final String BAD_GSI_THROUGHPUT =
            "Global Secondary Index's read and write throughput must be at least 1, and cannot be null";
    static final String TABLE_THROUGHPUT_TOO_HIGH = "Cannot increase provisioned throughput to more than 40,000 units per table";
    static final String GSI_THROUGHPUT_TOO_HIGH =
            "Cannot increase provisioned throughput to more than 40,000 units per global secondary index";
    static final String NO_PROJECTION = "Indexes must have a projection specified";
    static final String BAD_PROJECTION_TYPE = "Projection type must be INCLUDE, ALL, or KEYS_ONLY";
    static final String INCLUDE_WITHOUT_ATTRIBUTES = "If Projection type INCLUDE is specified, some non-key "
            + "attributes to include in the projection must be specified as well";
    static final String ATTRIBUTES_WITHOUT_INCLUDE =
            "No attributes should be specified to be projected unless projection type is INCLUDE";
    static final String TOO_MANY_PROJECTED =
            "No more than 20 attributes per table can be projected into Local Secondary Indices";

    /** Longest key or projected attribute name of an index, in UTF-8 bytes (F1.14). */
    private static final int MAX_INDEX_ATTRIBUTE_NAME_BYTES = 255;
    /** Most user-projected attributes across all indexes of a table (F1.6 table, Limits.html). */
    private static final int MAX_PROJECTED_ATTRIBUTES = 100;

    private TableDefinitions() {
    }

    /** Checks a table or index name: 3 to 255 characters from a-z A-Z 0-9 _ - . (F1.13). */
    public static void validateTableName(String name) {
        if (!isValidName(name)) throw DynamoDbException.validation(BAD_NAME);
    }

    /** Checks a CreateTable request and returns the table it defines. */
    public static TableSpec fromCreateTable(CreateTableRequest r) {
        validateTableName(r.tableName());
        checkKeySchema(r.keySchema());
        Map<String, ScalarType> types = attributeTypes(r.attributeDefinitions());
        KeySchema tableKey = keySchema(r.keySchema(), types, HASH_KEY_UNDEFINED, RANGE_KEY_UNDEFINED);
        Set<String> keyAttributes = new HashSet<>();
        addNames(keyAttributes, tableKey);
        int[] projected = {0};
        List<IndexSpec> locals = localIndexes(r.localSecondaryIndexes(), tableKey, types, keyAttributes, projected);
        List<IndexDefinition> globalDefinitions = r.globalSecondaryIndexes();
        if (globalDefinitions != null) {
            if (globalDefinitions.isEmpty()) throw DynamoDbException.validation(EMPTY_GSI_LIST);
            if (globalDefinitions.size() > Limits.MAX_GLOBAL_INDEXES) throw DynamoDbException.validation(TOO_MANY_GSIS);
        }
        BillingMode billing = billingMode(r.billingMode());
        List<IndexSpec> globals = globalIndexes(globalDefinitions, billing, types, locals, keyAttributes, projected);
        if (types.size() > keyAttributes.size()) throw DynamoDbException.validation(TOO_MANY_ATTRIBUTES);
        ProvisionedThroughput throughput = ProvisionedThroughput.NONE;
        if (billing == BillingMode.PROVISIONED) {
            throughput = r.provisionedThroughput();
            if (throughput == null) throw DynamoDbException.validation(NO_THROUGHPUT);
            checkUnits(throughput, BAD_THROUGHPUT, TABLE_THROUGHPUT_TOO_HIGH);
        } else if (r.provisionedThroughput() != null) {
            throw DynamoDbException.validation(THROUGHPUT_ON_DEMAND);
        }
        return new TableSpec(r.tableName(), tableKey, types, billing, throughput, globals, locals);
    }

    /**
     * Indexes in the order DynamoDB Local keeps them, that of a java.util.HashMap keyed by index
     * name: its DescribeTable lists them so (errors.jsonl create-table-cap_idx) and it checks
     * index keys so (errors.jsonl gsi-key-empty-string reports gsiKeys, not gsiAll).
     */
    public static List<IndexSpec> dynamoDbLocalOrder(List<IndexSpec> indexes) {
        if (indexes.size() < 2) return indexes;
        Map<String, IndexSpec> byName = new HashMap<>();
        for (IndexSpec index : indexes) byName.put(index.name(), index);
        return new ArrayList<>(byName.values());
    }

    private static boolean isValidName(String name) {
        if (name == null || name.length() < Limits.MIN_TABLE_NAME_LENGTH || name.length() > Limits.MAX_TABLE_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-' || c == '.';
            if (!ok) return false;
        }
        return true;
    }

    private static void checkKeySchema(List<KeySchemaElement> elements) {
        if (elements == null) throw DynamoDbException.validation(NO_KEY_SCHEMA);
        if (elements.size() > 2) throw DynamoDbException.validation(KEY_SCHEMA_TOO_BIG);
        int hashKeys = 0;
        for (KeySchemaElement e : elements) {
            if (e == null || e.keyType() == null) throw DynamoDbException.validation(NO_KEY_TYPE);
            if (e.attributeName() == null) throw DynamoDbException.validation(NO_ATTRIBUTE_NAME);
            if (!e.keyType().equals("HASH") && !e.keyType().equals("RANGE")) throw DynamoDbException.validation(BAD_KEY_TYPE);
            if (e.keyType().equals("HASH")) hashKeys++;
        }
        if (hashKeys == 0) throw DynamoDbException.validation(NO_HASH_KEY);
        if (hashKeys == 2) throw DynamoDbException.validation(TOO_MANY_HASH_KEYS);
        if (elements.size() == 2 && elements.get(1).keyType().equals("HASH")) throw DynamoDbException.validation(KEY_ORDER);
        if (elements.size() == 2 && elements.get(0).attributeName().equals(elements.get(1).attributeName())) {
            throw DynamoDbException.validation(SAME_KEY_NAMES);
        }
    }

    /** Checked attribute definitions, by name in the order given. */
    static Map<String, ScalarType> attributeTypes(List<AttributeDefinition> definitions) {
        if (definitions == null) throw DynamoDbException.validation(NO_ATTRIBUTE_DEFINITIONS);
        Map<String, ScalarType> types = new LinkedHashMap<>();
        for (AttributeDefinition d : definitions) {
            checkAttributeName(d.attributeName());
            if (types.containsKey(d.attributeName())) throw DynamoDbException.validation(SAME_ATTRIBUTE_NAMES);
            types.put(d.attributeName(), scalarType(d.attributeType()));
        }
        return types;
    }

    private static ScalarType scalarType(String text) {
        if ("S".equals(text)) return ScalarType.S;
        if ("N".equals(text)) return ScalarType.N;
        if ("B".equals(text)) return ScalarType.B;
        throw DynamoDbException.validation(BAD_ATTRIBUTE_TYPE);
    }

    private static void checkAttributeName(String name) {
        if (name == null) throw DynamoDbException.validation(NO_ATTRIBUTE_NAME);
        int bytes = ItemSizes.utf8Length(name);
        if (bytes < 1 || bytes > MAX_INDEX_ATTRIBUTE_NAME_BYTES) throw DynamoDbException.validation(ATTRIBUTE_NAME_LENGTH);
    }

    /** A checked key schema whose attributes must be defined; the messages name what is missing. */
    private static KeySchema keySchema(List<KeySchemaElement> elements, Map<String, ScalarType> types,
                                       String hashUndefined, String rangeUndefined) {
        String hash = elements.get(0).attributeName();
        if (!types.containsKey(hash)) throw DynamoDbException.validation(hashUndefined);
        KeyElement partition = new KeyElement(hash, types.get(hash));
        if (elements.size() < 2) return new KeySchema(partition, null);
        String range = elements.get(1).attributeName();
        if (!types.containsKey(range)) throw DynamoDbException.validation(rangeUndefined);
        return new KeySchema(partition, new KeyElement(range, types.get(range)));
    }

    private static List<IndexSpec> localIndexes(List<IndexDefinition> definitions, KeySchema tableKey,
                                                Map<String, ScalarType> types, Set<String> keyAttributes, int[] projected) {
        if (definitions == null || definitions.isEmpty()) return List.of();
        if (tableKey.sortKey() == null) throw DynamoDbException.validation(LSI_ON_HASH_TABLE);
        if (definitions.size() > Limits.MAX_LOCAL_INDEXES) throw DynamoDbException.validation(TOO_MANY_LSIS);
        Set<String> names = new HashSet<>();
        List<IndexSpec> indexes = new ArrayList<>(definitions.size());
        for (IndexDefinition d : definitions) {
            validateTableName(d.indexName());
            if (!names.add(d.indexName())) throw DynamoDbException.validation(SAME_LSI_NAMES);
            Projection projection = projection(d, projected);
            checkKeySchema(d.keySchema());
            List<KeySchemaElement> ks = d.keySchema();
            if (ks.size() < 2) throw DynamoDbException.validation(LSI_NO_RANGE);
            if (!ks.get(0).attributeName().equals(tableKey.partitionKey().name())) {
                throw DynamoDbException.validation(LSI_OTHER_HASH);
            }
            String range = ks.get(1).attributeName();
            if (!types.containsKey(range)) throw DynamoDbException.validation(LSI_RANGE_UNDEFINED);
            KeySchema key = new KeySchema(tableKey.partitionKey(), new KeyElement(range, types.get(range)));
            keyAttributes.add(range);
            indexes.add(IndexSpec.local(d.indexName(), key, projection));
        }
        return indexes;
    }

    private static List<IndexSpec> globalIndexes(List<IndexDefinition> definitions, BillingMode billing,
                                                 Map<String, ScalarType> types, List<IndexSpec> locals,
                                                 Set<String> keyAttributes, int[] projected) {
        if (definitions == null) return List.of();
        Set<String> localNames = new HashSet<>();
        for (IndexSpec lsi : locals) localNames.add(lsi.name());
        Set<String> names = new HashSet<>();
        List<IndexSpec> indexes = new ArrayList<>(definitions.size());
        for (IndexDefinition d : definitions) {
            ProvisionedThroughput throughput = d.provisionedThroughput();
            if (billing == BillingMode.PROVISIONED) {
                if (throughput == null) throw DynamoDbException.validation(NO_GSI_THROUGHPUT);
                checkUnits(throughput, BAD_GSI_THROUGHPUT, GSI_THROUGHPUT_TOO_HIGH);
            } else if (throughput != null) {
                throw DynamoDbException.validation("One or more parameter values were invalid: ProvisionedThroughput "
                        + "should not be specified for index: " + d.indexName() + " when BillingMode is PAY_PER_REQUEST");
            }
            validateTableName(d.indexName());
            if (!names.add(d.indexName())) throw DynamoDbException.validation(SAME_GSI_NAMES);
            if (localNames.contains(d.indexName())) throw DynamoDbException.validation(SAME_LSI_GSI_NAMES);
            Projection projection = projection(d, projected);
            checkKeySchema(d.keySchema());
            KeySchema key = keySchema(d.keySchema(), types, GSI_HASH_UNDEFINED, GSI_RANGE_UNDEFINED);
            addNames(keyAttributes, key);
            indexes.add(new IndexSpec(d.indexName(), true, key, projection,
                    billing == BillingMode.PROVISIONED ? throughput : null));
        }
        return indexes;
    }

    private static Projection projection(IndexDefinition d, int[] projected) {
        if (d.projectionType() == null) throw DynamoDbException.validation(NO_PROJECTION);
        ProjectionType type = projectionType(d.projectionType());
        List<String> attributes = d.nonKeyAttributes() == null ? List.of() : d.nonKeyAttributes();
        if (type == ProjectionType.INCLUDE) {
            if (attributes.isEmpty()) throw DynamoDbException.validation(INCLUDE_WITHOUT_ATTRIBUTES);
            Set<String> seen = new HashSet<>();
            for (String name : attributes) {
                checkAttributeName(name);
                if (!seen.add(name)) throw DynamoDbException.validation(SAME_ATTRIBUTE_NAMES);
            }
            projected[0] += attributes.size();
            if (projected[0] > MAX_PROJECTED_ATTRIBUTES) throw DynamoDbException.validation(TOO_MANY_PROJECTED);
        } else if (!attributes.isEmpty()) {
            throw DynamoDbException.validation(ATTRIBUTES_WITHOUT_INCLUDE);
        }
        return new Projection(type, attributes);
    }

    private static ProjectionType projectionType(String text) {
        for (ProjectionType t : ProjectionType.values()) {
            if (t.name().equals(text)) return t;
        }
        throw DynamoDbException.validation(BAD_PROJECTION_TYPE);
    }

    /** The billing mode of its wire name; null means PROVISIONED, as in CreateTable. */
    static BillingMode billingMode(String text) {
        if (text == null || text.equals("PROVISIONED")) return BillingMode.PROVISIONED;
        if (text.equals("PAY_PER_REQUEST")) return BillingMode.PAY_PER_REQUEST;
        throw DynamoDbException.validation("1 validation error detected: Value '" + text + "' at 'billingMode' "
                + "failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
    }

    private static void checkUnits(ProvisionedThroughput t, String tooLow, String tooHigh) {
        if (t.readCapacityUnits() < Limits.MIN_PROVISIONED_UNITS || t.writeCapacityUnits() < Limits.MIN_PROVISIONED_UNITS) {
            throw DynamoDbException.validation(tooLow);
        }
        if (t.readCapacityUnits() > Limits.TABLE_MAX_CAPACITY_UNITS || t.writeCapacityUnits() > Limits.TABLE_MAX_CAPACITY_UNITS) {
            throw DynamoDbException.validation(tooHigh);
        }
    }

    private static void addNames(Set<String> names, KeySchema key) {
        names.add(key.partitionKey().name());
        if (key.sortKey() != null) names.add(key.sortKey().name());
    }

    /** Checks a table's provisioned throughput: at least 1 and at most the per-table maximum of each. */
    static void checkThroughput(ProvisionedThroughput t) {
        checkUnits(t, BAD_THROUGHPUT, TABLE_THROUGHPUT_TOO_HIGH);
    }

    /** Checks one GSI added by UpdateTable against the table's attribute definitions and billing mode. */
    static IndexSpec globalIndex(IndexDefinition d, Map<String, ScalarType> types, BillingMode billing) {
        return globalIndexes(List.of(d), billing, types, List.of(), new HashSet<>(), new int[] {0}).get(0);
    }
}
