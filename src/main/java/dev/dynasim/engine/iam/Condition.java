package dev.dynasim.engine.iam;

import java.util.List;

/**
 * One condition of a statement: an operator ({@code StringEquals}, {@code StringNotEquals},
 * {@code StringLike}, {@code StringNotLike}, their {@code ForAllValues:} and {@code ForAnyValue:} set
 * forms, or {@code Null}; see {@link ConditionOperator}), a condition key (e.g.
 * {@code dynamodb:LeadingKeys}; key names are case-insensitive, as in IAM) and the values it is
 * compared with (policy variables such as {@code ${aws:userid}} allowed; values are case-sensitive).
 * The constructor rejects what the evaluator would otherwise silently ignore or get wrong: an
 * unsupported operator, a {@code Null} value other than "true" or "false", and
 * {@code dynamodb:LeadingKeys} compared without {@code ForAllValues:} (facts I3).
 */
public record Condition(String operator, String key, List<String> values) {
    /** The DynamoDB condition key for the partition-key values a request touches (facts I3). */
    public static final String LEADING_KEYS = "dynamodb:LeadingKeys";

    /** The message for {@code dynamodb:LeadingKeys} compared without {@code ForAllValues:}. */
    public static final String LEADING_KEYS_RULE = LEADING_KEYS + " must be used with the ForAllValues: modifier, e.g."
            + " ForAllValues:StringEquals: a request can carry several partition-key values, and DynamoDB's fine-grained"
            + " access control requires every one of them to match (DynamoDB Developer Guide, \"Using IAM policy"
            + " conditions for fine-grained access control\")";

    /** Checks the operator, the key and the values, and copies the values. */
    public Condition {
        if (operator == null || key == null || key.isBlank()) {
            throw new IllegalArgumentException("a condition needs an operator and a key");
        }
        if (values == null) throw new IllegalArgumentException("condition " + operator + " on " + key + " needs values");
        for (String v : values) {
            if (v == null) throw new IllegalArgumentException("condition " + operator + " on " + key + " has a null value");
        }
        values = List.copyOf(values);
        ConditionOperator op;
        try {
            op = ConditionOperator.parse(operator);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(operator + ": " + e.getMessage());
        }
        if (key.equalsIgnoreCase(LEADING_KEYS) && op.base() != ConditionOperator.Base.NULL
                && op.modifier() != ConditionOperator.SetModifier.FOR_ALL_VALUES) {
            throw new IllegalArgumentException(LEADING_KEYS_RULE);
        }
        for (String v : values) {
            if (!op.acceptsValue(v)) {
                throw new IllegalArgumentException("Null on " + key + " takes \"true\" (the key is absent) or \"false\""
                        + " (the key is present), not \"" + v + "\"");
            }
        }
    }

    /** The parsed operator. */
    public ConditionOperator parsedOperator() {
        return ConditionOperator.parse(operator);
    }

    /** Whether this condition's key is {@code name}, compared case-insensitively as IAM does. */
    public boolean isKey(String name) {
        return key.equalsIgnoreCase(name);
    }
}
