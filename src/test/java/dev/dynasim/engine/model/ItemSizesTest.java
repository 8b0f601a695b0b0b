package dev.dynasim.engine.model;

import static dev.dynasim.engine.model.AttributeValue.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemSizesTest {

    @Test
    void itemSize_officialShirtExample_is23Bytes() {
        // facts file, worked example 1
        assertThat(ItemSizes.itemBytes(Map.of("shirt-color", s("R"), "shirt-size", s("M")))).isEqualTo(23);
    }

    @Test
    void itemSize_derivedMixedExample_is43Bytes() {
        // facts file, worked example 2
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", s("user#1"));
        item.put("age", n(42));
        item.put("active", bool(true));
        item.put("tags", ss("a", "bb"));
        item.put("addr", m(Map.of("city", s("Oslo"))));
        assertThat(ItemSizes.itemBytes(item)).isEqualTo(43);
    }

    @Test
    void numberBytes_digitPairsAlignedOnDecimalPoint_matchRefinedRule() {
        // facts file F1.23 and worked example 3
        assertThat(ItemSizes.numberBytes(new BigDecimal("42"))).isEqualTo(2);
        assertThat(ItemSizes.numberBytes(new BigDecimal("12345"))).isEqualTo(4);
        assertThat(ItemSizes.numberBytes(new BigDecimal("1000"))).isEqualTo(2);
        assertThat(ItemSizes.numberBytes(new BigDecimal("3.14159"))).isEqualTo(5);
        assertThat(ItemSizes.numberBytes(new BigDecimal("1.2"))).isEqualTo(3);
        assertThat(ItemSizes.numberBytes(new BigDecimal("-7"))).isEqualTo(3);
        assertThat(ItemSizes.numberBytes(new BigDecimal("1E+125"))).isEqualTo(2);
        assertThat(ItemSizes.numberBytes(new BigDecimal("12345678901234567890123456789012345678"))).isEqualTo(20);
    }

    @Test
    void documentedNumberBytes_followsOneBytePerTwoDigits() {
        assertThat(ItemSizes.documentedNumberBytes(new BigDecimal("3.14159"))).isEqualTo(4);
        assertThat(ItemSizes.documentedNumberBytes(new BigDecimal("42"))).isEqualTo(2);
    }

    @Test
    void utf8Length_countsMultiByteCharacters() {
        assertThat(ItemSizes.utf8Length("é€😀")).isEqualTo(2 + 3 + 4);
    }
}
