package dev.dynasim.engine.expr;

import static dev.dynasim.engine.model.AttributeValue.l;
import static dev.dynasim.engine.model.AttributeValue.m;
import static dev.dynasim.engine.model.AttributeValue.n;
import static dev.dynasim.engine.model.AttributeValue.ns;
import static dev.dynasim.engine.model.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Static checks, with the messages recorded from DynamoDB (oracle errors.jsonl) where available. */
class ExpressionsValidationTest {

    static ExpressionSet update(String update, Map<String, String> names, Map<String, AttributeValue> values) {
        return new ExpressionSet(null, null, null, null, update, names, values);
    }

    static ExpressionSet condition(String condition, Map<String, String> names, Map<String, AttributeValue> values) {
        return new ExpressionSet(condition, null, null, null, null, names, values);
    }

    static void assertRejected(ExpressionSet set, String message) {
        assertThatThrownBy(() -> Expressions.compile(set))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ValidationException);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void update_missingOperandAtEnd_syntaxErrorAtEof() {
        assertRejected(update("SET a = ", null, null),
                "Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"= \"");
    }

    @Test
    void condition_doubledComparator_syntaxErrorNearNeighbours() {
        assertRejected(condition("a = = :v", null, Map.of(":v", n(1))),
                "Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = :v\"");
    }

    @Test
    void condition_bareAttribute_syntaxErrorAtEof() {
        assertRejected(condition("a", null, null), "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"a\"");
    }

    @Test
    void condition_unknownCharacter_syntaxErrorAtIt() {
        assertRejected(condition("a = $", null, null), "Invalid ConditionExpression: Syntax error; token: \"$\", near: \"= $\"");
    }

    @Test
    void update_unknownFunction_invalidFunctionName() {
        assertRejected(update("SET a = nosuchfn(a)", null, null),
                "Invalid UpdateExpression: Invalid function name; function: nosuchfn");
    }

    @Test
    void update_unusedValue_listsUnusedKeys() {
        assertRejected(update("SET a = :v", null, Map.of(":v", n(5), ":unused", n(6))),
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
    }

    @Test
    void update_unusedName_listsUnusedKeys() {
        assertRejected(update("SET a = :v", Map.of("#u", "x"), Map.of(":v", n(5))),
                "Value provided in ExpressionAttributeNames unused in expressions: keys: {#u}");
    }

    @Test
    void update_undefinedValue_namesIt() {
        assertRejected(update("SET a = :v", null, null),
                "Invalid UpdateExpression: An expression attribute value used in expression is not defined; "
                        + "attribute value: :v");
    }

    @Test
    void update_undefinedName_namesIt() {
        assertRejected(update("SET #n = :v", null, Map.of(":v", n(5))),
                "Invalid UpdateExpression: An expression attribute name used in the document path is not defined; "
                        + "attribute name: #n");
    }

    @Test
    void update_reservedWord_namesIt() {
        assertRejected(update("SET name = :v", null, Map.of(":v", s("x"))),
                "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: name");
        assertRejected(update("ADD counter :one", null, Map.of(":one", n(1))),
                "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: counter");
    }

    @Test
    void update_samePathTwice_overlap() {
        assertRejected(update("SET a = :v REMOVE a", null, Map.of(":v", n(5))),
                "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of "
                        + "these paths; path one: [a], path two: [a]");
    }

    @Test
    void update_parentAndChild_overlap() {
        assertRejected(update("SET m = :m, m.x = :v", null, Map.of(":m", m(Map.of()), ":v", n(5))),
                "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of "
                        + "these paths; path one: [m], path two: [m, x]");
    }

    @Test
    void update_keyVersusIndex_conflict() {
        assertRejected(update("SET a.b = :v, a[1] = :v", null, Map.of(":v", n(5))),
                "Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of "
                        + "these paths; path one: [a, b], path two: [a, [1]]");
    }

    @Test
    void update_sectionTwice_rejected() {
        assertRejected(update("SET a = :v SET b = :v", null, Map.of(":v", n(5))),
                "Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
    }

    @Test
    void update_addListOperand_incorrectOperandType() {
        assertRejected(update("ADD l :lst", null, Map.of(":lst", l(n(2)))),
                "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, "
                        + "operand type: LIST, typeSet: ALLOWED_FOR_ADD_OPERAND");
    }

    @Test
    void update_deleteNumberOperand_incorrectOperandType() {
        assertRejected(update("DELETE s :one", null, Map.of(":one", n(1))),
                "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, "
                        + "operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND");
    }

    @Test
    void update_arithmeticOnStringLiteral_incorrectOperandType() {
        assertRejected(update("SET a = a + :s", null, Map.of(":s", s("x"))),
                "Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, "
                        + "operand type: S");
    }

    @Test
    void update_ifNotExistsOnValue_requiresPath() {
        assertRejected(update("SET a = if_not_exists(:v, :v)", null, Map.of(":v", n(1))),
                "Invalid UpdateExpression: Operator or function requires a document path; operator or function: "
                        + "if_not_exists");
    }

    @Test
    void update_listAppendOneOperand_incorrectNumberOfOperands() {
        assertRejected(update("SET a = list_append(a)", null, null),
                "Invalid UpdateExpression: Incorrect number of operands for operator or function; "
                        + "operator or function: list_append, number of operands: 1");
    }

    @Test
    void keyCondition_beginsWithNumber_incorrectOperandType() {
        ExpressionSet set = new ExpressionSet(null, "pk = :p AND begins_with(sk, :n)", null, null, null, null,
                Map.of(":p", s("c"), ":n", n(1)));
        assertRejected(set, "Invalid KeyConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: begins_with, operand type: N");
    }

    @Test
    void emptyExpressions_cannotBeEmpty() {
        assertRejected(condition("", null, null), "Invalid ConditionExpression: The expression can not be empty;");
        assertRejected(update("", null, null), "Invalid UpdateExpression: The expression can not be empty;");
        assertRejected(new ExpressionSet(null, null, "", null, null, null, null),
                "Invalid FilterExpression: The expression can not be empty;");
        assertRejected(new ExpressionSet(null, "", null, null, null, null, null),
                "Invalid KeyConditionExpression: The expression can not be empty;");
        assertRejected(new ExpressionSet(null, null, null, "", null, null, null),
                "Invalid ProjectionExpression: The expression can not be empty;");
    }

    @Test
    void placeholdersWithoutExpressions_rejected() {
        assertRejected(new ExpressionSet(null, null, null, null, null, Map.of("#a", "a"), null),
                "ExpressionAttributeNames can only be specified when using expressions");
        assertRejected(new ExpressionSet(null, null, null, "a", null, null, Map.of(":v", n(1))),
                "ExpressionAttributeValues can only be specified when using expressions");
    }

    @Test
    void placeholderMaps_emptyOrMalformedKeys_rejected() {
        assertRejected(condition("a = :v", Map.of(), Map.of(":v", n(1))), "ExpressionAttributeNames must not be empty");
        assertRejected(condition("a = :v", null, Map.of("v", n(1))),
                "ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"");
    }

    @Test
    void names_emptyAttributeName_isInvalidValueForItsKey() {
        assertRejected(update("SET #a = :v", Map.of("#a", ""), Map.of(":v", n(1))),
                "ExpressionAttributeNames contains invalid value: Empty attribute name for key #a");
    }

    @Test
    void unused_acrossExpressions_countsEveryExpression() {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        values.put(":a", n(1));
        values.put(":b", n(2));
        values.put(":c", n(3));
        assertThat(Expressions.compile(new ExpressionSet("a = :a", null, null, "#p", "SET b = :b, c = :c",
                Map.of("#p", "p"), values))).isNotNull();
        values.put(":d", n(4));
        values.put(":e", n(5));
        assertRejected(new ExpressionSet("a = :a", null, null, null, "SET b = :b, c = :c", null, values),
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:d, :e}");
    }

    @Test
    void condition_unknownFunction_invalidFunctionName() {
        assertRejected(condition("if_not_exists(a, :v)", null, Map.of(":v", n(1))),
                "Invalid ConditionExpression: Invalid function name; function: if_not_exists");
    }

    @Test
    void condition_sizeAsCondition_misusedFunction() {
        assertRejected(condition("size(a)", null, null),
                "Invalid ConditionExpression: The function is not allowed to be used this way in an expression; "
                        + "function: size");
        assertRejected(condition("begins_with(a, :v) = :v", null, Map.of(":v", s("x"))),
                "Invalid ConditionExpression: The function is not allowed to be used this way in an expression; "
                        + "function: begins_with");
    }

    @Test
    void condition_attributeExistsOnValue_requiresPath() {
        assertRejected(condition("attribute_exists(:v)", null, Map.of(":v", n(1))),
                "Invalid ConditionExpression: Operator or function requires a document path; operator or function: "
                        + "attribute_exists");
    }

    @Test
    void condition_wrongOperandCount_rejected() {
        assertRejected(condition("begins_with(a)", null, null),
                "Invalid ConditionExpression: Incorrect number of operands for operator or function; "
                        + "operator or function: begins_with, number of operands: 1");
    }

    @Test
    void condition_samePathBothSides_mustBeDistinct() {
        assertRejected(condition("a.b = a.b", null, null),
                "Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this "
                        + "operator or function; operator: =, first operand: [a, b]");
    }

    @Test
    void condition_betweenReversedBounds_rejected() {
        assertRejected(condition("a BETWEEN :hi AND :lo", null, Map.of(":hi", n(2), ":lo", n(1))),
                "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to "
                        + "lower bound; lower bound operand: AttributeValue: {N:2}, upper bound operand: "
                        + "AttributeValue: {N:1}");
        assertRejected(condition("a BETWEEN :n AND :s", null, Map.of(":n", n(2), ":s", s("x"))),
                "Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds; "
                        + "lower bound operand: AttributeValue: {N:2}, upper bound operand: AttributeValue: {S:x}");
    }

    @Test
    void condition_badAttributeTypeName_rejected() {
        assertRejected(condition("attribute_type(a, :t)", null, Map.of(":t", s("STRING"))),
                "Invalid ConditionExpression: Invalid attribute type name found; type: STRING, "
                        + "valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
    }

    @Test
    void condition_sizeOfNumberLiteral_incorrectOperandType() {
        assertRejected(condition("size(:n) > :n", null, Map.of(":n", n(1))),
                "Invalid ConditionExpression: Incorrect operand type for operator or function; "
                        + "operator or function: size, operand type: N");
    }

    @Test
    void condition_redundantParentheses_rejected() {
        assertRejected(condition("((a = :v))", null, Map.of(":v", n(1))),
                "Invalid ConditionExpression: The expression has redundant parentheses;");
    }

    @Test
    void projection_overlapAndReservedAndUndefined_rejected() {
        assertRejected(new ExpressionSet(null, null, null, "a, a.b", null, null, null),
                "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one "
                        + "of these paths; path one: [a], path two: [a, b]");
        assertRejected(new ExpressionSet(null, null, null, "a, size", null, null, null),
                "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: size");
        assertRejected(new ExpressionSet(null, null, null, "#x", null, Map.of("#y", "y"), null),
                "Invalid ProjectionExpression: An expression attribute name used in the document path is not defined; "
                        + "attribute name: #x");
    }

    @Test
    void reservedWords_fullList_caseInsensitive() {
        assertThat(ReservedWords.isReserved("ZONE")).isTrue();
        assertThat(ReservedWords.isReserved("abort")).isTrue();
        assertThat(ReservedWords.isReserved("Flattern")).isTrue();
        assertThat(ReservedWords.isReserved("pk")).isFalse();
        assertThat(ReservedWords.isReserved("color")).isFalse();
    }

    @Test
    void deleteWithSetValue_compiles() {
        assertThat(Expressions.compile(update("DELETE tags :ns", null, Map.of(":ns", ns("1")))).update()).isNotNull();
    }

    @Test
    void limits_sizeOperatorsAndInOperands_rejected() {
        assertRejected(condition("a" + "b".repeat(4096) + " = :v", null, Map.of(":v", n(1))),
                "Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; "
                        + "expression size: 4102");
        StringBuilder many = new StringBuilder("a = :v");
        for (int i = 0; i < 150; i++) {
            many.append(" AND a = :v");
        }
        assertRejected(new ExpressionSet(null, null, many.toString(), null, null, null, Map.of(":v", n(1))),
                "Invalid FilterExpression: The expression contains too many operators; operator count: 301");
        StringBuilder in = new StringBuilder("a IN (:v");
        for (int i = 0; i < 100; i++) {
            in.append(", :v");
        }
        assertRejected(new ExpressionSet(null, null, in.append(")").toString(), null, null, null, Map.of(":v", n(1))),
                "Invalid FilterExpression: The IN operator is provided with too many operands; number of operands: 101");
    }

    @Test
    void deepNesting_rejectedWithoutStackOverflow() {
        String deep = "(".repeat(1500) + "a = :v" + ")".repeat(1500);
        assertThatThrownBy(() -> Expressions.compile(condition(deep, null, Map.of(":v", n(1)))))
                .isInstanceOf(DynamoDbException.class);
        String nots = "NOT ".repeat(1000) + "a = :v";
        assertThatThrownBy(() -> Expressions.compile(condition(nots, null, Map.of(":v", n(1)))))
                .isInstanceOf(DynamoDbException.class);
    }

    @Test
    void condition_errorAtFirstToken_nearStartsThere() {
        assertRejected(condition("= a", null, null), "Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= a\"");
    }

    @Test
    void condition_updateFunctionAsTypeName_invalidFunctionName() {
        assertRejected(condition("attribute_type(a, if_not_exists(b, :s))", null, Map.of(":s", s("S"))),
                "Invalid ConditionExpression: Invalid function name; function: if_not_exists");
    }
}
