package dev.dynasim.engine.table;

import dev.dynasim.engine.expr.ExpressionSet;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * DynamoDB's legacy request parameters (Expected, KeyConditions, QueryFilter, ScanFilter,
 * AttributesToGet, AttributeUpdates) rewritten as expressions with private placeholders, so
 * that one evaluator serves both; and the check that a request does not mix the two styles.
 */
final class LegacyParameters {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final Set<String> SET_TYPES = Set.of("SS", "NS", "BS");
    private static final Set<String> ADD_TYPES = Set.of("N", "SS", "NS", "BS", "L");
    private static final Set<String> SCALAR_TYPES = Set.of("S", "N", "B");
    private static final Set<String> PREFIX_TYPES = Set.of("S", "B");
    private Map<String, String> names = Map.of();
    private Map<String, AttributeValue> values = Map.of();

    /**
     * Rejects a request that uses both styles, with DynamoDB's message listing each side's
     * parameters by name, e.g. {@code Non-expression parameters: {AttributesToGet}}.
     */
    static void checkNotMixed(Map<String, Boolean> legacy, Map<String, Boolean> expressions) {
        if (!legacy.containsValue(Boolean.TRUE) || !expressions.containsValue(Boolean.TRUE)) return;
        StringJoiner l = new StringJoiner(", ", "{", "}");
        StringJoiner e = new StringJoiner(", ", "{", "}");
        legacy.forEach((k, present) -> {
            if (present) l.add(k);
        });
        expressions.forEach((k, present) -> {
            if (present) e.add(k);
        });
        if (l.length() > 2 && e.length() > 2) {
            throw DynamoDbException.validation("Can not use both expression and non-expression parameters in the same request: "
                    + "Non-expression parameters: " + l + " Expression parameters: " + e);
        }
    }

    /** A condition expression equivalent to a legacy Expected/filter map, or null when empty. */
    String condition(Map<String, ExpectedAttribute> conditions, String conditionalOperator) {
        if (conditions == null || conditions.isEmpty()) return null;
        String joiner = "OR".equals(conditionalOperator) ? " OR " : " AND ";
        StringJoiner all = new StringJoiner(joiner);
        conditions.forEach((attr, exp) -> all.add("(" + term(attr, exp) + ")"));
        return all.toString();
    }

    /** A projection expression equivalent to AttributesToGet, or null. */
    String projection(List<String> attributesToGet) {
        if (attributesToGet == null || attributesToGet.isEmpty()) return null;
        StringJoiner j = new StringJoiner(", ");
        for (String a : attributesToGet) j.add(name(a));
        return j.toString();
    }

    /** An update expression equivalent to AttributeUpdates, or null. */
    String update(Map<String, AttributeValueUpdate> updates) {
        if (updates == null || updates.isEmpty()) return null;
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        List<String> add = new ArrayList<>();
        List<String> delete = new ArrayList<>();
        updates.forEach((attr, u) -> {
            String action = u.action() == null ? "PUT" : u.action();
            checkUpdateValue(action, u.value());
            switch (action) {
                case "PUT" -> set.add(name(attr) + " = " + value(u.value()));
                case "ADD" -> add.add(name(attr) + " " + value(u.value()));
                case "DELETE" -> {
                    if (u.value() == null) remove.add(name(attr));
                    else delete.add(name(attr) + " " + value(u.value()));
                }
                default -> throw DynamoDbException.validation("1 validation error detected: Value '" + action
                        + "' at 'attributeUpdates." + attr + ".member.action' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [ADD, PUT, DELETE]");
            }
        });
        StringBuilder sb = new StringBuilder();
        clause(sb, "SET", set);
        clause(sb, "REMOVE", remove);
        clause(sb, "ADD", add);
        clause(sb, "DELETE", delete);
        return sb.toString().trim();
    }

    /**
     * Rejects an AttributeUpdates entry whose value does not suit its action, with DynamoDB's
     * messages: PUT and ADD need a value, DELETE takes only a set, ADD only a number, set or list.
     */
    private static void checkUpdateValue(String action, AttributeValue value) {
        if (value == null) {
            if (!action.equals("DELETE")) {
                throw DynamoDbException.validation(INVALID + "Only DELETE action is allowed when no attribute value is specified");
            }
            return;
        }
        String type = value.type();
        if (action.equals("DELETE") && !SET_TYPES.contains(type)) {
            throw DynamoDbException.validation(INVALID + "DELETE action with value is not supported for the type " + type);
        }
        if (action.equals("ADD") && !ADD_TYPES.contains(type)) {
            throw DynamoDbException.validation(INVALID + "ADD action is not supported for the type " + type);
        }
    }

    private static void clause(StringBuilder sb, String keyword, List<String> parts) {
        if (!parts.isEmpty()) sb.append(keyword).append(' ').append(String.join(", ", parts)).append(' ');
    }

    private String term(String attr, ExpectedAttribute e) {
        if (e == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'expected." + attr
                    + "' failed to satisfy constraint: Member must not be null");
        }
        String n = name(attr);
        if (e.comparisonOperator() == null) {
            if (Boolean.FALSE.equals(e.exists())) {
                if (e.value() != null) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: "
                            + "Value cannot be used when Exists is false for Attribute: " + attr);
                }
                return "attribute_not_exists(" + n + ")";
            }
            if (e.value() == null) {
                throw DynamoDbException.validation("One or more parameter values were invalid: "
                        + "Value must be provided when Exists is " + (e.exists() == null ? "null" : "true")
                        + " for Attribute: " + attr);
            }
            return n + " = " + value(e.value());
        }
        List<AttributeValue> args = e.attributeValueList() == null ? List.of() : e.attributeValueList();
        String op = e.comparisonOperator();
        checkArguments(op, args);
        return switch (op) {
            case "EQ" -> n + " = " + arg(args, 0, op);
            case "NE" -> n + " <> " + arg(args, 0, op);
            case "LE" -> n + " <= " + arg(args, 0, op);
            case "LT" -> n + " < " + arg(args, 0, op);
            case "GE" -> n + " >= " + arg(args, 0, op);
            case "GT" -> n + " > " + arg(args, 0, op);
            case "NOT_NULL" -> "attribute_exists(" + n + ")";
            case "NULL" -> "attribute_not_exists(" + n + ")";
            case "CONTAINS" -> "contains(" + n + ", " + arg(args, 0, op) + ")";
            case "NOT_CONTAINS" -> "NOT contains(" + n + ", " + arg(args, 0, op) + ")";
            case "BEGINS_WITH" -> "begins_with(" + n + ", " + arg(args, 0, op) + ")";
            case "BETWEEN" -> n + " BETWEEN " + arg(args, 0, op) + " AND " + arg(args, 1, op);
            case "IN" -> {
                StringJoiner j = new StringJoiner(", ", n + " IN (", ")");
                for (AttributeValue v : args) j.add(value(v));
                yield j.toString();
            }
            default -> throw DynamoDbException.validation("1 validation error detected: Value '" + op
                    + "' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
        };
    }

    /**
     * Rejects a ComparisonOperator given the wrong number of arguments or an argument of a type it
     * cannot compare, with DynamoDB's messages (unknown operators are left to the caller).
     */
    private static void checkArguments(String op, List<AttributeValue> args) {
        boolean countFits = switch (op) {
            case "NULL", "NOT_NULL" -> args.isEmpty();
            case "BETWEEN" -> args.size() == 2;
            case "IN" -> !args.isEmpty();
            case "EQ", "NE", "LE", "LT", "GE", "GT", "CONTAINS", "NOT_CONTAINS", "BEGINS_WITH" -> args.size() == 1;
            default -> true;
        };
        if (!countFits) {
            throw DynamoDbException.validation(INVALID + "Invalid number of argument(s) for the " + op + " ComparisonOperator");
        }
        Set<String> allowed = switch (op) {
            case "LE", "LT", "GE", "GT", "BETWEEN", "IN", "CONTAINS", "NOT_CONTAINS" -> SCALAR_TYPES;
            case "BEGINS_WITH" -> PREFIX_TYPES;
            default -> null;
        };
        if (allowed == null) return;
        for (AttributeValue v : args) {
            if (v != null && !allowed.contains(v.type())) {
                throw DynamoDbException.validation(INVALID + "ComparisonOperator " + op + " is not valid for " + v.type()
                        + " AttributeValue type");
            }
        }
    }

    private String arg(List<AttributeValue> args, int i, String op) {
        if (i >= args.size()) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Invalid number of argument(s) for the "
                    + op + " ComparisonOperator");
        }
        return value(args.get(i));
    }

    private String name(String attr) {
        if (attr == null || attr.isEmpty()) throw DynamoDbException.validation(ItemValidator.EMPTY_NAME);
        String placeholder = "#legacy" + names.size();
        if (names.isEmpty()) names = new LinkedHashMap<>();
        names.put(placeholder, attr);
        return placeholder;
    }

    private String value(AttributeValue v) {
        String placeholder = ":legacy" + values.size();
        if (values.isEmpty()) values = new LinkedHashMap<>();
        values.put(placeholder, v);
        return placeholder;
    }

    /**
     * The request's expressions with its placeholders and the ones generated here merged in.
     * The request's ExpressionAttributeValues are checked like item values first.
     */
    ExpressionSet expressions(String condition, String keyCondition, String filter, String projection, String update,
                              Map<String, String> requestNames, Map<String, AttributeValue> requestValues) {
        if (requestValues != null) requestValues.forEach(ItemValidator::validateExpressionAttributeValue);
        return new ExpressionSet(condition, keyCondition, filter, projection, update,
                merge(requestNames, names), merge(requestValues, values));
    }

    private static <V> Map<String, V> merge(Map<String, V> request, Map<String, V> generated) {
        if (generated.isEmpty()) return request;
        if (request == null || request.isEmpty()) return generated;
        Map<String, V> m = new LinkedHashMap<>(request);
        m.putAll(generated);
        return m;
    }
}
