package dev.dynasim.api;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WireJsonTest {
    @Test
    void parse_float_isExactBigDecimal() {
        assertThat(WireJson.parse("{\"x\": 0.1000000000000000000001}").get("x").decimalValue())
                .isEqualTo(new BigDecimal("0.1000000000000000000001"));
    }

    @Test
    void parse_attributeNameOver64KB_isAccepted() {
        String name = "a".repeat(65_536);
        assertThat(WireJson.parse("{\"" + name + "\": 1}").has(name)).isTrue();
    }

    @Test
    void writeUtf8Safe_loneSurrogate_isEscaped() {
        assertThat(WireJson.writeUtf8Safe(Map.of("s", "a\uD800\u20ac"))).isEqualTo("{\"s\":\"a\\uD800\\u20AC\"}");
    }

    @Test
    void writeUtf8Safe_pairedSurrogates_stayAsText() {
        assertThat(WireJson.writeUtf8Safe(Map.of("s", "\uD83D\uDE00\u20ac"))).isEqualTo("{\"s\":\"\uD83D\uDE00\u20ac\"}");
    }
}
