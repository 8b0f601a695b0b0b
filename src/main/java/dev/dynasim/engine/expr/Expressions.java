package dev.dynasim.engine.expr;

import dev.dynasim.engine.expr.ConditionParser.ParsedCondition;
import dev.dynasim.engine.expr.ProjectionParser.ParsedProjection;
import dev.dynasim.engine.expr.UpdateParser.ParsedUpdate;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the expressions of one request with all of DynamoDB's static checks: parameter
 * presence, syntax, placeholders (undefined and unused across all the request's expressions),
 * reserved words, overlapping paths, functions and operand types.
 */
public final class Expressions {
    /** The compiled form of a request with no expressions at all. */
    private static final CompiledExpressions NONE = new CompiledExpressions(null, null, null, null, null);

    private Expressions() {
    }

    /** Compiles every expression of the set; throws a ValidationException with DynamoDB's message on any error. */
    public static CompiledExpressions compile(ExpressionSet set) {
        Map<String, String> names = set.names();
        Map<String, AttributeValue> values = set.values();
        boolean anyExpression = set.condition() != null || set.keyCondition() != null || set.filter() != null
                || set.projection() != null || set.update() != null;
        if (!anyExpression && names == null && values == null) return NONE;
        if (names != null && !anyExpression) {
            throw DynamoDbException.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        if (values != null && set.condition() == null && set.keyCondition() == null && set.filter() == null
                && set.update() == null) {
            throw DynamoDbException.validation("ExpressionAttributeValues can only be specified when using expressions");
        }
        checkPlaceholders("ExpressionAttributeNames", names, '#');
        checkPlaceholders("ExpressionAttributeValues", values, ':');
        Set<String> usedNames = new HashSet<>();
        Set<String> usedValues = new HashSet<>();
        Update update = null;
        if (set.update() != null) {
            ParseState state = start(ExpressionKind.UPDATE, set.update(), names, values, usedNames, usedValues,
                    UpdateParser.keywords());
            ParsedUpdate parsed = parse(ExpressionKind.UPDATE, state, () -> UpdateParser.parse(state));
            fail(ExpressionKind.UPDATE, state, parsed.problem());
            update = new CompiledUpdate(set.update(), parsed.actions());
        }
        ParsedCondition condition = condition(ExpressionKind.CONDITION, set.condition(), names, values, usedNames,
                usedValues);
        ParsedCondition keyCondition = condition(ExpressionKind.KEY_CONDITION, set.keyCondition(), names, values,
                usedNames, usedValues);
        ParsedCondition filter = condition(ExpressionKind.FILTER, set.filter(), names, values, usedNames, usedValues);
        ProjectionPaths projection = null;
        if (set.projection() != null) {
            ParseState state = start(ExpressionKind.PROJECTION, set.projection(), names, values, usedNames,
                    usedValues, ProjectionParser.keywords());
            ParsedProjection parsed = parse(ExpressionKind.PROJECTION, state, () -> ProjectionParser.parse(state));
            fail(ExpressionKind.PROJECTION, state, parsed.problem());
            projection = new CompiledProjection(parsed.paths());
        }
        checkUnused("ExpressionAttributeNames", names, usedNames);
        checkUnused("ExpressionAttributeValues", values, usedValues);
        return new CompiledExpressions(compiled(condition), compiled(filter),
                keyCondition == null ? null : KeyConditions.from(keyCondition.root()), projection, update);
    }

    private static ParsedCondition condition(ExpressionKind kind, String text, Map<String, String> names,
                                             Map<String, AttributeValue> values, Set<String> usedNames,
                                             Set<String> usedValues) {
        if (text == null) {
            return null;
        }
        ParseState state = start(kind, text, names, values, usedNames, usedValues, ConditionParser.keywords());
        ParsedCondition parsed = parse(kind, state, () -> ConditionParser.parse(state));
        fail(kind, state, parsed.problem());
        return parsed;
    }

    private static Condition compiled(ParsedCondition parsed) {
        return parsed == null ? null : new CompiledCondition(parsed.root(), parsed.topLevelNames());
    }

    private static ParseState start(ExpressionKind kind, String text, Map<String, String> names,
                                     Map<String, AttributeValue> values, Set<String> usedNames,
                                     Set<String> usedValues, Set<String> keywords) {
        if (text.isEmpty()) {
            throw DynamoDbException.validation(kind.prefix() + "The expression can not be empty;");
        }
        int bytes = utf8Length(text);
        if (bytes > ExpressionLimits.MAX_EXPRESSION_BYTES) {
            throw DynamoDbException.validation(kind.prefix()
                    + "Expression size has exceeded the maximum allowed size; expression size: " + bytes);
        }
        return new ParseState(text, names, values, usedNames, usedValues, keywords);
    }

    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static <T> T parse(ExpressionKind kind, ParseState state, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (SyntaxError e) {
            throw DynamoDbException.validation(kind.prefix() + state.syntaxMessage(e.tokenIndex()));
        }
    }

    private static void fail(ExpressionKind kind, ParseState state, String problem) {
        if (problem != null) {
            throw DynamoDbException.validation(kind.prefix() + problem);
        }
        if (state.operators > ExpressionLimits.MAX_OPERATORS) {
            throw DynamoDbException.validation(kind.prefix()
                    + "The expression contains too many operators; operator count: " + state.operators);
        }
    }

    private static void checkPlaceholders(String parameter, Map<String, ?> map, char sigil) {
        if (map == null) {
            return;
        }
        if (map.isEmpty()) {
            throw DynamoDbException.validation(parameter + " must not be empty");
        }
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            String key = entry.getKey();
            if (!isPlaceholder(key, sigil)) {
                throw DynamoDbException.validation(parameter + " contains invalid key: Syntax error; key: \""
                        + key + "\"");
            }
            if ("".equals(entry.getValue())) {
                throw DynamoDbException.validation(parameter + " contains invalid value: Empty attribute name for key "
                        + key);
            }
        }
    }

    private static boolean isPlaceholder(String key, char sigil) {
        if (key == null || key.length() < 2 || key.charAt(0) != sigil) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!word) {
                return false;
            }
        }
        return true;
    }

    private static void checkUnused(String parameter, Map<String, ?> map, Set<String> used) {
        if (map == null || used.size() == map.size()) {
            return;
        }
        List<String> unused = new ArrayList<>();
        for (String key : map.keySet()) {
            if (!used.contains(key)) {
                unused.add(key);
            }
        }
        if (!unused.isEmpty()) {
            throw DynamoDbException.validation("Value provided in " + parameter + " unused in expressions: keys: {"
                    + String.join(", ", unused) + "}");
        }
    }
}
