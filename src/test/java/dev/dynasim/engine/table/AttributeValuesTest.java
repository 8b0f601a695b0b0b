package dev.dynasim.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeValuesTest {

    private static List<String> sortedStrings(String... values) {
        List<AttributeValue> list = new ArrayList<>();
        for (String v : values) list.add(AttributeValue.s(v));
        list.sort(AttributeValues::compare);
        return list.stream().map(v -> ((AttributeValue.S) v).value()).toList();
    }

    // semantics.jsonl order-number-asc: the order DynamoDB returned
    @Test
    void compare_numbers_orderByDecimalValue() {
        List<AttributeValue> list = new ArrayList<>();
        for (String n : List.of("10", "-1.5", "0", "1", "2", "100", "1E+10", "-1E+10", "0.001", "-0.001", "9.99", "1E-130",
                "-9.9E+125")) {
            list.add(AttributeValue.n(n));
        }
        list.sort(AttributeValues::compare);
        assertThat(list.stream().map(Object::toString).toList()).containsExactly(
                "-990000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                "-10000000000", "-1.5", "-0.001", "0",
                "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
                "0.001", "1", "2", "9.99", "10", "100", "10000000000");
    }

    // semantics.jsonl order-string-gt: every key above "Z", in the order DynamoDB returned them
    @Test
    void compare_strings_orderByUtf8Bytes() {
        assertThat(sortedStrings("\ud83d\ude00", "~", "a b", "\uff5e", "b", "_", "\u4e2d", "aa", "a", "\u00e9"))
                .containsExactly("_", "a", "a b", "aa", "b", "~", "\u00e9", "\u4e2d", "\uff5e", "\ud83d\ude00");
    }

    @Test
    void compare_supplementaryCharacter_sortsAfterHighBmpCharacter() {
        assertThat("\ud83d\ude00".compareTo("\uff5e")).isNegative();
        assertThat(AttributeValues.compare(AttributeValue.s("\ud83d\ude00"), AttributeValue.s("\uff5e"))).isPositive();
    }

    @Test
    void compare_prefix_sortsFirst() {
        assertThat(AttributeValues.compare(AttributeValue.s("a"), AttributeValue.s("aa"))).isNegative();
        assertThat(AttributeValues.compare(AttributeValue.s("aa"), AttributeValue.s("a"))).isPositive();
        assertThat(AttributeValues.compare(AttributeValue.s("A"), AttributeValue.s("a"))).isNegative();
        assertThat(AttributeValues.compare(AttributeValue.s(""), AttributeValue.s(""))).isZero();
    }

    // semantics.jsonl order-binary-desc, read backwards
    @Test
    void compare_binaries_orderByUnsignedBytes() {
        List<AttributeValue> list = new ArrayList<>();
        for (String b64 : List.of("/wA=", "AA==", "gA==", "AQA=", "fw==", "/w==", "EA==", "AAA=", "AQ==")) {
            list.add(AttributeValue.b(Base64.getDecoder().decode(b64)));
        }
        list.sort(AttributeValues::compare);
        assertThat(list.stream().map(v -> Base64.getEncoder().encodeToString(((AttributeValue.B) v).value())).toList())
                .containsExactly("AA==", "AAA=", "AQ==", "AQA=", "EA==", "fw==", "gA==", "/w==", "/wA=");
    }

    @Test
    void compare_numbersOfDifferentScale_areEqual() {
        assertThat(AttributeValues.compare(AttributeValue.n("1"), AttributeValue.n("1.00"))).isZero();
    }

    @Test
    void compare_differentTypes_isRejected() {
        assertThatThrownBy(() -> AttributeValues.compare(AttributeValue.s("1"), AttributeValue.n("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributeValues.compare(AttributeValue.bool(true), AttributeValue.bool(true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameValue_numbers_comparedByValue() {
        assertThat(AttributeValues.sameValue(AttributeValue.n("1"), AttributeValue.n("1.0"))).isTrue();
        assertThat(AttributeValues.sameValue(AttributeValue.n("1"), AttributeValue.n("2"))).isFalse();
        assertThat(AttributeValues.sameValue(AttributeValue.n("1"), AttributeValue.s("1"))).isFalse();
    }

    @Test
    void sameValue_sets_ignoreOrder() {
        assertThat(AttributeValues.sameValue(AttributeValue.ss("a", "b"), AttributeValue.ss("b", "a"))).isTrue();
        assertThat(AttributeValues.sameValue(AttributeValue.ns("1", "2"), AttributeValue.ns("2.0", "1"))).isTrue();
        assertThat(AttributeValues.sameValue(AttributeValue.ns("1", "2"), AttributeValue.ns("1", "3"))).isFalse();
        AttributeValue.BS left = new AttributeValue.BS(List.of(new AttributeValue.B(new byte[] {1}), new AttributeValue.B(new byte[] {2})));
        AttributeValue.BS right = new AttributeValue.BS(List.of(new AttributeValue.B(new byte[] {2}), new AttributeValue.B(new byte[] {1})));
        assertThat(AttributeValues.sameValue(left, right)).isTrue();
        assertThat(AttributeValues.sameValue(AttributeValue.ss("a"), AttributeValue.ss("a", "b"))).isFalse();
    }

    @Test
    void sameValue_lists_respectOrder() {
        assertThat(AttributeValues.sameValue(AttributeValue.l(AttributeValue.n("1"), AttributeValue.n("2")),
                AttributeValue.l(AttributeValue.n("1.0"), AttributeValue.n("2")))).isTrue();
        assertThat(AttributeValues.sameValue(AttributeValue.l(AttributeValue.n("1"), AttributeValue.n("2")),
                AttributeValue.l(AttributeValue.n("2"), AttributeValue.n("1")))).isFalse();
    }

    @Test
    void sameValue_maps_comparedDeeply() {
        AttributeValue a = AttributeValue.m(Map.of("x", AttributeValue.m(Map.of("y", AttributeValue.n("5"))), "z", AttributeValue.nul()));
        AttributeValue b = AttributeValue.m(Map.of("z", AttributeValue.nul(), "x", AttributeValue.m(Map.of("y", AttributeValue.n("5.0")))));
        AttributeValue c = AttributeValue.m(Map.of("x", AttributeValue.m(Map.of("y", AttributeValue.n("6"))), "z", AttributeValue.nul()));
        assertThat(AttributeValues.sameValue(a, b)).isTrue();
        assertThat(AttributeValues.sameValue(a, c)).isFalse();
        assertThat(AttributeValues.sameValue(AttributeValue.m(Map.of("x", AttributeValue.bool(true))),
                AttributeValue.m(Map.of("y", AttributeValue.bool(true))))).isFalse();
    }

    @Test
    void sameValue_scalars_byContent() {
        assertThat(AttributeValues.sameValue(AttributeValue.b(new byte[] {1, 2}), AttributeValue.b(new byte[] {1, 2}))).isTrue();
        assertThat(AttributeValues.sameValue(AttributeValue.bool(true), AttributeValue.bool(false))).isFalse();
        assertThat(AttributeValues.sameValue(AttributeValue.nul(), AttributeValue.nul())).isTrue();
        assertThat(AttributeValues.sameValue(AttributeValue.s("x"), null)).isFalse();
    }
}
