package dev.dynasim.engine.expr;

import static dev.dynasim.engine.model.AttributeValue.b;
import static dev.dynasim.engine.model.AttributeValue.bool;
import static dev.dynasim.engine.model.AttributeValue.l;
import static dev.dynasim.engine.model.AttributeValue.m;
import static dev.dynasim.engine.model.AttributeValue.n;
import static dev.dynasim.engine.model.AttributeValue.ns;
import static dev.dynasim.engine.model.AttributeValue.nul;
import static dev.dynasim.engine.model.AttributeValue.s;
import static dev.dynasim.engine.model.AttributeValue.ss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * Random and mutated expressions, placeholders and values: compiling and then evaluating them
 * either succeeds or fails with a ValidationException, never with any other exception.
 */
class ExpressionRobustnessTest {
    static final List<String> TOKENS = List.of("a", "b", "m", "l", "x", "name", "size", "#n", "#m", "#u", ":v", ":w",
            ":l", ":s", ":u", "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains",
            "list_append", "if_not_exists", "nosuchfn", "SET", "REMOVE", "ADD", "DELETE", "AND", "OR", "NOT", "BETWEEN",
            "IN", "=", "<>", "<", "<=", ">", ">=", "(", ")", "[", "]", ",", ".", "+", "-", "0", "1", "99999999999",
            "$", "@", "\"", "é", "\ud83d\ude00", "#", ":", " ");
    /** Valid expressions, each prefixed by the ExpressionSet field it belongs in (0 condition ... 4 update). */
    static final List<String> VALID = List.of("0a = :v", "0a.b[1] = :v AND NOT attribute_exists(#n)",
            "2(a < :v OR b >= :w) AND contains(l, :v)", "2size(m.x) BETWEEN :v AND :w", "0a IN (:v, :w, :l)",
            "2begins_with(#n, :v) OR attribute_type(a, :s)", "4SET a = :v, b = a + :w REMOVE x ADD m.c :v DELETE #n :s",
            "4SET l = list_append(if_not_exists(l, :l), :l), #m.y = :w", "4SET l[3] = :v, a = (b - :w)",
            "3a, m.b[0].c, #n", "3l[0], l[2], #m.x", "4REMOVE a, l[1], m.b", "4ADD a :v, b :s", "1pk = :v AND sk > :w",
            "0NOT (a = :v) AND ((b <> :w) OR c <= :v)", "1pk = :v AND begins_with(sk, :w)",
            "1:v = pk AND sk BETWEEN :w AND :l", "4SET m.x = m.x + :v, l[0] = :w", "4ADD x :s DELETE m.c :l",
            "0attribute_type(a, if_not_exists(b, :s)) OR begins_with(size(l), list_append(:v, :w))",
            "2contains(size(m), :v) AND attribute_exists(size(a))", "1pk = size(:v) AND sk = if_not_exists(a, :w)",
            "4SET a = size(b), b = if_not_exists(:v, :w) + list_append(a)");
    static final List<AttributeValue> VALUES = List.of(s("x"), s(""), n(1), n("-2.5"), b(new byte[] {1, 2}),
            bool(true), nul(), l(n(1), s("y")), l(), m(Map.of("x", n(1))), ss("a", "b"), ns("1", "2"), s("N"),
            s("SS"));
    static final Map<String, AttributeValue> ITEM = item();
    static final List<String> PREFIXES = List.of("Invalid ConditionExpression: ", "Invalid KeyConditionExpression: ",
            "Invalid FilterExpression: ", "Invalid ProjectionExpression: ", "Invalid UpdateExpression: ");

    static Map<String, AttributeValue> item() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("a", n(5));
        item.put("b", s("text"));
        item.put("name", s("alpha"));
        item.put("m", m(Map.of("x", n(1), "b", l(m(Map.of("c", s("deep")))), "c", ss("q"))));
        item.put("l", l(n(1), s("two"), l(n(3))));
        item.put("x", ns("1", "2"));
        item.put("pk", s("p"));
        item.put("sk", b(new byte[] {7}));
        return item;
    }

    @Property(tries = 3000)
    void tokenSoup_onlyValidationExceptionsEscape(@ForAll("soup") String text, @ForAll("field") int field,
                                                  @ForAll("valueMap") Map<String, AttributeValue> values,
                                                  @ForAll boolean onlyReferenced) {
        exercise(text, field, values, onlyReferenced);
    }

    @Property(tries = 3000)
    void mutatedValidExpressions_onlyValidationExceptionsEscape(@ForAll("mutated") String text,
                                                                @ForAll("valueMap") Map<String, AttributeValue> values,
                                                                @ForAll boolean onlyReferenced) {
        exercise(text.substring(1), text.charAt(0) - '0', values, onlyReferenced);
    }

    @Property(tries = 1000)
    void validExpressions_compileOrRejectCleanly(@ForAll("valid") String text,
                                                 @ForAll("valueMap") Map<String, AttributeValue> values) {
        exercise(text.substring(1), text.charAt(0) - '0', values, true);
    }

    private static void exercise(String text, int field, Map<String, AttributeValue> values, boolean onlyReferenced) {
        Map<String, String> names = new LinkedHashMap<>(Map.of("#n", "name", "#m", "m"));
        Map<String, AttributeValue> vals = new LinkedHashMap<>(values);
        if (onlyReferenced) {
            names.keySet().removeIf(key -> !text.contains(key));
            vals.keySet().removeIf(key -> !text.contains(key));
        }
        ExpressionSet set = new ExpressionSet(field == 0 ? text : null, field == 1 ? text : null,
                field == 2 ? text : null, field == 3 ? text : null, field == 4 ? text : null,
                names.isEmpty() ? null : names, vals.isEmpty() ? null : vals);
        try {
            CompiledExpressions compiled = Expressions.compile(set);
            Statistics.collect("compiled");
            for (Map<String, AttributeValue> item : List.of(ITEM, Map.<String, AttributeValue>of())) {
                evaluate(compiled, item);
            }
        } catch (DynamoDbException e) {
            Statistics.collect("rejected");
            assertThat(e.code()).isEqualTo(ErrorCode.ValidationException);
            assertThat(e.getMessage()).satisfiesAnyOf(
                    message -> assertThat(message).startsWith(PREFIXES.get(field)),
                    message -> assertThat(message).startsWith("Value provided in ExpressionAttribute"),
                    message -> assertThat(message).startsWith("ExpressionAttribute"),
                    message -> assertThat(field == 1 && PREFIXES.stream().noneMatch(message::startsWith)).isTrue());
        }
    }

    private static void evaluate(CompiledExpressions compiled, Map<String, AttributeValue> item) {
        if (compiled.condition() != null) {
            compiled.condition().test(item);
            compiled.condition().topLevelNames();
        }
        if (compiled.filter() != null) {
            compiled.filter().test(item);
        }
        if (compiled.projection() != null) {
            compiled.projection().apply(item);
        }
        if (compiled.keyCondition() != null) {
            assertThat(compiled.keyCondition().terms()).hasSizeBetween(1, 2);
        }
        if (compiled.update() != null) {
            try {
                Map<String, AttributeValue> after = compiled.update().apply(item);
                compiled.update().updatedPaths().apply(after);
            } catch (DynamoDbException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.ValidationException);
            }
        }
    }

    @Provide
    Arbitrary<Integer> field() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(14)
                .flatMap(tokens -> Arbitraries.of(" ", "").list().ofSize(tokens.size()).map(gaps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < tokens.size(); i++) {
                        text.append(tokens.get(i)).append(gaps.get(i));
                    }
                    return text.toString();
                }));
    }

    @Provide
    Arbitrary<String> valid() {
        return Arbitraries.of(VALID);
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Tuple.Tuple3<Integer, Integer, Character>> edit = Combinators.combine(
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 200),
                Arbitraries.of('(', ')', '[', ']', '.', ',', ':', '#', '=', '<', '>', ' ', 'a', '1', '-', '+', '$'))
                .as(Tuple::of);
        return Combinators.combine(Arbitraries.of(VALID), edit.list().ofMinSize(1).ofMaxSize(2)).as((text, edits) -> {
            StringBuilder mutable = new StringBuilder(text.substring(1));
            for (Tuple.Tuple3<Integer, Integer, Character> e : edits) {
                int at = mutable.length() == 0 ? 0 : e.get2() % mutable.length();
                switch (e.get1()) {
                    case 0 -> {
                        if (mutable.length() > 0) {
                            mutable.deleteCharAt(at);
                        }
                    }
                    case 1 -> mutable.insert(at, e.get3());
                    default -> {
                        if (at + 1 < mutable.length()) {
                            char c = mutable.charAt(at);
                            mutable.setCharAt(at, mutable.charAt(at + 1));
                            mutable.setCharAt(at + 1, c);
                        }
                    }
                }
            }
            return text.charAt(0) + mutable.toString();
        });
    }

    @Provide
    Arbitrary<Map<String, AttributeValue>> valueMap() {
        Arbitrary<AttributeValue> value = Arbitraries.of(VALUES);
        return Combinators.combine(value, value, value, value, value).as((v, w, list, set, extra) -> {
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            map.put(":v", v);
            map.put(":w", w);
            map.put(":l", list);
            map.put(":s", set);
            map.put(":x", extra);
            return map;
        });
    }
}
