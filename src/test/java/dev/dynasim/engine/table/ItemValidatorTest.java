package dev.dynasim.engine.table;

import static dev.dynasim.engine.model.AttributeValue.n;
import static dev.dynasim.engine.model.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ItemSizes;
import dev.dynasim.engine.model.TableSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ItemValidatorTest {
    /** errors.jsonl create-table-err_hs. */
    private static final TableSpec ERR_HS = TableDefinitions.fromCreateTable(new CreateTableRequest("err_hs",
            List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("sk", "S")),
            List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("sk", "RANGE")),
            "PAY_PER_REQUEST", null, null, null, null));
    /** errors.jsonl create-table-err_b. */
    private static final TableSpec ERR_B = TableDefinitions.fromCreateTable(new CreateTableRequest("err_b",
            List.of(new AttributeDefinition("pk", "B")), List.of(new KeySchemaElement("pk", "HASH")),
            "PAY_PER_REQUEST", null, null, null, null));
    /** errors.jsonl create-table-cap_idx. */
    private static final TableSpec CAP_IDX = TableDefinitionsTest.capIdx();

    @SafeVarargs
    private static Map<String, AttributeValue> item(Map.Entry<String, AttributeValue>... entries) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue> e : entries) m.put(e.getKey(), e.getValue());
        return m;
    }

    private static Map.Entry<String, AttributeValue> a(String name, AttributeValue value) {
        return Map.entry(name, value);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertPutFails(TableSpec spec, Map<String, AttributeValue> item) {
        return assertThatThrownBy(() -> ItemValidator.validatePutItem(spec, item)).isInstanceOf(DynamoDbException.class);
    }

    private static void assertPutPasses(TableSpec spec, Map<String, AttributeValue> item) {
        assertThatCode(() -> ItemValidator.validatePutItem(spec, item)).doesNotThrowAnyException();
    }

    private static AttributeValue nestedMaps(int levels) {
        AttributeValue v = s("x");
        for (int i = 0; i < levels; i++) v = AttributeValue.m(Map.of("d", v));
        return v;
    }

    private static AttributeValue nestedLists(int levels) {
        AttributeValue v = s("x");
        for (int i = 0; i < levels; i++) v = AttributeValue.l(v);
        return v;
    }

    // errors.jsonl item-over-400kb-by-1
    @Test
    void validatePutItem_oneByteOver400Kb_itemTooLarge() {
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("1")), a("p", s("x".repeat(409_594)))))
                .hasMessage("Item size has exceeded the maximum allowed size");
    }

    @Test
    void validatePutItem_exactly400Kb_passes() {
        assertPutPasses(ERR_HS, item(a("pk", s("e")), a("sk", s("1")), a("p", s("x".repeat(409_593)))));
    }

    // errors.jsonl item-over-400kb-500kb, item-over-400kb-multibyte
    @Test
    void validatePutItem_largeOrMultibyteValue_itemTooLarge() {
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("1")), a("p", s("x".repeat(500_000)))))
                .hasMessage("Item size has exceeded the maximum allowed size");
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("1")), a("p", s("\u20ac".repeat(137_000)))))
                .hasMessage("Item size has exceeded the maximum allowed size");
    }

    @Test
    void validateItem_nestedItemAtTheLimit_countsBytesLikeItemSizes() {
        Map<String, AttributeValue> small = item(a("pk", s("e")), a("m", AttributeValue.m(Map.of("k", AttributeValue.l(n("12.5"), AttributeValue.bool(true))))));
        long rest = ItemSizes.itemBytes(small);
        Map<String, AttributeValue> atLimit = new LinkedHashMap<>(small);
        atLimit.put("p", s("x".repeat((int) (409_600 - rest - 1))));
        assertThatCode(() -> ItemValidator.validateItem(atLimit)).doesNotThrowAnyException();
        atLimit.put("p", s("x".repeat((int) (409_600 - rest))));
        assertThatThrownBy(() -> ItemValidator.validateItem(atLimit)).hasMessage("Item size has exceeded the maximum allowed size");
    }

    // errors.jsonl duplicate-string-set
    @Test
    void validateItem_duplicateStrings_listsTheCollection() {
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", AttributeValue.ss("a", "a"))))
                .hasMessage("One or more parameter values were invalid: Input collection [a, a] contains duplicates");
    }

    // errors.jsonl duplicate-number-set-equal-value
    @Test
    void validateItem_numbersOfEqualValue_duplicates() {
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", AttributeValue.ns("1", "1.0"))))
                .hasMessage("Input collection contains duplicates");
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", AttributeValue.ns("0", "-0"))))
                .hasMessage("Input collection contains duplicates");
    }

    // errors.jsonl duplicate-binary-set
    @Test
    void validateItem_duplicateBinaries_duplicates() {
        AttributeValue.BS bs = new AttributeValue.BS(List.of(new AttributeValue.B(new byte[] {1}), new AttributeValue.B(new byte[] {1})));
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", bs)))
                .hasMessage("One or more parameter values were invalid: Input collection of type BS contains duplicates.");
    }

    // facts V11
    @Test
    void validateItem_emptySets_rejected() {
        assertThatThrownBy(() -> ItemValidator.validateValue(new AttributeValue.SS(List.of())))
                .hasMessage("One or more parameter values were invalid: An string set  may not be empty");
        assertThatThrownBy(() -> ItemValidator.validateValue(new AttributeValue.NS(List.of())))
                .hasMessage("One or more parameter values were invalid: An number set  may not be empty");
        assertThatThrownBy(() -> ItemValidator.validateValue(new AttributeValue.BS(List.of())))
                .hasMessage("One or more parameter values were invalid: Binary sets should not be empty");
    }

    // errors.jsonl empty-string-inside-set, empty-binary-non-key-ok, setup 3 (empty non-key string)
    @Test
    void validatePutItem_emptyNonKeyValues_pass() {
        assertPutPasses(ERR_HS, item(a("pk", s("e")), a("sk", s("3")), a("a", AttributeValue.ss("", "a"))));
        assertPutPasses(ERR_HS, item(a("pk", s("e")), a("sk", s("3")), a("a", AttributeValue.b(new byte[0]))));
        assertPutPasses(ERR_HS, item(a("pk", s("e")), a("sk", s("3")), a("a", s(""))));
    }

    // errors.jsonl number-38-digits-ok, setup 1
    @Test
    void validatePutItem_38SignificantDigits_pass() {
        assertPutPasses(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", n("11111111111111111111111111111111111111"))));
        assertPutPasses(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", n("111111111111111111111111111111111111110000000000"))));
    }

    // errors.jsonl number-too-large, number-too-small, number-negative-too-large, number-set-39-digits
    @Test
    void validatePutItem_numbersOutOfRange_rejected() {
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", n("1E+126"))))
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", n("1E-131"))))
                .hasMessage("Number underflow. Attempting to store a number with magnitude smaller than supported range");
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", n("-1E+126"))))
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", AttributeValue.ns("1", "222222222222222222222222222222222222222"))))
                .hasMessage("DynamoDB only supports precision up to 38 digits");
    }

    @Test
    void validateItem_numberDeepInADocument_checked() {
        assertThatThrownBy(() -> ItemValidator.validateItem(item(a("m", AttributeValue.m(Map.of("l", AttributeValue.l(n("1E+200"))))))))
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
    }

    // errors.jsonl attribute-name-empty
    @Test
    void validatePutItem_emptyAttributeName_rejected() {
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("", s("v")))).hasMessage("Empty attribute name");
    }

    @Test
    void validateItem_emptyNameInsideAMap_rejected() {
        assertThatThrownBy(() -> ItemValidator.validateItem(item(a("m", AttributeValue.m(Map.of("", s("v")))))))
                .hasMessage("Empty attribute name");
    }

    // errors.jsonl setup 2 (65,535-byte name) and attribute-name-65536-bytes
    @Test
    void validatePutItem_nameOf65536Bytes_tooLarge() {
        assertPutPasses(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a".repeat(65_535), s("v"))));
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a".repeat(65_536), s("v"))))
                .hasMessage("Attribute name is too large, must be less than 65536 bytes");
    }

    // errors.jsonl null-false
    @Test
    void validatePutItem_nullFalse_rejected() {
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", new AttributeValue.Null(false))))
                .hasMessage("One or more parameter values were invalid: Null attribute value types must have the value of true");
    }

    // errors.jsonl nesting-33-maps, nesting-32-lists; capacity_items.jsonl items-s57 (31 maps deep passes)
    @Test
    void validatePutItem_nesting_32ContainersRejected31Pass() {
        String message = "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit";
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", nestedMaps(33)))).hasMessage(message);
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", nestedLists(32)))).hasMessage(message);
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", nestedMaps(32)))).hasMessage(message);
        assertPutPasses(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", nestedMaps(31))));
        assertPutPasses(ERR_HS, item(a("pk", s("e")), a("sk", s("2")), a("a", nestedLists(31))));
    }

    // errors.jsonl missing-partition-key, missing-sort-key, transact-validation-in-one-action
    @Test
    void validatePutItem_missingKey_notGivenAValue() {
        assertPutFails(ERR_HS, item(a("sk", s("1")), a("a", s("v")))).hasMessage("One of the required keys was not given a value");
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("a", s("v")))).hasMessage("One of the required keys was not given a value");
        assertPutFails(ERR_HS, item(a("pk", s("t")))).hasMessage("One of the required keys was not given a value");
    }

    // errors.jsonl sort-key-wrong-type
    @Test
    void validatePutItem_keyOfWrongType_typeMismatch() {
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", AttributeValue.b(new byte[] {1}))))
                .hasMessage("One or more parameter values were invalid: Type mismatch for key");
        assertPutFails(ERR_B, item(a("pk", s("x")))).hasMessage("One or more parameter values were invalid: Type mismatch for key");
    }

    @Test
    void validatePutItem_keyOfDocumentType_invalidType() {
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", AttributeValue.nul()))).hasMessage("Invalid attribute value type");
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", AttributeValue.ss("a"))))
                .hasMessage("One or more parameter values were invalid: Type mismatch for key");
    }

    // errors.jsonl partition-key-empty-string, sort-key-empty-string
    @Test
    void validatePutItem_emptyStringKey_rejectedNamingTheKey() {
        assertPutFails(ERR_HS, item(a("pk", s("")), a("sk", s("1")))).hasMessage("One or more parameter values are not valid. "
                + "The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("")))).hasMessage("One or more parameter values are not valid. "
                + "The AttributeValue for a key attribute cannot contain an empty string value. Key: sk");
    }

    @Test
    void validatePutItem_emptyBinaryKey_rejectedNamingTheKey() {
        assertPutFails(ERR_B, item(a("pk", AttributeValue.b(new byte[0])))).hasMessage("One or more parameter values are not valid. "
                + "The AttributeValue for a key attribute cannot contain an empty binary value. Key: pk");
    }

    // errors.jsonl partition-key-2048-bytes-ok, partition-key-2049-bytes, setup 4, sort-key-1025-bytes
    @Test
    void validatePutItem_keySizes_limitedTo2048And1024Bytes() {
        String message = "Hash primary key values must be under 2048 bytes, and range primary key values must be under 1024 bytes";
        assertPutPasses(ERR_HS, item(a("pk", s("k".repeat(2048))), a("sk", s("1"))));
        assertPutFails(ERR_HS, item(a("pk", s("k".repeat(2049))), a("sk", s("1")))).hasMessage(message);
        assertPutPasses(ERR_HS, item(a("pk", s("e")), a("sk", s("s".repeat(1024)))));
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("sk", s("s".repeat(1025))))).hasMessage(message);
        assertPutFails(ERR_HS, item(a("pk", s("\u20ac".repeat(683))), a("sk", s("1")))).hasMessage(message);
    }

    // errors.jsonl gsi-key-wrong-type
    @Test
    void validatePutItem_indexKeyOfWrongType_typeMismatchForIndexKey() {
        assertPutFails(CAP_IDX, item(a("pk", s("x")), a("sk", s("1")), a("gpk", s("g")), a("gsk", s("not-a-number"))))
                .hasMessage("One or more parameter values were invalid: Type mismatch for Index Key");
        assertPutFails(CAP_IDX, item(a("pk", s("x")), a("sk", s("1")), a("lsk", n("1"))))
                .hasMessage("One or more parameter values were invalid: Type mismatch for Index Key");
    }

    // errors.jsonl gsi-key-empty-string: gpk is a key of gsiAll and gsiKeys; DynamoDB Local names gsiKeys
    @Test
    void validatePutItem_emptyIndexKey_namesTheIndexDynamoDbLocalChecksFirst() {
        assertPutFails(CAP_IDX, item(a("pk", s("x")), a("sk", s("1")), a("gpk", s(""))))
                .hasMessage("One or more parameter values are not valid. A value specified for a secondary index key is not "
                        + "supported. The AttributeValue for a key attribute cannot contain an empty string value. "
                        + "IndexName: gsiKeys, IndexKey: gpk");
    }

    @Test
    void validatePutItem_emptyLocalIndexKey_namesTheIndex() {
        assertPutFails(CAP_IDX, item(a("pk", s("x")), a("sk", s("1")), a("lsk2", s(""))))
                .hasMessage("One or more parameter values are not valid. A value specified for a secondary index key is not "
                        + "supported. The AttributeValue for a key attribute cannot contain an empty string value. "
                        + "IndexName: lsiAll, IndexKey: lsk2");
    }

    @Test
    void validatePutItem_indexKeyTooLong_sizeLimitExceeded() {
        assertPutFails(CAP_IDX, item(a("pk", s("x")), a("sk", s("1")), a("gpk", s("g".repeat(2049)))))
                .hasMessage("One or more parameter values were invalid: Size limit exceeded");
        assertPutPasses(CAP_IDX, item(a("pk", s("x")), a("sk", s("1")), a("gpk", s("g".repeat(2048)))));
    }

    @Test
    void validatePutItem_itemWithItsLocalIndexEntriesOver400Kb_itemTooLarge() {
        Map<String, AttributeValue> base = item(a("pk", s("x")), a("sk", s("1")), a("p", s("x".repeat(210_000))));
        assertPutPasses(CAP_IDX, base);
        base.put("lsk2", s("l"));
        assertPutFails(CAP_IDX, base).hasMessage("Item size has exceeded the maximum allowed size");
    }

    @Test
    void validatePutItem_validItemWithIndexKeys_passes() {
        assertPutPasses(CAP_IDX, item(a("pk", s("x")), a("sk", s("1")), a("lsk", s("l")), a("gpk", s("g")), a("gsk", n("5")),
                a("gpk2", s("h")), a("inc", AttributeValue.l(n("1"), AttributeValue.nul()))));
    }

    @Test
    void validatePutItem_badValueAndMissingKey_reportsTheValueFirst() {
        assertPutFails(ERR_HS, item(a("pk", s("e")), a("a", n("1E+126"))))
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
    }

    @Test
    void validateItem_badValueUnderAnEmptyName_reportsTheValueFirst() {
        assertThatThrownBy(() -> ItemValidator.validateItem(item(a("", new AttributeValue.Null(false)))))
                .hasMessage("One or more parameter values were invalid: Null attribute value types must have the value of true");
    }

    @Test
    void validateItem_tooLargeBeforeALaterBadValue_reportsSizeFirst() {
        assertThatThrownBy(() -> ItemValidator.validateItem(item(a("p", s("x".repeat(409_600))), a("q", new AttributeValue.Null(false)))))
                .hasMessage("Item size has exceeded the maximum allowed size");
    }

    // errors.jsonl get-extra-key-attribute
    @Test
    void validateKey_extraAttribute_numberOfConditionsInvalid() {
        assertThatThrownBy(() -> ItemValidator.validateKey(ERR_HS, item(a("pk", s("e")), a("sk", s("1")), a("a", s("v")))))
                .hasMessage("The number of conditions on the keys is invalid");
    }

    @Test
    void validateKey_tooFewAttributes_numberOfConditionsInvalid() {
        assertThatThrownBy(() -> ItemValidator.validateKey(ERR_HS, item(a("pk", s("e")))))
                .hasMessage("The number of conditions on the keys is invalid");
        assertThatThrownBy(() -> ItemValidator.validateKey(ERR_B, item()))
                .hasMessage("The number of conditions on the keys is invalid");
    }

    @Test
    void validateKey_rightCountWrongName_notGivenAValue() {
        assertThatThrownBy(() -> ItemValidator.validateKey(ERR_HS, item(a("pk", s("e")), a("other", s("1")))))
                .hasMessage("One of the required keys was not given a value");
    }

    // errors.jsonl get-key-wrong-type
    @Test
    void validateKey_wrongType_typeMismatch() {
        assertThatThrownBy(() -> ItemValidator.validateKey(ERR_HS, item(a("pk", s("e")), a("sk", n("1")))))
                .hasMessage("One or more parameter values were invalid: Type mismatch for key");
    }

    @Test
    void validateKey_emptyOrLongValues_rejected() {
        assertThatThrownBy(() -> ItemValidator.validateKey(ERR_HS, item(a("pk", s("")), a("sk", s("1")))))
                .hasMessage("One or more parameter values are not valid. "
                        + "The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
        assertThatThrownBy(() -> ItemValidator.validateKey(ERR_HS, item(a("pk", s("e")), a("sk", s("s".repeat(1025))))))
                .hasMessage("Hash primary key values must be under 2048 bytes, and range primary key values must be under 1024 bytes");
    }

    @Test
    void validateKey_validKey_passes() {
        assertThatCode(() -> ItemValidator.validateKey(ERR_HS, item(a("sk", s("1")), a("pk", s("e"))))).doesNotThrowAnyException();
        assertThatCode(() -> ItemValidator.validateKey(ERR_B, item(a("pk", AttributeValue.b(new byte[] {0}))))).doesNotThrowAnyException();
    }

    // errors.jsonl update-grows-over-400kb: 409,000 bytes stored, then SET q = 2,000 more
    @Test
    void validateUpdatedItem_over400Kb_itemSizeToUpdate() {
        Map<String, AttributeValue> updated = item(a("pk", s("e")), a("sk", s("1")), a("p", s("x".repeat(409_000))), a("q", s("y".repeat(2_000))));
        assertThatThrownBy(() -> ItemValidator.validateUpdatedItem(ERR_HS, updated, true))
                .hasMessage("Item size to update has exceeded the maximum allowed size");
        updated.remove("q");
        assertThatCode(() -> ItemValidator.validateUpdatedItem(ERR_HS, updated, true)).doesNotThrowAnyException();
    }

    @Test
    void validateUpdatedItem_emptyIndexKey_rejectedByTheUpdateExpressionWording() {
        Map<String, AttributeValue> updated = item(a("pk", s("x")), a("sk", s("1")), a("gpk", s("")));
        assertThatThrownBy(() -> ItemValidator.validateUpdatedItem(CAP_IDX, updated, true))
                .hasMessage("One or more parameter values are not valid. The update expression attempted to update a secondary "
                        + "index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an "
                        + "empty string value.");
        assertThatThrownBy(() -> ItemValidator.validateUpdatedItem(CAP_IDX, updated, false))
                .hasMessage("One or more parameter values are not valid. A value specified for a secondary index key is not "
                        + "supported. The AttributeValue for a key attribute cannot contain an empty string value. "
                        + "IndexName: gsiKeys, IndexKey: gpk");
    }

    @Test
    void validateUpdatedItem_indexKeyOfAnotherType_rejected() {
        Map<String, AttributeValue> updated = item(a("pk", s("x")), a("sk", s("1")), a("gsk", s("five")));
        assertThatThrownBy(() -> ItemValidator.validateUpdatedItem(CAP_IDX, updated, true))
                .hasMessage("The update expression attempted to update the secondary index key to unsupported type");
        assertThatThrownBy(() -> ItemValidator.validateUpdatedItem(CAP_IDX, updated, false))
                .hasMessage("Updates on index keys must be of the same data type as the key attribute");
    }

    @Test
    void validateExpressionAttributeValue_badValue_wrappedWithThePlaceholder() {
        assertThatThrownBy(() -> ItemValidator.validateExpressionAttributeValue(":v", nestedMaps(33)))
                .hasMessage("ExpressionAttributeValues contains invalid value: Nesting Levels have exceeded supported limits: "
                        + "Attributes in the item have nested levels beyond supported limit for key :v");
        assertThatThrownBy(() -> ItemValidator.validateExpressionAttributeValue(":n", n("1E+126")))
                .hasMessage("ExpressionAttributeValues contains invalid value: Number overflow. Attempting to store a number "
                        + "with magnitude larger than supported range for key :n");
        assertThatCode(() -> ItemValidator.validateExpressionAttributeValue(":v", nestedMaps(32))).doesNotThrowAnyException();
    }

    @Test
    void validateItem_nullValue_rejected() {
        Map<String, AttributeValue> withNull = new LinkedHashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> ItemValidator.validateItem(withNull)).hasMessage("The supplied Item contains a null AttributeValue");
    }

    @Test
    void validatePutItem_includeProjectionCountsIncludedAttributes() {
        TableSpec spec = TableDefinitions.fromCreateTable(new CreateTableRequest("t_inc",
                List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("sk", "S"), new AttributeDefinition("l", "S")),
                List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("sk", "RANGE")), "PAY_PER_REQUEST", null, null,
                List.of(new IndexDefinition("lsiInc", List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("l", "RANGE")),
                        "INCLUDE", List.of("big"), null)), null));
        Map<String, AttributeValue> item = item(a("pk", s("x")), a("sk", s("1")), a("l", s("l")), a("big", s("x".repeat(200_000))));
        assertPutPasses(spec, item);
        item.put("other", s("y".repeat(10_000)));
        assertPutFails(spec, item).hasMessage("Item size has exceeded the maximum allowed size");
    }
}
