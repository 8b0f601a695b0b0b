package dev.dynasim.bench;

import static dev.dynasim.engine.model.AttributeValue.n;
import static dev.dynasim.engine.model.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.ItemSizes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchTablesTest {

    @Test
    void item_oneKb_isExactly1024Bytes() {
        assertThat(ItemSizes.itemBytes(BenchTables.item(Map.of("pk", s("customer#0001")), BenchTables.ONE_KB)))
                .isEqualTo(1024);
    }

    @Test
    void item_compositeKey_keepsTheKeyAttributes() {
        Map<String, ?> item = BenchTables.item(Map.of("pk", s("customer#0001"), "sk", n(7)), 200);

        assertThat(item.get("pk")).isEqualTo(s("customer#0001"));
        assertThat(item.get("sk")).isEqualTo(n(7));
        assertThat(ItemSizes.itemBytes(BenchTables.item(Map.of("pk", s("customer#0001"), "sk", n(7)), 200)))
                .isEqualTo(200);
    }

    @Test
    void item_sizeBelowItsAttributes_isRejected() {
        assertThatThrownBy(() -> BenchTables.item(Map.of("pk", s("customer#0001")), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partitionKey_number42_isZeroPadded() {
        assertThat(BenchTables.partitionKey(42)).isEqualTo("customer#0042");
    }
}
