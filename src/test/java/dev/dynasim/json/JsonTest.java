package dev.dynasim.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {
    record Sample(String zeta, int alpha) {
    }

    @Test
    void parse_float_isExactBigDecimal() {
        JsonNode node = Json.parse("{\"x\": 0.1000000000000000000001}");
        assertThat(node.get("x").decimalValue()).isEqualTo(new BigDecimal("0.1000000000000000000001"));
    }

    @Test
    void write_bigDecimal_isPlainNotScientific() {
        assertThat(Json.write(Map.of("x", new BigDecimal("1E+3")))).isEqualTo("{\"x\":1000}");
    }

    @Test
    void write_record_sortsPropertiesAlphabetically() {
        assertThat(Json.write(new Sample("z", 1))).isEqualTo("{\"alpha\":1,\"zeta\":\"z\"}");
    }

    @Test
    void write_map_sortsEntriesByKey() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("b", 2);
        map.put("a", 1);
        assertThat(Json.write(map)).isEqualTo("{\"a\":1,\"b\":2}");
    }

    @Test
    void parse_attributeNameOver64KB_isAccepted() {
        String name = "a".repeat(65_536);
        assertThat(Json.parse("{\"" + name + "\": 1}").has(name)).isTrue();
    }
}
