package dev.dynasim.api;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.QueryRequest;
import dev.dynasim.engine.table.ReturnConsumedCapacity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartiQlSelectTest {
    private static QueryRequest parse(String statement) {
        return PartiQlSelect.parse(statement, null, false, null, null);
    }

    @Test
    void parse_goldenCase_isQueryOnPartitionKey() {
        QueryRequest q = parse("SELECT * FROM sem_str WHERE pk = 'u'");
        assertThat(q.tableName()).isEqualTo("sem_str");
        assertThat(q.keyConditionExpression()).isEqualTo("#k0 = :v0");
        assertThat(q.expressionAttributeNames()).isEqualTo(Map.of("#k0", "pk"));
        assertThat(q.expressionAttributeValues()).isEqualTo(Map.of(":v0", AttributeValue.s("u")));
        assertThat(q.returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.NONE);
    }

    @Test
    void parse_fullKey_isTwoConditions() {
        QueryRequest q = parse("select * from \"my-table\" where \"pk\" = 'it''s' and sk = 1.50");
        assertThat(q.tableName()).isEqualTo("my-table");
        assertThat(q.keyConditionExpression()).isEqualTo("#k0 = :v0 AND #k1 = :v1");
        assertThat(q.expressionAttributeNames()).isEqualTo(Map.of("#k0", "pk", "#k1", "sk"));
        assertThat(q.expressionAttributeValues()).isEqualTo(Map.of(":v0", AttributeValue.s("it's"), ":v1", AttributeValue.n("1.5")));
    }

    @Test
    void parse_parameters_fillPlaceholdersInOrder() {
        QueryRequest q = PartiQlSelect.parse("SELECT * FROM t WHERE pk = ? AND sk = ?",
                List.of(AttributeValue.s("a"), AttributeValue.n(2)), true, 10, null);
        assertThat(q.expressionAttributeValues()).isEqualTo(Map.of(":v0", AttributeValue.s("a"), ":v1", AttributeValue.n(2)));
        assertThat(q.consistentRead()).isTrue();
        assertThat(q.limit()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT a FROM t WHERE pk = 'x'", "SELECT * FROM t", "SELECT * FROM t WHERE pk > 'x'",
        "SELECT * FROM t WHERE pk = 'x' OR sk = 1", "SELECT * FROM t WHERE pk = 'x' AND sk = 1 AND c = 2",
        "UPDATE t SET a = 1", "SELECT * FROM t WHERE pk = 'unterminated", ""})
    void parse_outsideSubset_isValidationError(String statement) {
        assertThatThrownBy(() -> parse(statement)).hasMessage(PartiQlSelect.UNSUPPORTED);
    }
}
