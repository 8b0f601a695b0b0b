package dev.dynasim.api;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.table.QueryRequest;
import dev.dynasim.engine.table.ReturnConsumedCapacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PartiQL subset dynasim runs for ExecuteStatement:
 * {@code SELECT * FROM <table> WHERE <key> = <value> [AND <key> = <value>]}, where a value is a
 * 'string', a number or a {@code ?} parameter, translated to a Query on the key.
 */
final class PartiQlSelect {
    /** The message for any statement outside the subset. */
    static final String UNSUPPORTED = "Statement wasn't well formed, can't be processed: dynasim supports only "
            + "SELECT * FROM <table> WHERE <key> = <value> [AND <key> = <value>]";

    private final String text;
    private final List<AttributeValue> parameters;
    private int pos;
    private int nextParameter;

    private PartiQlSelect(String text, List<AttributeValue> parameters) {
        this.text = text;
        this.parameters = parameters == null ? List.of() : parameters;
    }

    /** Parses a statement into the Query it stands for. */
    static QueryRequest parse(String statement, List<AttributeValue> parameters, boolean consistentRead,
                              Integer limit, Map<String, AttributeValue> exclusiveStartKey) {
        PartiQlSelect p = new PartiQlSelect(statement, parameters);
        p.keyword("SELECT");
        p.symbol('*');
        p.keyword("FROM");
        String table = p.name();
        p.keyword("WHERE");
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>(2);
        do {
            int i = conditions.size();
            names.put("#k" + i, p.name());
            p.symbol('=');
            values.put(":v" + i, p.value());
            conditions.add("#k" + i + " = :v" + i);
        } while (conditions.size() < 2 && p.optionalKeyword("AND"));
        p.skipSpace();
        if (p.pos != p.text.length() || p.nextParameter != p.parameters.size()) {
            throw DynamoDbException.validation(UNSUPPORTED);
        }
        return new QueryRequest(table, null, String.join(" AND ", conditions), null, null, names, values,
                null, limit, consistentRead, null, exclusiveStartKey, ReturnConsumedCapacity.NONE,
                null, null, null, null);
    }

    private void keyword(String word) {
        if (!optionalKeyword(word)) throw DynamoDbException.validation(UNSUPPORTED);
    }

    private boolean optionalKeyword(String word) {
        skipSpace();
        int end = pos + word.length();
        if (end <= text.length() && text.regionMatches(true, pos, word, 0, word.length())
                && (end == text.length() || !isNameChar(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private void symbol(char c) {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != c) throw DynamoDbException.validation(UNSUPPORTED);
        pos++;
    }

    private String name() {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '"') {
            int end = text.indexOf('"', pos + 1);
            if (end < 0) throw DynamoDbException.validation(UNSUPPORTED);
            String name = text.substring(pos + 1, end);
            pos = end + 1;
            return name;
        }
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) pos++;
        if (start == pos) throw DynamoDbException.validation(UNSUPPORTED);
        return text.substring(start, pos);
    }

    private AttributeValue value() {
        skipSpace();
        if (pos >= text.length()) throw DynamoDbException.validation(UNSUPPORTED);
        char c = text.charAt(pos);
        if (c == '?') {
            pos++;
            if (nextParameter >= parameters.size()) {
                throw DynamoDbException.validation("Number of parameters in request and statement don't match.");
            }
            return parameters.get(nextParameter++);
        }
        if (c == '\'') return AttributeValue.s(quoted());
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) pos++;
        if (start == pos) throw DynamoDbException.validation(UNSUPPORTED);
        return AttributeValueCodec.number(text.substring(start, pos));
    }

    private String quoted() {
        StringBuilder s = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c != '\'') {
                s.append(c);
            } else if (pos < text.length() && text.charAt(pos) == '\'') {
                s.append('\'');
                pos++;
            } else {
                return s.toString();
            }
        }
        throw DynamoDbException.validation(UNSUPPORTED);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }
}
