package dev.dynasim.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTest {

    @Test
    void append_earlierThanLast_isRejected() {
        Trace trace = new Trace();
        trace.append(new SplitDeferred(2000, "T", null, 0, SplitCause.HEAT, "x"));
        assertThatThrownBy(() -> trace.append(new SplitDeferred(1999, "T", null, 0, SplitCause.HEAT, "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(trace.size()).isEqualTo(1);
    }

    @Test
    void events_view_isReadOnly() {
        Trace trace = filled();
        assertThatThrownBy(() -> trace.events().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofType_requestEvents_returnsThemInOrder() {
        assertThat(filled().ofType(RequestServed.class)).hasSize(1);
        assertThat(filled().ofType(TraceEvent.class)).hasSize(17);
    }

    @Test
    void between_halfOpenWindow_excludesItsEnd() {
        Trace trace = filled();
        assertThat(trace.between(1000, 3000)).extracting(TraceEvent::type)
                .containsExactly("RequestServed", "RequestThrottled", "TickMetrics", "SplitDeferred");
        assertThat(trace.ofType(SplitStarted.class, 0, 4000)).isEmpty();
        assertThat(trace.ofType(SplitStarted.class, 4000, 4001)).hasSize(1);
    }

    @Test
    void toJsonLines_sameEvents_areByteIdentical() {
        String a = filled().toJsonLines();
        assertThat(filled().toJsonLines()).isEqualTo(a);
        assertThat(a.split("\n", -1)).hasSize(18);
        assertThat(a).endsWith("}\n");
    }

    @Test
    void where_predicate_filters() {
        List<TraceEvent> perT = filled().where(e -> e.table().equals("T") && e.time() >= 5000 && e.time() < 305_000);
        assertThat(perT).extracting(TraceEvent::type).containsExactly("CapacityChanged", "PartitionSplit");
    }

    @Test
    void streaming_keepFilter_writesEveryEventAndKeepsSelected() {
        StringBuilder out = new StringBuilder();
        Trace trace = Trace.streaming(out, e -> !(e instanceof TickMetrics));
        SampleEvents.all().forEach(trace::append);
        assertThat(out.toString()).isEqualTo(filled().toJsonLines());
        assertThat(trace.size()).isEqualTo(16);
        assertThat(trace.appended()).isEqualTo(17L);
        assertThat(trace.lastTime()).isEqualTo(601_000L);
    }

    private static Trace filled() {
        Trace trace = new Trace();
        SampleEvents.all().forEach(trace::append);
        return trace;
    }
}
