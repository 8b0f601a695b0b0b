package dev.dynasim.bench;

import static dev.dynasim.engine.model.AttributeValue.n;
import static dev.dynasim.engine.model.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.ItemSizes;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BenchTablesProperties {

    @Property(tries = 200)
    boolean item_anyReachableSize_hasExactlyThatSize(@ForAll @IntRange(min = 100, max = 4096) int bytes,
                                                     @ForAll @IntRange(min = 0, max = 9999) int key) {
        return ItemSizes.itemBytes(BenchTables.item(Map.of("pk", s(BenchTables.partitionKey(key))), bytes)) == bytes;
    }

    @Property(tries = 200)
    void item_compositeKey_keepsBothKeyAttributes(@ForAll @IntRange(min = 0, max = 9999) int key,
                                                  @ForAll @IntRange(min = 1, max = 10) int sortKey) {
        Map<String, ?> item = BenchTables.item(Map.of("pk", s(BenchTables.partitionKey(key)), "sk", n(sortKey)), 200);

        assertThat(item.get("pk")).isEqualTo(s(BenchTables.partitionKey(key)));
        assertThat(item.get("sk")).isEqualTo(n(sortKey));
    }
}
