package dev.dynasim.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.model.Projection;
import dev.dynasim.engine.model.ProjectionType;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.model.TableSpec;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class TableDefinitionsTest {
    private static final List<KeySchemaElement> HASH_PK = List.of(new KeySchemaElement("pk", "HASH"));
    private static final List<KeySchemaElement> HASH_PK_RANGE_SK =
            List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("sk", "RANGE"));

    private static AttributeDefinition def(String name, String type) {
        return new AttributeDefinition(name, type);
    }

    private static KeySchemaElement hash(String name) {
        return new KeySchemaElement(name, "HASH");
    }

    private static KeySchemaElement range(String name) {
        return new KeySchemaElement(name, "RANGE");
    }

    private static IndexDefinition index(String name, List<KeySchemaElement> keys, String projection, List<String> include) {
        return new IndexDefinition(name, keys, projection, include, null);
    }

    /** The request of errors.jsonl create-table-cap_idx. */
    static CreateTableRequest capIdxRequest() {
        return new CreateTableRequest("cap_idx",
                List.of(def("pk", "S"), def("sk", "S"), def("lsk", "S"), def("lsk2", "S"), def("gpk", "S"), def("gsk", "N"), def("gpk2", "S")),
                HASH_PK_RANGE_SK, "PAY_PER_REQUEST", null,
                List.of(index("gsiAll", List.of(hash("gpk"), range("gsk")), "ALL", null),
                        index("gsiKeys", List.of(hash("gpk")), "KEYS_ONLY", null),
                        index("gsiInc", List.of(hash("gpk2")), "INCLUDE", List.of("inc"))),
                List.of(index("lsiKeys", List.of(hash("pk"), range("lsk")), "KEYS_ONLY", null),
                        index("lsiAll", List.of(hash("pk"), range("lsk2")), "ALL", null)),
                null);
    }

    /** The table of errors.jsonl create-table-cap_idx. */
    static TableSpec capIdx() {
        return TableDefinitions.fromCreateTable(capIdxRequest());
    }

    private static CreateTableRequest simple(String name, List<AttributeDefinition> defs, List<KeySchemaElement> keys) {
        return new CreateTableRequest(name, defs, keys, "PAY_PER_REQUEST", null, null, null, null);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertCreateFails(CreateTableRequest r) {
        return assertThatThrownBy(() -> TableDefinitions.fromCreateTable(r)).isInstanceOf(DynamoDbException.class);
    }

    // errors.jsonl create-table-cap_idx
    @Test
    void fromCreateTable_tableWithIndexes_buildsTheSpec() {
        TableSpec spec = capIdx();
        assertThat(spec.name()).isEqualTo("cap_idx");
        assertThat(spec.keySchema()).isEqualTo(KeySchema.of("pk", ScalarType.S, "sk", ScalarType.S));
        assertThat(spec.attributeDefinitions()).containsEntry("gsk", ScalarType.N).hasSize(7);
        assertThat(spec.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(spec.throughput()).isEqualTo(ProvisionedThroughput.NONE);
        assertThat(spec.localIndexes()).containsExactly(
                IndexSpec.local("lsiKeys", KeySchema.of("pk", ScalarType.S, "lsk", ScalarType.S), Projection.keysOnly()),
                IndexSpec.local("lsiAll", KeySchema.of("pk", ScalarType.S, "lsk2", ScalarType.S), Projection.all()));
        assertThat(spec.globalIndexes()).containsExactly(
                IndexSpec.global("gsiAll", KeySchema.of("gpk", ScalarType.S, "gsk", ScalarType.N), Projection.all()),
                IndexSpec.global("gsiKeys", KeySchema.of("gpk", ScalarType.S), Projection.keysOnly()),
                IndexSpec.global("gsiInc", KeySchema.of("gpk2", ScalarType.S), Projection.include("inc")));
    }

    // errors.jsonl create-table-cap_idx (DescribeTable order) and semantics.jsonl create-table-sem_doc
    @Test
    void dynamoDbLocalOrder_indexes_followHashMapOrderOfNames() {
        assertThat(TableDefinitions.dynamoDbLocalOrder(capIdx().globalIndexes()).stream().map(IndexSpec::name))
                .containsExactly("gsiInc", "gsiKeys", "gsiAll");
        assertThat(TableDefinitions.dynamoDbLocalOrder(capIdx().localIndexes()).stream().map(IndexSpec::name))
                .containsExactly("lsiKeys", "lsiAll");
        List<IndexSpec> semDoc = new ArrayList<>();
        for (String name : List.of("gAll", "gKeys", "gInc")) semDoc.add(IndexSpec.global(name, KeySchema.of("g", ScalarType.S), Projection.all()));
        assertThat(TableDefinitions.dynamoDbLocalOrder(semDoc).stream().map(IndexSpec::name)).containsExactly("gKeys", "gAll", "gInc");
    }

    @Test
    void fromCreateTable_provisionedTable_keepsItsThroughput() {
        TableSpec spec = TableDefinitions.fromCreateTable(new CreateTableRequest("prov", List.of(def("pk", "N")), HASH_PK, null,
                new ProvisionedThroughput(5, 7), List.of(new IndexDefinition("gsi1", HASH_PK, "KEYS_ONLY", null, new ProvisionedThroughput(1, 2))),
                null, null));
        assertThat(spec.billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(spec.throughput()).isEqualTo(new ProvisionedThroughput(5, 7));
        assertThat(spec.globalIndexes().get(0).throughput()).isEqualTo(new ProvisionedThroughput(1, 2));
    }

    // errors.jsonl create-key-not-defined
    @Test
    void fromCreateTable_hashKeyNotDefined_typeUnknown() {
        assertCreateFails(simple("bad1", List.of(def("other", "S")), HASH_PK))
                .hasMessage("Hash Key not specified in Attribute Definitions.  Type unknown.");
    }

    @Test
    void fromCreateTable_rangeKeyNotDefined_typeUnknown() {
        assertCreateFails(simple("bad1", List.of(def("pk", "S")), HASH_PK_RANGE_SK))
                .hasMessage("Range Key not specified in Attribute Definitions.  Type unknown.");
    }

    // errors.jsonl create-extra-attribute-definition
    @Test
    void fromCreateTable_unusedAttributeDefinition_countMismatch() {
        assertCreateFails(simple("bad2", List.of(def("pk", "S"), def("extra", "S")), HASH_PK))
                .hasMessage("The number of attributes in key schema must match the number of attributes defined in attribute definitions.");
    }

    // errors.jsonl create-two-hash-keys
    @Test
    void fromCreateTable_twoHashKeys_rejected() {
        assertCreateFails(simple("bad3", List.of(def("a", "S"), def("b", "S")), List.of(hash("a"), hash("b"))))
                .hasMessage("Too many hash keys specified.  All Dynamo DB tables must have exactly one hash key");
    }

    @Test
    void fromCreateTable_badKeySchemas_rejectedWithDynamoDbLocalMessages() {
        List<AttributeDefinition> defs = List.of(def("a", "S"), def("b", "S"));
        assertCreateFails(simple("bad3", defs, List.of(range("a"), hash("b"))))
                .hasMessage("Invalid key order. Hash Key must be specified first in key schema, Range Key must be specifed second");
        assertCreateFails(simple("bad3", defs, List.of(range("a"))))
                .hasMessage("No Hash Key specified in schema.  All Dynamo DB tables must have exactly one hash key");
        assertCreateFails(simple("bad3", defs, List.of(hash("a"), range("a"))))
                .hasMessage("Two keys can not have the same name");
        assertCreateFails(simple("bad3", defs, List.of(hash("a"), new KeySchemaElement("b", "SORT"))))
                .hasMessage("Member must satisfy enum value set: [HASH, RANGE]");
        assertCreateFails(simple("bad3", defs, List.of(hash("a"), range("b"), range("c"))))
                .hasMessage("Key Schema too big.  Key Schema must at most consist of the hash and range key of a table");
    }

    // errors.jsonl create-key-type-bool
    @Test
    void fromCreateTable_attributeTypeNotBNS_enumError() {
        assertCreateFails(simple("bad6", List.of(def("pk", "null")), HASH_PK)).hasMessage("Member must satisfy enum value set: [B, N, S]");
        assertCreateFails(simple("bad6", List.of(def("pk", "BOOL")), HASH_PK)).hasMessage("Member must satisfy enum value set: [B, N, S]");
    }

    @Test
    void fromCreateTable_duplicateAttributeDefinition_rejected() {
        assertCreateFails(simple("bad6", List.of(def("pk", "S"), def("pk", "N")), HASH_PK))
                .hasMessage("Cannot have two attributes with the same name");
    }

    // errors.jsonl create-name-too-short, create-name-bad-chars, create-name-256-chars
    @Test
    void fromCreateTable_invalidNames_rejected() {
        String message = "Invalid table/index name.  Table/index names must be between 3 and 255 characters long, "
                + "and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'";
        for (String name : List.of("ab", "bad name!", "t".repeat(256), "", "caf\u00e9")) {
            assertCreateFails(simple(name, List.of(def("pk", "S")), HASH_PK)).hasMessage(message);
        }
        assertThatThrownBy(() -> TableDefinitions.validateTableName(null)).hasMessage(message);
        assertThatCode(() -> TableDefinitions.validateTableName("a.B-c_9")).doesNotThrowAnyException();
        assertThatCode(() -> TableDefinitions.validateTableName("t".repeat(255))).doesNotThrowAnyException();
    }

    // errors.jsonl create-provisioned-without-throughput
    @Test
    void fromCreateTable_provisionedWithoutThroughput_rejected() {
        assertCreateFails(new CreateTableRequest("bad8", List.of(def("pk", "S")), HASH_PK, "PROVISIONED", null, null, null, null))
                .hasMessage("No provisioned throughput specified for the table");
        assertCreateFails(new CreateTableRequest("bad8", List.of(def("pk", "S")), HASH_PK, null, null, null, null, null))
                .hasMessage("No provisioned throughput specified for the table");
    }

    @Test
    void fromCreateTable_throughputOutOfRange_rejected() {
        assertCreateFails(new CreateTableRequest("bad8", List.of(def("pk", "S")), HASH_PK, "PROVISIONED", new ProvisionedThroughput(0, 5), null, null, null))
                .hasMessage("Table read and write throughput must be at least 1, and cannot be null");
        assertCreateFails(new CreateTableRequest("bad8", List.of(def("pk", "S")), HASH_PK, "PROVISIONED", new ProvisionedThroughput(5, 40_001), null, null, null))
                .hasMessage("Cannot increase provisioned throughput to more than 40,000 units per table");
        assertThatCode(() -> TableDefinitions.fromCreateTable(new CreateTableRequest("ok8", List.of(def("pk", "S")), HASH_PK, "PROVISIONED",
                new ProvisionedThroughput(40_000, 1), null, null, null))).doesNotThrowAnyException();
    }

    // README deviation: the service rejects throughput on an on-demand table (DynamoDB Local ignores it)
    @Test
    void fromCreateTable_onDemandWithThroughput_rejectedAsTheServiceDoes() {
        assertCreateFails(new CreateTableRequest("bad9", List.of(def("pk", "S")), HASH_PK, "PAY_PER_REQUEST", new ProvisionedThroughput(5, 5), null, null, null))
                .hasMessage("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits "
                        + "can be specified when BillingMode is PAY_PER_REQUEST");
        assertCreateFails(new CreateTableRequest("bad9", List.of(def("pk", "S")), HASH_PK, "PAY_PER_REQUEST", null,
                List.of(new IndexDefinition("gsi1", HASH_PK, "ALL", null, new ProvisionedThroughput(1, 1))), null, null))
                .hasMessage("One or more parameter values were invalid: ProvisionedThroughput should not be specified "
                        + "for index: gsi1 when BillingMode is PAY_PER_REQUEST");
    }

    @Test
    void fromCreateTable_unknownBillingMode_enumError() {
        assertCreateFails(new CreateTableRequest("bad9", List.of(def("pk", "S")), HASH_PK, "FREE", null, null, null, null))
                .hasMessage("1 validation error detected: Value 'FREE' at 'billingMode' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
    }

    // errors.jsonl create-lsi-on-hash-only-table
    @Test
    void fromCreateTable_lsiOnHashOnlyTable_rejected() {
        assertCreateFails(new CreateTableRequest("bad10", List.of(def("pk", "S"), def("x", "S")), HASH_PK, "PAY_PER_REQUEST", null, null,
                List.of(index("l1", List.of(hash("pk"), range("x")), "ALL", null)), null))
                .hasMessage("Local Secondary indices are not allowed on hash tables, only hash and range tables");
    }

    private static CreateTableRequest withLsis(List<AttributeDefinition> extra, List<IndexDefinition> lsis) {
        List<AttributeDefinition> defs = new ArrayList<>(List.of(def("pk", "S"), def("sk", "S")));
        defs.addAll(extra);
        return new CreateTableRequest("t_lsi", defs, HASH_PK_RANGE_SK, "PAY_PER_REQUEST", null, null, lsis, null);
    }

    @Test
    void fromCreateTable_badLocalIndexes_rejected() {
        List<AttributeDefinition> x = List.of(def("x", "S"));
        assertCreateFails(withLsis(x, List.of(index("lsi1", List.of(hash("x"), range("sk")), "ALL", null))))
                .hasMessage("Local Secondary indices must have the same hash key as the main table");
        assertCreateFails(withLsis(x, List.of(index("lsi1", List.of(hash("pk")), "ALL", null))))
                .hasMessage("Local secondary indices must have a range key");
        assertCreateFails(withLsis(List.of(), List.of(index("lsi1", List.of(hash("pk"), range("y")), "ALL", null))))
                .hasMessage("Local Secondary Index range key not specified in Attribute Definitions.Type unknown.");
        assertCreateFails(withLsis(x, List.of(index("lsi1", List.of(hash("pk"), range("x")), "ALL", null),
                index("lsi1", List.of(hash("pk"), range("x")), "ALL", null))))
                .hasMessage("Two local secondary indices have the same name");
        List<IndexDefinition> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) six.add(index("lsi" + i, List.of(hash("pk"), range("x")), "ALL", null));
        assertCreateFails(withLsis(x, six)).hasMessage("Cannot have more than 5 local secondary indexes per table");
    }

    @Test
    void fromCreateTable_badProjections_rejected() {
        List<AttributeDefinition> x = List.of(def("x", "S"));
        assertCreateFails(withLsis(x, List.of(index("lsi1", List.of(hash("pk"), range("x")), "INCLUDE", null))))
                .hasMessage("If Projection type INCLUDE is specified, some non-key attributes to include in the projection must be specified as well");
        assertCreateFails(withLsis(x, List.of(index("lsi1", List.of(hash("pk"), range("x")), "KEYS_ONLY", List.of("a")))))
                .hasMessage("No attributes should be specified to be projected unless projection type is INCLUDE");
        assertCreateFails(withLsis(x, List.of(index("lsi1", List.of(hash("pk"), range("x")), "SOME", null))))
                .hasMessage("Projection type must be INCLUDE, ALL, or KEYS_ONLY");
        assertCreateFails(withLsis(x, List.of(index("lsi1", List.of(hash("pk"), range("x")), null, null))))
                .hasMessage("Indexes must have a projection specified");
        assertCreateFails(withLsis(x, List.of(index("lsi1", List.of(hash("pk"), range("x")), "INCLUDE", List.of("a", "a")))))
                .hasMessage("Cannot have two attributes with the same name");
    }

    private static CreateTableRequest withGsis(String billing, List<IndexDefinition> gsis, int extraDefinitions) {
        List<AttributeDefinition> defs = new ArrayList<>(List.of(def("pk", "S")));
        for (int i = 0; i < extraDefinitions; i++) defs.add(def("g" + i, "S"));
        ProvisionedThroughput pt = billing.equals("PROVISIONED") ? new ProvisionedThroughput(1, 1) : null;
        return new CreateTableRequest("t_gsi", defs, HASH_PK, billing, pt, gsis, null, null);
    }

    @Test
    void fromCreateTable_badGlobalIndexes_rejected() {
        List<IndexDefinition> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) many.add(index("gsi" + i, List.of(hash("g" + i)), "ALL", null));
        assertCreateFails(withGsis("PAY_PER_REQUEST", many, 21)).hasMessage("GlobalSecondaryIndex count exceeds the per-table limit");
        assertThatCode(() -> TableDefinitions.fromCreateTable(withGsis("PAY_PER_REQUEST", many.subList(0, 20), 20))).doesNotThrowAnyException();
        assertCreateFails(withGsis("PAY_PER_REQUEST", List.of(), 0)).hasMessage("GSI list is empty/invalid");
        assertCreateFails(withGsis("PAY_PER_REQUEST", List.of(index("gsi1", List.of(hash("nope")), "ALL", null)), 0))
                .hasMessage("Global Secondary Index hash key not specified in Attribute Definitions.Type unknown.");
        assertCreateFails(withGsis("PAY_PER_REQUEST", List.of(index("gsi1", List.of(hash("g0"), range("nope")), "ALL", null)), 1))
                .hasMessage("Global Secondary Index range key not specified in Attribute Definitions.Type unknown.");
        assertCreateFails(withGsis("PAY_PER_REQUEST", List.of(index("gsi1", List.of(hash("g0")), "ALL", null),
                index("gsi1", List.of(hash("g0")), "ALL", null)), 1)).hasMessage("Two global secondary indices have the same name");
        assertCreateFails(withGsis("PROVISIONED", List.of(index("gsi1", List.of(hash("g0")), "ALL", null)), 1))
                .hasMessage("No provisioned throughput specified for the global secondary index");
        assertCreateFails(withGsis("PROVISIONED", List.of(new IndexDefinition("gsi1", List.of(hash("g0")), "ALL", null,
                new ProvisionedThroughput(0, 1))), 1)).hasMessage("Global Secondary Index's read and write throughput must be at least 1, and cannot be null");
        assertCreateFails(withGsis("PAY_PER_REQUEST", List.of(index("x", List.of(hash("g0")), "ALL", null)), 1))
                .hasMessage("Invalid table/index name.  Table/index names must be between 3 and 255 characters long, "
                        + "and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'");
    }

    @Test
    void fromCreateTable_gsiNamedLikeAnLsi_rejected() {
        CreateTableRequest r = new CreateTableRequest("t_both", List.of(def("pk", "S"), def("sk", "S"), def("x", "S")), HASH_PK_RANGE_SK,
                "PAY_PER_REQUEST", null, List.of(index("idx", List.of(hash("x")), "ALL", null)),
                List.of(index("idx", List.of(hash("pk"), range("x")), "ALL", null)), null);
        assertCreateFails(r).hasMessage("Local Secondary Indices AND Global Secondary Indices must have different names");
    }

    @Test
    void fromCreateTable_gsiWithIncludeProjection_keepsTheAttributes() {
        TableSpec spec = TableDefinitions.fromCreateTable(withGsis("PAY_PER_REQUEST",
                List.of(index("gsi1", List.of(hash("g0")), "INCLUDE", List.of("a", "b"))), 1));
        assertThat(spec.globalIndexes().get(0).projection()).isEqualTo(new Projection(ProjectionType.INCLUDE, List.of("a", "b")));
        assertThat(spec.globalIndexes().get(0).throughput()).isNull();
    }
}
