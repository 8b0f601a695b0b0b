package dev.dynasim.api;

import java.util.Set;

/**
 * The enum value sets of request members as DynamoDB lists them in its constraint messages
 * (order as the service prints them; AWS API reference, DynamoDB data types).
 */
final class WireEnums {
    static final ValueSet RETURN_VALUE = ValueSet.of("[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]");
    static final ValueSet RETURN_VALUE_ON_FAILURE = ValueSet.of("[ALL_OLD, NONE]");
    static final ValueSet RETURN_CONSUMED_CAPACITY = ValueSet.of("[INDEXES, TOTAL, NONE]");
    static final ValueSet RETURN_ITEM_COLLECTION_METRICS = ValueSet.of("[SIZE, NONE]");
    static final ValueSet SELECT = ValueSet.of("[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
    static final ValueSet BILLING_MODE = ValueSet.of("[PROVISIONED, PAY_PER_REQUEST]");
    static final ValueSet TABLE_CLASS = ValueSet.of("[STANDARD, STANDARD_INFREQUENT_ACCESS]");
    static final ValueSet CONDITIONAL_OPERATOR = ValueSet.of("[AND, OR]");

    private WireEnums() {
    }

    /** An enum value set: its values and the text DynamoDB shows for it. */
    record ValueSet(String shown, Set<String> values) {
        static ValueSet of(String shown) {
            return new ValueSet(shown, Set.of(shown.substring(1, shown.length() - 1).split(", ")));
        }

        /** The constraint text of this set. */
        String constraint() {
            return "Member must satisfy enum value set: " + shown;
        }
    }
}
