package dev.dynasim.grading;

import static dev.dynasim.shell.Shell.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbesTest {
    @Test
    void plain_stringNumberAndNone_areTheirWordsWithoutQuotes() {
        assertThat(String.valueOf(new AttributeValue.S("PENDING"))).isEqualTo("\"PENDING\"");
        assertThat(Probes.plain(new AttributeValue.S("PENDING"))).isEqualTo("PENDING");
        assertThat(Probes.plain(AttributeValue.N.of("30.50"))).isEqualTo("30.5");
        assertThat(Probes.plain(null)).isEqualTo("missing");
    }

    @Test
    void keys_items_areJoinedBySlashAndSorted() {
        var items = List.of(item("CustomerId", "c3", "OrderId", "o5"), item("CustomerId", "c2", "OrderId", "o3"), item("CustomerId", "c1"));
        assertThat(Probes.keys(items, "CustomerId", "OrderId")).containsExactly("c1/missing", "c2/o3", "c3/o5");
    }
}
