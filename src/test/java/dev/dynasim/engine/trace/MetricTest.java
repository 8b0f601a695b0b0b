package dev.dynasim.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void fields_inDeclarationOrder_matchTickMetricsComponentsAfterTheKey() {
        assertThat(Arrays.stream(Metric.values()).map(Metric::field))
                .containsExactlyElementsOf(Arrays.stream(TickMetrics.class.getRecordComponents())
                        .skip(4).map(RecordComponent::getName).toList());
    }

    @Test
    void of_eachMetric_readsItsOwnComponent() {
        TickMetrics m = new TickMetrics(0, "T", null, 0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(Arrays.stream(Metric.values()).mapToDouble(m::get).toArray())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void docs_traceMd_describesEveryEventFieldAndMetric() throws IOException {
        String doc = Files.readString(Path.of("docs/trace.md"));
        for (Class<?> type : TraceEvent.class.getPermittedSubclasses()) {
            assertThat(doc).contains("`" + type.getSimpleName() + "`");
            for (RecordComponent c : type.getRecordComponents()) assertThat(doc).contains("`" + c.getName() + "`");
        }
        for (Metric m : Metric.values()) assertThat(doc).contains("`" + m.field() + "`");
        for (SplitCause c : SplitCause.values()) assertThat(doc).contains("`" + c.name() + "`");
    }
}
